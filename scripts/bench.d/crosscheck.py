#!/usr/bin/python3
"""crosscheck.py PROGRAM DATASET [TOOL...] - does a peer compute what
coopgraph computes? Compares, on one dataset, coopgraph's partnership graph
(vertices, edges, total weight), the partners of its top entity and its
measures with what each peer (default: networkx) gets from the same CSV
files. Prints one line per tool; exit status 1 on any difference.

Used by scripts/bench before it times anything (a benchmark of different
work is worthless) and by tests/generate-check.sh.
"""
import csv
import io
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"
MEASURES = ["degree", "strength", "pagerank", "eigenvector", "closeness", "betweenness"]
CG_NAME = {"degree": "partners"}

# Allowed difference per measure. Eigenvector: coopgraph computes the limit of
# NetworkX's power iteration on A+I (NetworkX runs to tol=1e-13 here), which is
# the Perron vector igraph's ARPACK and graph-tool find, also on a disconnected
# graph unless two components tie for the largest eigenvalue (then the peers
# may split the weight differently; the check datasets have no such tie).
TOLERANCE = {"degree": 0, "strength": 0, "pagerank": 1e-9, "eigenvector": 1e-9,
             "closeness": 1e-9, "betweenness": 1e-9}
TOLERANCE_TEXT = "0 for counts, 1e-9 otherwise"


def tolerance(measure, tool, n):
    return TOLERANCE[measure]


def coopgraph_dump(program, d):
    def out(*argv):
        return subprocess.run([program, "-q", "-d", d] + list(argv), check=True,
                              capture_output=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out("--format", "csv", "centrality"))))
    info = json.loads(out("--format", "json", "centrality", "--measure", "partners",
                          "--top", "1"))["graph"]
    # summary ranks by agreements, ties by id, as common.top_entity does
    top = [r for r in csv.reader(io.StringIO(out("--format", "csv", "summary", "--top", "1")))
           if r[0] == "top"][0][1]
    partners = csv.DictReader(io.StringIO(out("--format", "csv", "partners", top)))
    return {
        "vertices": len(rows), "edges": info["edges"],
        "weight": round(sum(float(r["strength"]) for r in rows) / 2),
        "top": top,
        "partners": {r["id"]: int(r["agreements"]) for r in partners},
        "values": {m: {r["id"]: float(r[CG_NAME.get(m, m)]) for r in rows} for m in MEASURES},
    }


def peer_dump(tool, d):
    peer = os.path.join(HERE, "peer_%s.py" % tool.replace("-", ""))
    p = subprocess.run([PY, peer, d, "dump"], capture_output=True, text=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr)
        return None
    return json.loads(p.stdout)


def compare(ref, got, tool):
    """(ok, graph text, partners text, [difference text per measure])."""
    if got is None:
        return False, "failed", "failed", ["" for _ in MEASURES]
    same = (got["vertices"], got["edges"], got["weight"]) == (
        ref["vertices"], ref["edges"], ref["weight"])
    same_top = got["top"] == ref["top"] and got["partners"] == ref["partners"]
    ok, cells = same and same_top, []
    for m in MEASURES:
        a, b = ref["values"][m], got["values"][m]
        diff = max((abs(a[k] - b[k]) for k in a), default=0) if a.keys() == b.keys() else math.inf
        good = diff <= tolerance(m, tool, ref["vertices"])
        cells.append("%.1e%s" % (diff, "" if good else " **FAIL**"))
        ok &= good
    graph = "same" if same else "**DIFFERENT**: %d, %d, %d" % (
        got["vertices"], got["edges"], got["weight"])
    return ok, graph, "same" if same_top else "**DIFFERENT** (%s)" % got["top"], cells


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    program, d = sys.argv[1], sys.argv[2]
    ref = coopgraph_dump(program, d)
    print("coopgraph: %d vertices, %d edges, weight %d, top %s with %d partners"
          % (ref["vertices"], ref["edges"], ref["weight"], ref["top"], len(ref["partners"])))
    ok = True
    for tool in sys.argv[3:] or ["networkx"]:
        good, graph, partners, cells = compare(ref, peer_dump(tool, d), tool)
        print("%s: graph %s, partners %s, %s" % (tool, graph, partners, ", ".join(
            "%s %s" % mc for mc in zip(MEASURES, cells))))
        ok &= good
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
