#!/usr/bin/python3
"""import-real.py PROGRAM SHARED_DATA - `coopgraph import edgelist` on two
published data sets, checked against an independent reading of the same
files with Python's csv module (and, for Grandjean's network, against the
centralities the author published, computed with Gephi).

1. UNCTAD's international investment agreements (treaties.csv): counts,
   the history of one pair, agreements per decade and type.
2. Grandjean's Intellectual Cooperation network (edges, nodes, metrics):
   degree, weighted degree and raw betweenness of the giant component.

Exits 77 (ctest SKIP_RETURN_CODE) when the shared data are absent, and 1
instead when CI is set: it is the only test of `import edgelist` on real
data, and a skipped test must not pass for a green CI.
"""
import collections
import csv
import itertools
import json
import os
import subprocess
import sys
import tempfile

prog, shared = sys.argv[1], sys.argv[2]
TREATIES = os.path.join(shared, "bilateral-investment-treaties", "treaties.csv")
IC = os.path.join(shared, "intellectual-cooperation")
EDGES = os.path.join(IC, "IntellectualCooperation_edges.csv")
NODES = os.path.join(IC, "IntellectualCooperation_nodes.csv")
METRICS = os.path.join(IC, "IntellectualCooperation_metrics.csv")
if not all(os.path.exists(p) for p in (TREATIES, EDGES, NODES, METRICS)):
    print(f"SKIP: shared data not found under {shared} (the data sets beside the source tree)")
    if os.environ.get("CI"):
        print("FAILED: CI is set, and a skipped test fails under CI")
        sys.exit(1)
    sys.exit(77)

failures = 0


def expect(what, got, want):
    global failures
    if got != want:
        print(f"FAILED: {what}: got {got!r}, expected {want!r}")
        failures += 1
    else:
        print(f"ok: {what}: {got!r}")


def run(*args, status=0):
    p = subprocess.run([prog, *args], capture_output=True, text=True)
    if p.returncode != status:
        print(f"FAILED: {' '.join(args)}: exit {p.returncode}\n{p.stderr}")
        sys.exit(1)
    return p


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))


tmp = tempfile.mkdtemp(prefix="cg-import-")

# ---- 1. UNCTAD investment treaties -----------------------------------------

out1 = os.path.join(tmp, "iia")
p = run("import", "edgelist", TREATIES, out1, "--parties", "parties", "--separator", "|",
        "--type", "treaty_type", "--date", "date_signature", "--end", "date_termination",
        "--title", "treaty")
print(p.stderr, end="")
run("-q", "-d", out1, "check")

rows = [dict(zip(r[0], x)) for r in [read_csv(TREATIES)] for x in r[1:] if x]
parties = [[s.strip() for s in r["parties"].split("|") if s.strip()] for r in rows]
kept = [(r, list(dict.fromkeys(p))) for r, p in zip(rows, parties) if len(set(p)) >= 2]
everyone = {s for p in parties for s in p}
bilateral = [p for p in parties if len(p) == 2]
pairs = collections.Counter(tuple(sorted(p)) for p in bilateral)
dates = sorted(r["date_signature"] for r in rows if r["date_signature"])
# The data set's README: 2,577 treaties, 182 parties, 2,483 distinct pairs,
# 85 pairs with several treaties, signatures 1959 to 2018. True as follows:
expect("treaty rows", len(rows), 2577)
expect("parties of two-party treaties (the README's 182)", len({s for p in bilateral for s in p}),
       182)
expect("parties of all treaties", len(everyone), 193)
expect("distinct pairs among two-party treaties", len(pairs), 2483)
expect("pairs with several treaties", sum(1 for v in pairs.values() if v > 1), 85)
expect("first and last signature", (dates[0][:4], dates[-1][:4]), ("1959", "2018"))

summary = json.loads(run("-d", out1, "--format", "json", "summary").stdout)
expect("agreements imported", summary["agreements"]["total"], len(kept))
expect("entities imported", summary["entities"]["total"], len({s for _, p in kept for s in p}))
expect("multilateral agreements", summary["agreements"]["multilateral"],
       sum(1 for _, p in kept if len(p) > 2))
by_type = collections.Counter(r["treaty_type"] for r, _ in kept)
expect("agreements by type", sorted(summary["agreements"]["by_type"].values()),
       sorted(by_type.values()))
cent = json.loads(run("-d", out1, "--format", "json", "centrality", "--measure", "partners",
                      "--multilateral", "skip").stdout)
expect("partnership edges, two-party treaties only", cent["graph"]["edges"], len(pairs))
cliques = {tuple(sorted(e)) for _, p in kept for e in itertools.combinations(p, 2)}
cent = json.loads(run("-d", out1, "--format", "json", "centrality", "--measure",
                      "partners").stdout)
expect("partnership edges, treaties as cliques", cent["graph"]["edges"], len(cliques))

# The history of one well-known pair (three bilateral treaties, one trilateral).
a, b = "China", "Korea, Republic of"
hist = json.loads(run("-d", out1, "--format", "json", "history", a, b).stdout)
got = [(x["date"], x["end"], x["title"], len(x["parties"])) for x in hist["agreements"]]
want = sorted(((r["date_signature"] or None, r["date_termination"] or None, r["treaty"], len(p))
               for r, p in kept if a in p and b in p), key=lambda t: (t[0] or "9999", t[2]))
expect(f"history {a} / {b}", got, want)
expect(f"history {a} / {b}: count", len(got), 4)

# Agreements per decade and type (undated ones are not in the timeline).
tl = json.loads(run("-d", out1, "--format", "json", "timeline", "--by", "decade").stdout)
got = {x["period"]: (x["agreements"], x["types"]) for x in tl["periods"]}
slug = {t: t.lower().replace(" ", "_") for t in by_type}
want = collections.defaultdict(lambda: [0, collections.Counter()])
for r, _ in kept:
    if r["date_signature"]:
        d = r["date_signature"][:3] + "0s"
        want[d][0] += 1
        want[d][1][slug[r["treaty_type"]]] += 1
want = {k: (v[0], dict(v[1])) for k, v in want.items()}
expect("timeline by decade", got, want)

# ---- 2. Grandjean's Intellectual Cooperation network -------------------------

out2 = os.path.join(tmp, "ic")
p = run("import", "edgelist", EDGES, out2, "--source", "Source", "--target", "Target",
        "--weight", "Weight", "--nodes", NODES, "--node-id", "Id", "--node-name", "Nom",
        "--node-name", "Prenom", "--node-kind", "Cat1")
print(p.stderr, end="")
run("-q", "-d", out2, "check")
edges = [dict(zip(r[0], x)) for r in [read_csv(EDGES)] for x in r[1:] if x]
loops = [e for e in edges if e["Source"] == e["Target"]]
expect("edge rows", len(edges), 26535)
expect("self-loops", len(loops), 9)
expect("self-loops reported", "self-loop: 9 (row skipped)" in p.stderr, True)
summary = json.loads(run("-d", out2, "--format", "json", "summary").stdout)
expect("agreements (weights expanded)", summary["agreements"]["total"],
       sum(int(e["Weight"]) for e in edges if e["Source"] != e["Target"]))
nodes = [dict(zip(r[0], x)) for r in [read_csv(NODES)] for x in r[1:] if x]
expect("entities (every node of the node table)", summary["entities"]["total"], len(nodes))

# coopgraph's measures, by entity id (= node id).
c = list(csv.reader(run(
    "-d", out2, "--format", "csv", "centrality", "--measure", "partners,strength,betweenness",
    "--raw").stdout.splitlines()))
ours = {r[0]: (int(r[3]), int(r[4]), float(r[5])) for r in c[1:]}

# The published table: three header lines, then Nom, Prénom, then (value,
# rank) pairs: indexations, degree, weighted degree, harmonic closeness,
# betweenness, eigenvector.
metrics = [r for r in read_csv(METRICS)[3:] if r and (r[0] or r[1])]
print(f"metrics table: {len(metrics)} people")
by_name = collections.defaultdict(list)
for n in nodes:
    by_name[(n["Nom"], n["Prenom"])].append(n["Id"])
loop_weight = collections.Counter()
for e in loops:
    loop_weight[e["Source"]] += int(e["Weight"])
compared = exact = unmatched = ambiguous = 0
deg_ok = str_ok = bet_ok = 0
worst = 0.0
TOL = 0.05  # Gephi's table gives betweenness to one decimal
for r in metrics:
    ids = by_name.get((r[0], r[1]), [])
    if not ids:
        unmatched += 1
        continue
    if len(ids) > 1:
        ambiguous += 1
        continue
    nid = ids[0]
    deg, strength, bet = int(r[4]), int(r[6]), float(r[10])
    o = ours[nid]
    compared += 1
    exact += (o[0], o[1]) == (deg, strength) and abs(o[2] - bet) <= TOL
    # Gephi counts a self-loop twice in degree and in weighted degree.
    deg_ok += o[0] + 2 * (nid in loop_weight) == deg
    str_ok += o[1] + 2 * loop_weight[nid] == strength
    bet_ok += abs(o[2] - bet) <= TOL + 1e-9 * bet
    worst = max(worst, abs(o[2] - bet))
print(f"metrics rows compared: {compared}; names not in the node table: {unmatched}; "
      f"names shared by several nodes: {ambiguous}; largest betweenness difference {worst:.4f}")
expect("metrics rows compared (unique names)", compared, 2840)
expect("rows matching degree, strength and betweenness exactly", exact, 2831)
expect("degree, self-loops counted twice as Gephi does", deg_ok, compared)
expect("strength, self-loops counted twice as Gephi does", str_ok, compared)
expect(f"raw betweenness within {TOL}", bet_ok, compared)

subprocess.run(["rm", "-rf", tmp])
sys.exit(1 if failures else 0)
