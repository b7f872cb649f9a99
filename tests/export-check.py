#!/usr/bin/python3
"""export-check.py - reads coopgraph's exports back with independent readers
and compares them with the dataset as Python's csv module reads it.

    export-check.py DATA_DIR OUT_DIR CENTRALITY_CSV

OUT_DIR holds net.graphml, net.gexf, net.json and csv/ (the csv export);
CENTRALITY_CSV is `coopgraph centrality --measure partners,strength --format
csv` of the same data. Readers: networkx.read_graphml, networkx.read_gexf,
networkx.node_link_graph on json.load, csv.reader. NetworkX 2.8 only knows
GEXF 1.1draft and 1.2draft, whose elements are the ones we write; so the
GEXF 1.3 namespace is renamed to 1.2draft before reading (nothing else is
touched). Every attribute value is compared as text; in GraphML and GEXF
through the documented XML clean-up (forbidden characters -> U+FFFD, and in
GraphML CR -> LF). Prints every difference; exits 1 when there is one.
"""
import calendar
import csv
import io
import itertools
import json
import os
import sys

import networkx as nx

data_dir, out_dir, centrality_csv = sys.argv[1:4]
problems = []


def fail(msg):
    problems.append(msg)


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    head = rows[0]
    return head, [dict(zip(head, r)) for r in rows[1:] if r != []]


# ---- the dataset as loaded (README's schema) ------------------------------
_, ent_rows = read_rows(os.path.join(data_dir, "entities.csv"))
agr_head, agr_rows = read_rows(os.path.join(data_dir, "agreements.csv"))
types_path = os.path.join(data_dir, "types.csv")
type_rows = read_rows(types_path)[1] if os.path.exists(types_path) else []
canon = ["id", "date", "end", "type", "parties", "title", "source"]
extras = [h for h in agr_head if h not in canon]

entities = {}
for r in ent_rows:
    aliases = [a.strip(" \t") for a in r.get("aliases", "").split("|")]
    entities[r["id"]] = {
        "kind": r["kind"],
        "name": r.get("name", ""),
        "country": r.get("country", "").strip(" \t"),
        "aliases": [a for a in aliases if a],
    }
agreements = {}
for r in agr_rows:
    parties = [p.strip(" \t") for p in r["parties"].split(";")]
    agreements[r["id"]] = dict(r, parties=[p for p in parties if p])

# One edge per agreement and pair of its parties; the pair's shared agreements.
edges = {}
pair_count = {}
for aid, a in agreements.items():
    for x, y in itertools.combinations(a["parties"], 2):
        pair = tuple(sorted((x, y)))
        edges[(pair, aid)] = a
        pair_count[pair] = pair_count.get(pair, 0) + 1

centrality = {r["id"]: r for r in read_rows(centrality_csv)[1]}


def xml_clean(s, cr_to_lf):
    if cr_to_lf:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        "\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff" else c for c in s
    )


def period(date):
    """First and last day of a YYYY, YYYY-MM or YYYY-MM-DD period, as ISO text."""
    p = [int(x) for x in date.split("-")]
    y, m, d = p[0], p[1] if len(p) > 1 else None, p[2] if len(p) > 2 else None
    if d is not None:
        first = last = (y, m, d)
    elif m is not None:
        first, last = (y, m, 1), (y, m, calendar.monthrange(y, m)[1])
    else:
        first, last = (y, 1, 1), (y, 12, 31)
    return "%04d-%02d-%02d" % first, "%04d-%02d-%02d" % last


def expected(clean):
    """Entities and edges with every text passed through clean()."""
    ents = {i: dict(e, name=clean(e["name"]), aliases=[clean(a) for a in e["aliases"]])
            for i, e in entities.items()}
    agrs = {i: dict(a, **{k: clean(a[k]) for k in ["title", "source"] + extras})
            for i, a in agreements.items()}
    return ents, {(pair, aid): agrs[aid] for (pair, aid) in edges}


def check_graph(fmt, G, node_id, node_attrs, edge_attrs, clean=lambda s: s):
    """node_id(n, data) -> entity id; node_attrs/edge_attrs(data) -> dict of texts."""
    entities, edges = expected(clean)
    if not G.is_multigraph() or G.is_directed():
        fail(f"{fmt}: not an undirected multigraph")
    if G.number_of_nodes() != len(entities):
        fail(f"{fmt}: {G.number_of_nodes()} nodes, want {len(entities)}")
    if G.number_of_edges() != len(edges):
        fail(f"{fmt}: {G.number_of_edges()} edges, want {len(edges)}")
    ids = {}
    for n, d in G.nodes(data=True):
        eid = node_id(n, d)
        ids[n] = eid
        want = entities.get(eid)
        if want is None:
            fail(f"{fmt}: unknown node {eid!r}")
            continue
        got = node_attrs(d)
        for k, v in want.items():
            if got.get(k) != v:
                fail(f"{fmt}: node {eid} {k} = {got.get(k)!r}, want {v!r}")
    seen = set()
    keys = set()
    for u, v, key, d in G.edges(keys=True, data=True):
        pair = tuple(sorted((ids[u], ids[v])))
        got = edge_attrs(d)
        aid = got.get("agreement")
        if (pair, aid) in seen:
            fail(f"{fmt}: edge {pair} {aid} twice")
        seen.add((pair, aid))
        if key in keys or not (key == aid or str(key).startswith(f"{aid}#")):
            fail(f"{fmt}: bad or repeated key {key!r} for agreement {aid!r}")
        keys.add(key)
        a = edges.get((pair, aid))
        if a is None:
            fail(f"{fmt}: unexpected edge {pair} {aid}")
            continue
        want = {k: a[k] for k in ["type", "date", "end", "title", "source"] + extras}
        want["pair_agreements"] = pair_count[pair]
        for k, v in want.items():
            if got.get(k) != v:
                fail(f"{fmt}: edge {pair} {aid} {k} = {got.get(k)!r}, want {v!r}")
        if d.get("weight", 1) != 1:
            fail(f"{fmt}: edge {pair} {aid} weight {d.get('weight')!r}, want 1")
    for n in G.nodes:
        c = centrality[ids[n]]
        partners = len(set(G.neighbors(n)))
        strength = G.degree(n)
        if (partners, strength) != (int(c["partners"]), int(float(c["strength"]))):
            fail(f"{fmt}: {ids[n]} partners/strength {partners}/{strength}, coopgraph "
                 f"centrality says {c['partners']}/{c['strength']}")


def extra_name(name, reserved):
    return "extra_" + name if name in reserved else name


# ---- GraphML --------------------------------------------------------------
GRAPHML_RESERVED = {"key", "agreement", "type", "date", "end", "title", "source", "weight",
                    "pair_agreements"}
G = nx.read_graphml(os.path.join(out_dir, "net.graphml"), force_multigraph=True)


def graphml_node(d):
    return {
        "kind": d.get("kind", ""),
        "name": d.get("name", ""),
        "country": d.get("country", ""),
        "aliases": [a for a in d.get("aliases", "").split("|") if a],
    }


def graphml_edge(d):
    out = {k: d.get(k, "") for k in ["agreement", "type", "date", "end", "title", "source"]}
    for x in extras:
        out[x] = d.get(extra_name(x, GRAPHML_RESERVED), "")
    out["pair_agreements"] = int(d.get("pair_agreements", -1))
    return out


check_graph("graphml", G, lambda n, d: d.get("id"), graphml_node, graphml_edge,
            lambda s: xml_clean(s, True))

# ---- GEXF -----------------------------------------------------------------
GEXF_RESERVED = GRAPHML_RESERVED | {"id", "label", "spells", "start"}
with open(os.path.join(out_dir, "net.gexf"), "rb") as f:
    text = f.read()
if b'xmlns="http://gexf.net/1.3"' not in text or b'version="1.3"' not in text:
    fail("gexf: not GEXF 1.3")
G = nx.read_gexf(io.BytesIO(text.replace(b'xmlns="http://gexf.net/1.3"',
                                         b'xmlns="http://www.gexf.net/1.2draft"')))
if not G.is_multigraph():
    G = nx.MultiGraph(G)
if G.graph.get("mode") != "dynamic":
    fail("gexf: graph is not dynamic")


def gexf_edge(d):
    out = graphml_edge(d)
    for x in extras:
        out[x] = d.get(extra_name(x, GEXF_RESERVED), "")
    return out


check_graph("gexf", G, lambda n, d: n, graphml_node, gexf_edge, lambda s: xml_clean(s, False))
# Spells: an edge from its date's first day to its end's last day; a node
# from its earliest edge, unless it has none or an undated one.
first = {}
for u, v, d in G.edges(data=True):
    a = agreements[d["agreement"]]
    want = None
    if a["date"]:
        want = [(period(a["date"])[0], period(a["end"])[1] if a["end"] else "None")]
    if d.get("spells") != want:
        fail(f"gexf: edge {d['agreement']} spells {d.get('spells')!r}, want {want!r}")
    for n in (u, v):
        start = period(a["date"])[0] if a["date"] else "always"
        first.setdefault(n, []).append(start)
for n, d in G.nodes(data=True):
    starts = first.get(n, ["always"])
    want = None if "always" in starts else [(min(starts), "None")]
    if d.get("spells") != want:
        fail(f"gexf: node {n} spells {d.get('spells')!r}, want {want!r}")

# ---- node-link JSON -------------------------------------------------------
with open(os.path.join(out_dir, "net.json"), encoding="utf-8") as f:
    G = nx.node_link_graph(json.load(f))
JSON_RESERVED = {"source", "target", "key", "agreement", "type", "date", "end", "title",
                 "agreement_source", "weight", "pair_agreements"}


def json_node(d):
    return {"kind": d["kind"], "name": d["name"], "country": d["country"] or "",
            "aliases": d["aliases"]}


def json_edge(d):
    out = {k: d[k] for k in ["agreement", "type", "title"]}
    out["date"] = d["date"] or ""
    out["end"] = d["end"] or ""
    out["source"] = d["agreement_source"]
    for x in extras:
        out[x] = d[extra_name(x, JSON_RESERVED)]
    out["pair_agreements"] = d["pair_agreements"]
    return out


check_graph("json", G, lambda n, d: n, json_node, json_edge)

# ---- CSV dataset ----------------------------------------------------------
csv_dir = os.path.join(out_dir, "csv")
head, rows = read_rows(os.path.join(csv_dir, "entities.csv"))
if head != ["id", "kind", "name", "country", "aliases"]:
    fail(f"csv: entities.csv header {head}")
if [r["id"] for r in rows] != sorted(entities):
    fail("csv: entities not sorted by id or not all there")
for r in rows:
    e = entities.get(r["id"])
    if e and [r["kind"], r["name"], r["country"], r["aliases"]] != [
            e["kind"], e["name"], e["country"], "|".join(e["aliases"])]:
        fail(f"csv: entity {r['id']} differs: {r!r}")
head, rows = read_rows(os.path.join(csv_dir, "agreements.csv"))
if head != canon + extras:
    fail(f"csv: agreements.csv header {head}")


def date_order(r):
    if not r["date"]:
        return (1, "", 0, r["id"])
    return (0, period(r["date"])[0], r["date"].count("-"), r["id"])


if [r["id"] for r in rows] != [r["id"] for r in sorted(agreements.values(), key=date_order)]:
    fail("csv: agreements not sorted by date then id, or not all there")
for r in rows:
    a = agreements.get(r["id"])
    if not a:
        continue
    for k in canon + extras:
        want = ";".join(a["parties"]) if k == "parties" else a[k]
        if r[k] != want:
            fail(f"csv: agreement {r['id']} {k} = {r[k]!r}, want {want!r}")
head, rows = read_rows(os.path.join(csv_dir, "types.csv"))
used = {a["type"] for a in agreements.values()} | {t["type"] for t in type_rows}
if [r["type"] for r in rows] != sorted(used):
    fail(f"csv: types {[r['type'] for r in rows]}, want {sorted(used)}")
declared = {t["type"]: t for t in type_rows}
for r in rows:
    t = declared.get(r["type"])
    if t and (r["label"], r["description"]) != (t.get("label", ""), t.get("description", "")):
        fail(f"csv: type {r['type']} label/description differ")

for p in problems[:50]:
    print("FAILED:", p)
if len(problems) > 50:
    print(f"... and {len(problems) - 50} more")
sys.exit(1 if problems else 0)
