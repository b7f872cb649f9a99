"""common.py - what every Python peer of scripts/bench shares: reading a
coopgraph dataset with the csv module and the task driver.

The partnership graph is coopgraph's default (engine/analysis/filter.c, graph.c with
cg_filter_init): every entity of entities.csv is a vertex, isolated ones
included; every agreement counts, dated or not; its parties are
de-duplicated, and when two or more remain each of its k(k-1)/2 pairs gets 1
added to the weight of one undirected edge (multilateral agreements are
cliques). Nothing here comes from coopgraph's code.

A peer script calls main(build, stats, partners, measures): build(ids,
weights) makes the tool's graph from the vertex ids and the {(i, j): weight}
pairs (i < j); stats(g) gives its (vertices, edges, total weight), read from
the tool's graph; partners(g, v) the (vertex, weight) pairs of v's edges; and
measures maps a task name to a function graph -> values in vertex order.
"""
import csv
import json
import os
import sys

MEASURES = ["degree", "strength", "pagerank", "eigenvector", "closeness", "betweenness"]


def load(directory):
    """(ids, weights, agreement counts): vertex ids in dataset order,
    {(i, j): shared agreements} with i < j, agreements per vertex."""
    with open(os.path.join(directory, "entities.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        col = next(rows).index("id")
        ids = [r[col] for r in rows]
    index = {e: i for i, e in enumerate(ids)}
    weights = {}
    count = [0] * len(ids)
    with open(os.path.join(directory, "agreements.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        col = next(rows).index("parties")
        for r in rows:
            parties = []
            for p in r[col].split(";"):
                v = index[p.strip()]
                if v not in parties:
                    parties.append(v)
            if len(parties) < 2:
                continue
            parties.sort()
            for k, u in enumerate(parties):
                count[u] += 1
                for v in parties[k + 1:]:
                    weights[(u, v)] = weights.get((u, v), 0) + 1
    return ids, weights, count


def top_entity(ids, count):
    """The entity with most agreements (ties: the smaller id)."""
    return min(range(len(ids)), key=lambda i: (-count[i], ids[i]))


def write_values(ids, values, out=sys.stdout):
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "value"])
    for e, x in zip(ids, values):
        w.writerow([e, repr(float(x))])


def main(build, stats, partners, measures):
    """Usage: peer DATASET TASK [ENTITY]. TASK is load (read and build the
    graph, print its size), partners ENTITY (its partners and shared
    agreements, most first, ties by id), one of MEASURES (id,value CSV), or
    dump (everything as JSON, for the correctness check)."""
    if len(sys.argv) < 3:
        sys.exit(main.__doc__)
    directory, task = sys.argv[1], sys.argv[2]
    ids, weights, count = load(directory)
    g = build(ids, weights)
    if task == "load":
        print(*stats(g))
    elif task == "partners":
        v = ids.index(sys.argv[3])
        rows = sorted(((ids[u], w) for u, w in partners(g, v)), key=lambda r: (-r[1], r[0]))
        for e, w in rows:
            print("%s,%d" % (e, w))
    elif task in measures:
        write_values(ids, measures[task](g))
    elif task == "dump":
        top = top_entity(ids, count)
        n, m, w = stats(g)
        doc = {
            "vertices": n,
            "edges": m,
            "weight": w,
            "top": ids[top],
            "partners": {ids[u]: w for u, w in partners(g, top)},
            "values": {m: dict(zip(ids, map(float, f(g)))) for m, f in measures.items()},
        }
        json.dump(doc, sys.stdout)
    else:
        sys.exit("unknown task '%s'" % task)
