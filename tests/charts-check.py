#!/usr/bin/env python3
"""charts-check.py PROGRAM SOURCE_DIR - the figures say what the tables say.

partners ENTITY --svg draws one bar per partner of `partners --format csv`,
in its order, with its count, and stacked segments whose widths add up to
the count on one scale; centrality --svg ranks the entities of `centrality
--format csv --sort M` with their values to 4 significant digits; the
timeline draws in each year as many boxes as `timeline --format csv`
counts; every figure command keeps the embed guarantees (role="img",
<title>, <desc>, --id-prefix, --responsive, no script) and -o FILE writes
the bytes of stdout. Run on the default dataset and a generated one. The
README's committed partners chart is what the program draws now.
"""
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

prog, source = sys.argv[1], sys.argv[2]
bad = 0
NS = "{http://www.w3.org/2000/svg}"


def fail(msg):
    global bad
    bad = 1
    print("FAILED: " + msg)


def run(*args):
    return subprocess.run([prog, "-q", *args], check=True, capture_output=True).stdout.decode()


def rows(*args):
    return list(csv.DictReader(io.StringIO(run("--format", "csv", *args))))


def groups(svg, cls):
    root = ET.fromstring(svg)
    return [g for g in root.iter(NS + "g") if (g.get("class") or "").split(" ")[0] == cls]


def check_partners(data, entity, top):
    d = ["-d", data] if data else []
    want = rows(*d, "partners", entity)
    svg = run(*d, "partners", entity, "--svg", "--top", str(top))
    bars = groups(svg, "bar")
    shown = want[:top]
    if len(bars) != len(shown):
        fail(f"partners {entity} ({data or 'default'}): {len(bars)} bars, want {len(shown)}")
        return
    scale = None
    for i, (bar, row) in enumerate(zip(bars, shown)):
        title = bar.find(NS + "title").text
        m = re.search(r"(?:\((\S+)\)|^(\S+)): (\d+) agreements?, ", title)
        ident = m and (m.group(1) or m.group(2))
        if not m or ident != row["id"] or int(m.group(3)) != int(row["agreements"]):
            fail(f"partners {entity}: bar {i + 1} is {title!r}, want {row['id']} with {row['agreements']}")
            continue
        count = [t.text for t in bar.iter(NS + "text") if t.get("class") == "count"]
        if count != [row["agreements"]]:
            fail(f"partners {entity}: bar {i + 1} shows {count}, want {row['agreements']}")
        width = sum(float(r.get("width")) for seg in bar.findall(NS + "g") for r in seg.iter(NS + "rect"))
        per = width / int(row["agreements"])
        scale = scale or per
        if abs(per - scale) > 0.01:
            fail(f"partners {entity}: bar {i + 1} is {width:.2f} px for {row['agreements']}, not on the scale of the first")
        years = [t.text for t in bar.iter(NS + "text") if t.get("class") == "years"]
        first, last = row["first"][:4], row["last"][:4]
        want_years = "undated" if not first else first if first == last else f"{first}\u2013{last}"
        if years != [want_years]:
            fail(f"partners {entity}: bar {i + 1} years {years}, want {want_years}")
    if len(want) > top:
        rest = sum(int(r["agreements"]) for r in want[top:])
        k = len(want) - top
        more = f"and {k} more partner{'s' if k != 1 else ''} with {rest} agreement{'s' if rest != 1 else ''} in all"
        if more not in svg:
            fail(f"partners {entity}: no {more!r}")


def four(v):
    v = float(v)
    if v == int(v) and abs(v) < 1e9:
        return f"{v:.0f}"
    import math
    digits = math.floor(math.log10(abs(v))) + 1
    if abs(v) >= 1e9 or abs(v) < 1e-4:
        return f"{v:.3e}"
    return f"{v:.{max(0, 4 - digits)}f}"


def check_centrality(data, measure, top):
    d = ["-d", data] if data else []
    want = rows(*d, "centrality", "--measure", measure, "--sort", measure, "--top", str(top))
    svg = run(*d, "centrality", "--svg", "--sort", measure, "--top", str(top))
    bars = groups(svg, "bar")
    got = []
    for bar in bars:
        title = bar.find(NS + "title").text
        m = re.search(r"\((\S+), [^,]+\): \S+ (\S+)$", title)
        got.append((m.group(1), m.group(2)) if m else (title, None))
    exp = [(r["id"], four(r[measure])) for r in want]
    if got != exp:
        fail(f"centrality --svg --sort {measure} ({data or 'default'}): {got[:3]}..., want {exp[:3]}...")


def check_timeline(data):
    d = ["-d", data] if data else []
    want = {r["period"]: int(r["agreements"]) for r in rows(*d, "timeline")}
    svg = run(*d, "timeline", "--svg")
    got = {}
    for g in groups(svg, "agreement"):
        year = g.find(NS + "title").text[:4]
        got[year] = got.get(year, 0) + 1
    more = sum(int(m) for m in re.findall(r">\+(\d+) more<", svg))
    want = {k: v for k, v in want.items() if v}
    if more == 0 and got != want:
        fail(f"timeline ({data or 'default'}): boxes per year {got}, want {want}")
    if more and sum(got.values()) + more != sum(want.values()):
        fail(f"timeline ({data or 'default'}): {sum(got.values())} boxes + {more} more, want {sum(want.values())}")


def check_embed(args):
    plain = run(*args)
    root = ET.fromstring(plain)
    if root.get("role") != "img" or root.find(NS + "title") is None or root.find(NS + "desc") is None:
        fail(f"{' '.join(args)}: no role=img, <title> or <desc>")
    if not (root.find(NS + "desc").text or "").strip():
        fail(f"{' '.join(args)}: empty <desc>")
    if "<script" in plain or "javascript:" in plain:
        fail(f"{' '.join(args)}: script")
    if run(*args) != plain:
        fail(f"{' '.join(args)}: not the same bytes twice")
    pre = run(*args, "--id-prefix", "fig-", "--responsive")
    ids = re.findall(r' id="([^"]*)"', pre)
    if not ids or any(not i.startswith("fig-") for i in ids):
        fail(f"{' '.join(args)} --id-prefix: ids {ids[:3]}")
    if 'width="100%"' not in pre.split(">", 2)[1] + pre.split(">", 2)[0]:
        fail(f"{' '.join(args)} --responsive: no width=100%")
    clear = run(*args, "--transparent")
    if clear == plain or 'fill="white"' in clear or 'fill="#ffffff"' in clear.split("<g", 1)[0]:
        fail(f"{' '.join(args)} --transparent: still a white background")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "f.svg")
        if run(*args, "-o", out) != "" or open(out).read() != plain:
            fail(f"{' '.join(args)} -o: not the bytes of stdout")


with tempfile.TemporaryDirectory() as tmp:
    gen = os.path.join(tmp, "gen")
    run("generate", "--entities", "60", "--agreements", "200", gen)
    for data, entity in (("", "ISRO"), ("", "ESA"), (gen, "E000002"), (gen, "E000010")):
        for top in (3, 15, 100):
            check_partners(data, entity, top)
    for data in ("", gen):
        for measure in ("pagerank", "betweenness", "partners"):
            check_centrality(data, measure, 10)
        check_timeline(data)
    for args in (["timeline", "--svg"], ["timeline", "--svg", "--by", "decade"],
                 ["history", "ESA", "Roscosmos", "--svg"], ["partners", "ISRO", "--svg"],
                 ["centrality", "--svg"], ["centrality", "--over-time", "--svg"]):
        check_embed(args)
# Every time figure states the undated agreements it leaves out, in the picture and in <desc>.
undated = int(re.search(r'"undated": (\d+)', run("--format", "json", "summary")).group(1))
for args in (["timeline", "--svg"], ["timeline", "--svg", "--by", "decade"],
             ["centrality", "--over-time", "--svg"]):
    svg = run(*args)
    root = ET.fromstring(svg)
    said = f"{undated} undated agreements left out"
    desc = root.find(NS + "desc").text or ""
    shown = "".join(t.text or "" for t in root.iter(NS + "text"))
    if said not in desc or said not in shown:
        fail(f"{' '.join(args)}: does not say '{said}' in the figure and its <desc>")
committed = os.path.join(source, "graphs", "space-cooperation", "partners-ISRO.svg")
if open(committed, encoding="utf-8").read() != run("partners", "ISRO", "--svg"):
    fail(f"{committed} differs from `partners ISRO --svg`: run scripts/report")
print("charts-check: " + ("FAILED" if bad else "ok"))
sys.exit(bad)
