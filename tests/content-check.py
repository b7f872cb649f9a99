#!/usr/bin/python3
"""content-check.py PROGRAM SOURCE_DIR [report|figures] - what the report and
the figures *say*, checked against independent readings of the same data.

The structure tests (report-check.sh, render-check.sh, scale-check.sh) check
that files exist, parse and stay byte-stable; they pass whatever the tables
rank first and whichever entities a figure draws. Here:

report   - centrality.csv is `centrality --format csv` row for row (same
           order: PageRank descending, ties by id, checked here too);
           partners.csv is `partners ID --top 5 --format csv` for every
           entity with partners, in that order; report.md and index.html
           list the same entities in the same order in their tables (a
           cell holding the id or the name, so that either may be shown);
           the ego figure is centred on the CSV's first entity; each
           figure's nodes (the SVG's node <title>s: Graphviz writes the
           node name, the entity id) and <desc> numbers equal NetworkX's
           partnership graph read from the CSV files with Python's csv.
figures  - `svg --max-nodes K` draws exactly the K entities of greatest
           strength (NetworkX weighted degree), ties by id, as render.h
           documents; `svg --ego X --depth D` (and `dot`, laid out by
           Graphviz) draws exactly nx.ego_graph(G, X, radius=D), with the
           ego kept under --max-nodes; the <desc> counts match; timelines and
           histories (--svg) draw one box per dated agreement selected and
           state the count, the years and the undated left out.

Reads only CSV files, SVG titles and descriptions, and CSV output: the
report's HTML tables and the table format are allowed to change their
looks.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import networkx as nx

prog, src = sys.argv[1], sys.argv[2]
what = sys.argv[3] if len(sys.argv) > 3 else "all"
failures = 0
checks = 0


def check(ok, msg):
    global failures, checks
    checks += 1
    if not ok:
        failures += 1
        print("FAILED:", msg)


def run(*args, quiet=True):
    cmd = [prog] + (["-q"] if quiet else []) + list(args)
    p = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    if p.returncode != 0:
        print(f"FAILED: {' '.join(cmd)}: exit {p.returncode}\n{p.stderr[:2000]}")
        sys.exit(1)
    return p.stdout


def rows_of(text):
    return list(csv.reader(io.StringIO(text, newline="")))


# ---- the data, read independently ------------------------------------------


class Data:
    """The dataset as Python's csv module reads it, and its partnership graph
    (each agreement of k distinct parties adds 1 to each of its pairs)."""

    def __init__(self, directory):
        with open(os.path.join(directory, "entities.csv"), newline="", encoding="utf-8-sig") as f:
            self.entities = list(csv.DictReader(f))
        with open(os.path.join(directory, "agreements.csv"), newline="", encoding="utf-8-sig") as f:
            self.agreements = list(csv.DictReader(f))
        self.ids = [e["id"] for e in self.entities]
        self.name = {e["id"]: e["name"] for e in self.entities}
        self.G = nx.Graph()
        self.G.add_nodes_from(self.ids)
        self.parties = []
        for a in self.agreements:
            ps = list(dict.fromkeys(p.strip() for p in a["parties"].split(";") if p.strip()))
            self.parties.append(ps)
            for i, u in enumerate(ps):
                for v in ps[i + 1:]:
                    w = self.G[u][v]["weight"] + 1 if self.G.has_edge(u, v) else 1
                    self.G.add_edge(u, v, weight=w)

    def strongest(self, candidates, k):
        """The k candidates of greatest strength, ties by id (render.h)."""
        s = dict(self.G.degree(weight="weight"))
        return set(sorted(candidates, key=lambda e: (-s[e], e))[:k])

    def agreements_among(self, keep):
        """Agreements with two or more parties among keep (each draws an edge)."""
        return sum(1 for ps in self.parties if sum(p in keep for p in ps) >= 2)


# ---- what an SVG draws -------------------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def drawn(svg_text, data):
    """(entity ids drawn, partner pairs drawn, <desc> text) of an SVG."""
    root = ET.fromstring(svg_text.encode("utf-8"))
    desc = root.find(SVG + "desc")
    nodes, pairs = set(), set()
    for g in root.iter(SVG + "g"):
        cls = (g.get("class") or "").split()
        t = g.find(SVG + "title")
        if t is None or t.text is None:
            continue
        if "node" in cls and t.text in data.name:
            nodes.add(t.text)
        elif "edge" in cls:
            # "A--B": split where both sides are entity ids (ids may hold '-').
            for m in re.finditer("--", t.text):
                a, b = t.text[:m.start()], t.text[m.end():]
                if a in data.name and b in data.name:
                    pairs.add(frozenset((a, b)))
                    break
    return nodes, pairs, (desc.text if desc is not None else "") or ""


def number(desc, pattern, what):
    m = re.search(pattern, desc)
    check(m is not None, f"<desc> has no {what}: {desc!r}")
    return int(m.group(1)) if m else None


def check_drawing(label, svg_text, data, want_nodes, selected=None):
    """The drawing shows exactly want_nodes and the partner pairs among them,
    and its <desc> gives their counts (and the selected count when cut)."""
    nodes, pairs, desc = drawn(svg_text, data)
    missing, extra = sorted(want_nodes - nodes), sorted(nodes - want_nodes)
    check(not missing and not extra,
          f"{label}: drawn entities differ: missing {missing[:8]}, unexpected {extra[:8]}")
    sub = data.G.subgraph(want_nodes)
    want_pairs = {frozenset(e) for e in sub.edges()}
    check(pairs == want_pairs,
          f"{label}: drawn partner pairs differ: {len(pairs)} drawn, {len(want_pairs)} expected")
    if selected is not None and selected > len(want_nodes):
        m = re.search(r"showing the (\d+) most connected of (\d+) entities", desc)
        check(m is not None and (int(m.group(1)), int(m.group(2))) == (len(want_nodes), selected),
              f"{label}: <desc> should say the {len(want_nodes)} most connected of {selected}: {desc!r}")
    else:
        check(number(desc, r"(\d+) entit", "entity count") == len(want_nodes),
              f"{label}: <desc> entity count, expected {len(want_nodes)}: {desc!r}")
    check(number(desc, r"(\d+) partner pair", "pair count") == sub.number_of_edges(),
          f"{label}: <desc> partner pairs, expected {sub.number_of_edges()}: {desc!r}")
    check(number(desc, r"(\d+) agreements?\b", "agreement count") == data.agreements_among(want_nodes),
          f"{label}: <desc> agreements, expected {data.agreements_among(want_nodes)}: {desc!r}")


# ---- the report ----------------------------------------------------------------


class Tables(HTMLParser):
    """The cells of every <table> of a page, row by row."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, d):
        if self.cell is not None:
            self.cell.append(d)


def md_tables(text):
    """Markdown tables of report.md: lists of rows of cells (header first)."""
    tables, cur = [], None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            if cur is None:
                cur = []
                tables.append(cur)
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                cur.append(cells)
        else:
            cur = None
    return tables


def mentions(cell, text):
    """cell holds text as a whole word (ids may hold '-' and '.')."""
    return re.search(r"(?<![\w.-])" + re.escape(text) + r"(?![\w.-])", cell) is not None


def names_in_order(label, table, want, data, column=None):
    """Each body row of table mentions the next entity of want: its id or
    its name, in any cell (or in column when given), so that a table may
    show either, or both, in the column it likes."""
    body = table[1:]
    check(len(body) == len(want), f"{label}: {len(body)} rows, expected {len(want)}")
    for i, (row, e) in enumerate(zip(body, want)):
        cells = row if column is None else row[column:column + 1]
        if not any(mentions(c, e) or mentions(c, data.name[e]) for c in cells):
            check(False, f"{label}: row {i + 1} should be {e}: {row[:4]}")
            return
    check(True, label)


def check_report(label, data_args, data):
    out = os.path.join(tmp, "report-" + label)  # under tmp, removed at the end
    run(*data_args, "report", out)
    read = lambda f: open(os.path.join(out, f), encoding="utf-8").read()

    # centrality.csv: the CLI's CSV with a rank column, row for row.
    rep = rows_of(read("centrality.csv"))
    cli = rows_of(run(*data_args, "--format", "csv", "centrality"))
    check(rep[0][0] == "rank" and rep[0][1:] == cli[0], f"{label}: centrality.csv header {rep[0]}")
    check(len(rep) == len(cli), f"{label}: centrality.csv has {len(rep) - 1} rows, CLI {len(cli) - 1}")
    for i, (r, c) in enumerate(zip(rep[1:], cli[1:])):
        if r[0] != str(i + 1) or r[1:] != c:
            check(False, f"{label}: centrality.csv row {i + 1} is {r[:3]}, CLI says {c[:2]}")
            break
    else:
        check(True, "centrality rows")
    # The stated order, checked on its own: PageRank descending, ties by id;
    # scores equal to 12 significant digits are ties (README, Command line).
    pr = cli[0].index("pagerank")
    keys = [(-float("%.11e" % float(r[pr])), r[0]) for r in cli[1:]]
    check(keys == sorted(keys), f"{label}: centrality rows not by PageRank descending, ties by id")
    order = [r[0] for r in cli[1:]]
    check(set(order) == set(data.G.nodes()) or len(order) == data.G.number_of_nodes(),
          f"{label}: centrality lists {len(order)} entities, the graph has {data.G.number_of_nodes()}")

    # partners.csv: `partners ID --top 5` for each entity with partners, in PageRank order.
    rep = rows_of(read("partners.csv"))
    want = []
    deg = cli[0].index("partners")
    with_partners = [r[0] for r in cli[1:] if int(r[deg]) > 0]
    for e in with_partners:
        p = rows_of(run(*data_args, "--format", "csv", "partners", e, "--top", "5"))
        h = p[0]
        for k, r in enumerate(p[1:]):
            d = dict(zip(h, r))
            want.append([e, str(k + 1), d["id"], d["name"], d["agreements"], d["first"], d["last"],
                         d["types"]])
    check(rep[0] == ["entity", "rank", "partner", "name", "agreements", "first", "last", "types"],
          f"{label}: partners.csv header {rep[0]}")
    check(len(rep) - 1 == len(want), f"{label}: partners.csv has {len(rep) - 1} rows, expected {len(want)}")
    for i, (r, w) in enumerate(zip(rep[1:], want)):
        if r != w:
            check(False, f"{label}: partners.csv row {i + 1} is {r[:5]}, `partners` says {w[:5]}")
            break
    else:
        check(True, "partners rows")

    # report.md and index.html: the same entities in the same order.
    md = read("report.md")
    tables = md_tables(md)
    check(len(tables) >= 2, f"{label}: report.md has {len(tables)} tables, expected 2")
    if len(tables) >= 2:
        names_in_order(f"{label}: report.md centrality table", tables[0], order, data)
        names_in_order(f"{label}: report.md partners table", tables[1], [w[2] for w in want], data)
    page = Tables()
    page.feed(read("index.html"))
    page.close()
    check(len(page.tables) >= 2, f"{label}: index.html has {len(page.tables)} tables, expected 2")
    if len(page.tables) >= 2:
        names_in_order(f"{label}: index.html centrality table", page.tables[0], order, data)
        names_in_order(f"{label}: index.html partners table", page.tables[1], [w[2] for w in want],
                       data)
    if order:
        top = order[0]
        m = re.search(r"^## Ego network of the most central entity: (\S+)", md, re.M)
        check(m is not None and m.group(1) in (top, data.name[top]),
              f"{label}: report.md's ego section is not about {top}")

    # The figures: what they draw and what their <desc> says. When a figure
    # says it shows only the K most connected, they must be the K strongest
    # of what it selected (the ego kept).
    g = data.G

    def figure(name, selected, ego=None):
        svg = read(name)
        m = re.search(r"showing the (\d+) most connected of (\d+) entities", drawn(svg, data)[2])
        want = set(selected)
        if m:
            k = int(m.group(1))
            want = ({ego} | data.strongest(want - {ego}, k - 1)) if ego else data.strongest(want, k)
        check_drawing(f"{label}: {name}", svg, data, want, len(selected))

    figure("network.svg", g.nodes())
    if order:
        figure("ego.svg", nx.ego_graph(g, order[0], radius=1).nodes(), order[0])
    desc = drawn(read("timeline.svg"), data)[2]
    dated = [a["date"] for a, ps in zip(data.agreements, data.parties) if a["date"] and len(ps) >= 2]
    undated = sum(1 for a, ps in zip(data.agreements, data.parties) if not a["date"] and len(ps) >= 2)
    if dated:
        want_desc = (f"{len(dated)} dated agreement", f"from {min(dated)[:4]} to {max(dated)[:4]}")
        check(all(w in desc for w in want_desc), f"{label}: timeline <desc> {desc!r}, expected {want_desc}")
    if undated:
        check(f"{undated} undated" in desc, f"{label}: timeline <desc> {desc!r}, expected {undated} undated")


# ---- figures that select ---------------------------------------------------------


def check_figures(label, data_args, data, egos):
    g = data.G
    n = g.number_of_nodes()
    for k in (1, 5, 12, n - 1):
        if k < 1 or k >= n:
            continue
        svg = run(*data_args, "svg", "--layout", "neato", "--max-nodes", str(k))
        check_drawing(f"{label}: svg --max-nodes {k}", svg, data, data.strongest(g.nodes(), k), n)
    for ego in egos:
        for depth in (1, 2):
            want = set(nx.ego_graph(g, ego, radius=depth).nodes())
            svg = run(*data_args, "svg", "--layout", "neato", "--ego", ego, "--depth", str(depth))
            check_drawing(f"{label}: svg --ego {ego} --depth {depth}", svg, data, want)
            dot = run(*data_args, "dot", "--ego", ego, "--depth", str(depth))
            p = subprocess.run(["dot", "-Kneato", "-Tsvg"], input=dot, capture_output=True, text=True)
            check(p.returncode == 0, f"{label}: dot --ego {ego}: Graphviz cannot read it")
            nodes = drawn(p.stdout, data)[0] if p.returncode == 0 else set()
            check(nodes == want, f"{label}: dot --ego {ego} --depth {depth}: nodes differ: "
                                 f"{sorted(nodes ^ want)[:8]}")
            # The ego always stays; the others are the strongest of its neighbourhood.
            k = 4
            if len(want) > k:
                keep = {ego} | data.strongest(want - {ego}, k - 1)
                svg = run(*data_args, "svg", "--layout", "neato", "--ego", ego, "--depth", str(depth),
                          "--max-nodes", str(k))
                check_drawing(f"{label}: svg --ego {ego} --depth {depth} --max-nodes {k}", svg, data,
                              keep, len(want))


def check_timelines(data):
    """Timelines and histories draw one box per dated agreement selected
    (<g id="aN" class="agreement ...">: the N-th agreement of the file) and say how many they drew,
    over which years, and how many undated ones they left out."""
    index = {a["id"]: i for i, a in enumerate(data.agreements)}
    for args, entities, since in ((["timeline", "--svg"], [], ""),
                                  (["timeline", "--svg", "--entity", "ISRO"], ["ISRO"], ""),
                                  (["history", "ESA", "Roscosmos", "--svg"], ["ESA", "Roscosmos"], ""),
                                  (["history", "ISRO", "--svg", "--from", "2000"], ["ISRO"], "2000")):
        label = " ".join(args)
        sel = [a for a, ps in zip(data.agreements, data.parties)
               if len(ps) >= 2 and all(e in ps for e in entities) and (not since or a["date"][:4] >= since)]
        dated = [a for a in sel if a["date"]]
        undated = len(sel) - len(dated)
        root = ET.fromstring(run(*args).encode("utf-8"))
        boxes = set()
        for g in root.iter(SVG + "g"):
            # a box is <g id="aN" class="agreement ..."> (the timeline's SVG is drawn by hand)
            m = re.fullmatch(r"a(\d+)", g.get("id") or "")
            if "agreement" in (g.get("class") or "").split() and m:
                boxes.add(int(m.group(1)))
        want = {index[a["id"]] for a in dated}
        check(boxes == want, f"{label}: boxes for agreements {sorted(boxes ^ want)[:8]} differ")
        desc = root.find(SVG + "desc").text or ""
        years = sorted(a["date"][:4] for a in dated)
        check(f"{len(dated)} dated agreement" in desc and f"from {years[0]} to {years[-1]}" in desc,
              f"{label}: <desc> {desc!r}, expected {len(dated)} dated from {years[0]} to {years[-1]}")
        check((f"{undated} undated" in desc) if undated else "undated" not in desc,
              f"{label}: <desc> {desc!r}, expected {undated} undated")


tmp = tempfile.mkdtemp(prefix="cg-content-")
gen = os.path.join(tmp, "generated")
# Many ties of strength among generated entities: the tie rule matters.
run("generate", "--entities", "80", "--agreements", "200", "--multilateral", "0.2", "--seed", "11", gen)
default = os.path.join(src, "graphs", "space-cooperation")
datasets = [
    ("default", [], Data(default), ["ESA", "ISRO"]),
    ("mini", ["-d", os.path.join(src, "tests/fixtures/render/mini")],
     Data(os.path.join(src, "tests/fixtures/render/mini")), ["C"]),
    ("multi", ["-d", os.path.join(src, "tests/fixtures/graphs/multi")],
     Data(os.path.join(src, "tests/fixtures/graphs/multi")), []),
    ("generated", ["-d", gen], Data(gen), []),
]
for label, args, data, egos in datasets:
    if not egos:  # the entity of greatest strength, then the weakest with partners
        s = dict(data.G.degree(weight="weight"))
        ranked = sorted((e for e in data.G if s[e] > 0), key=lambda e: (-s[e], e))
        egos = [ranked[0], ranked[-1]]
    if what in ("all", "report"):
        check_report(label, args, data)
    if what in ("all", "figures"):
        check_figures(label, args, data, egos)
        if label == "default":
            check_timelines(data)
subprocess.run(["rm", "-rf", tmp])
print(f"{checks} checks, {failures} failed")
sys.exit(1 if failures else 0)
