#!/usr/bin/env bash
# injection.sh PROGRAM FIXTURES_DIR - names, aliases, titles and sources full
# of quotes, backslashes, <script>, ]]>, &, newlines, tabs, control
# characters, bidi marks and emoji (tests/fixtures/hostile/injection) come out
# of every output escaped: each output is parsed by an independent parser
# (Python's json, csv and html.parser, xmllint and ElementTree, Graphviz's
# cgraph via `dot -Tjson`) and compared field by field with the fixture as
# Python's csv module reads it.
set -u
prog=$1 data=$2/hostile/injection
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
run() { # run OUTFILE ARGS...
  local out=$1
  shift
  if ! timeout 120 "$prog" -q -d "$data" "$@" >"$out" 2>"$tmp/err"; then
    echo "FAILED: $* exited with an error"; cat "$tmp/err"; fail=1
  fi
}
for f in json csv table; do
  run "$tmp/entities.$f" --format "$f" entities
  run "$tmp/agreements.$f" --format "$f" agreements
done
run "$tmp/multi.dot" dot --multi
dot -Tjson "$tmp/multi.dot" >"$tmp/multi.json" || { echo "FAILED: dot cannot read our DOT"; fail=1; }
run "$tmp/network.svg" svg
run "$tmp/timeline.svg" timeline --svg
run "$tmp/growth.svg" centrality --over-time --svg
"$prog" -q -d "$data" report "$tmp/report" 2>"$tmp/err" || { echo "FAILED: report"; cat "$tmp/err"; fail=1; }
"$prog" -q -d "$data" explore -o "$tmp/explore.html" 2>"$tmp/err" || { echo "FAILED: explore"; cat "$tmp/err"; fail=1; }
for f in "$tmp"/*.svg "$tmp"/report/*.svg "$tmp/report/index.html" "$tmp/explore.html"; do
  xmllint --noout "$f" || { echo "FAILED: $f is not well-formed XML"; fail=1; }
done
/usr/bin/python3 - "$data" "$tmp" <<'PYEOF' || fail=1
import csv, json, sys, glob, re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

data, tmp = sys.argv[1], sys.argv[2]
bad = 0
def check(ok, what):
    global bad
    if not ok:
        print("FAILED:", what)
        bad = 1

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
ents = read_csv(data + "/entities.csv")
agrs = read_csv(data + "/agreements.csv")
def aliases(e):
    return [a.strip(" \t") for a in e["aliases"].split("|") if a.strip(" \t")]

# JSON and CSV: exact round trip.
# Every entity and agreement once, none missing and none added (a lookup by
# id, not a zip, which would stop at the shorter list).
def by_id(rows, what):
    ids = [r["id"] for r in rows]
    check(len(ids) == len(set(ids)), f"{what}: an id listed twice")
    return {r["id"]: r for r in rows}
def same_ids(got, want, what):
    check(set(got) == {r["id"] for r in want},
          f"{what}: ids differ: missing {sorted({r['id'] for r in want} - set(got))!r}, "
          f"extra {sorted(set(got) - {r['id'] for r in want})!r}")
j = by_id(json.load(open(tmp + "/entities.json", encoding="utf-8"))["entities"], "json entities")
same_ids(j, ents, "json entities")
for e in ents:
    o = j.get(e["id"], {})
    check(o.get("name") == e["name"], f"json entity {e['id']}: {o.get('name')!r}")
    check(o.get("aliases") == aliases(e), f"json aliases of {e['id']}: {o.get('aliases')!r}")
j = by_id(json.load(open(tmp + "/agreements.json", encoding="utf-8"))["agreements"], "json agreements")
same_ids(j, agrs, "json agreements")
for a in agrs:
    o = j.get(a["id"], {})
    check(o.get("title") == a["title"] and o.get("source") == a["source"], f"json agreement {a['id']}")
    check(o.get("parties") == a["parties"].split(";") or o.get("parties") == a["parties"],
          f"json parties of {a['id']}: {o.get('parties')!r}")
rows = by_id(read_csv(tmp + "/entities.csv"), "csv entities")
same_ids(rows, ents, "csv entities")
for e in ents:
    check(rows.get(e["id"], {}).get("name") == e["name"], f"csv entity {e['id']}")
rows = by_id(read_csv(tmp + "/agreements.csv"), "csv agreements")
same_ids(rows, agrs, "csv agreements")
for a in agrs:
    r = rows.get(a["id"], {})
    check(r.get("title") == a["title"] and r.get("source") == a["source"], f"csv agreement {a['id']}")

# Tables: nothing that drives or reorders a terminal reaches it raw.
for name in ("entities.table", "agreements.table"):
    t = open(f"{tmp}/{name}", encoding="utf-8").read()
    raw = [c for c in t if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) < 0xA0
           or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]
    check(not raw, f"{name} has raw control characters {raw!r}")
    check(t.count("\n") == len(ents if name.startswith("e") else agrs) + 2, f"{name}: one line per row")
check("line one\\nline two\\ttab" in open(tmp + "/entities.table", encoding="utf-8").read(),
      "table shows a newline as \\n and a tab as \\t")

# DOT, read back by cgraph. DOT has no way to write a backslash before a quote
# or at the end of a value: cgraph's writer puts a space after it there.
g = json.loads(open(tmp + "/multi.json", encoding="utf-8").read(), strict=False)
def dot_eq(got, want):
    return got == want or ("\\" in want and got == re.sub(r'\\(?=["]|$)', r"\\ ", want))
nodes = {o.get("name"): o for o in g["objects"] if "kind" in o}
for e in ents:
    check(e["name"] in nodes or any(dot_eq(n, e["name"]) for n in nodes), f"dot name of {e['id']}")
    o = nodes.get(e["name"]) or next((v for n, v in nodes.items() if dot_eq(n, e["name"])), {})
    check(dot_eq(o.get("aliases", ""), e["aliases"]), f"dot aliases of {e['id']}: {o.get('aliases')!r}")
titles = {(ed.get("title"), ed.get("source")) for ed in g.get("edges", [])}
for a in agrs:
    check(any(dot_eq(t, a["title"]) and dot_eq(s, a["source"]) for t, s in titles),
          f"dot title/source of {a['id']}")

# SVG and HTML: the text as a parser sees it; XML forbids C0 controls, so
# they stand as U+FFFD. No script, no event handler, no link but #ref or http(s).
def xml_text(s):
    return "".join("\ufffd" if ord(c) < 0x20 and c not in "\t\n\r" else c for c in s)
# Attribute values are whitespace-normalised by XML, and Graphviz flattens
# some tooltips; and, as in DOT, a backslash before a quote or at the end of a
# value gets a space after it (figures are drawn from cgraph's DOT text).
def norm(s):
    return re.sub(r"[\s\xa0]+", " ", s)
def shows(want, blob):
    want = xml_text(want)
    return norm(want) in blob or norm(re.sub(r'\\(?=["]|$)', r"\\ ", want)) in blob
def safe_link(v):
    return v.startswith("#") or v.startswith("http://") or v.startswith("https://")
XL = "{http://www.w3.org/1999/xlink}"
for f in glob.glob(tmp + "/*.svg") + glob.glob(tmp + "/report/*.svg"):
    root = ET.parse(f).getroot()
    texts = []
    for el in root.iter():
        check(not el.tag.endswith("script") and not el.tag.endswith("foreignObject"), f"{f}: <{el.tag}>")
        for k, v in el.attrib.items():
            check(not k.lower().startswith("on"), f"{f}: event handler {k}")
            if k in ("href", XL + "href"):
                check(safe_link(v), f"{f}: link {v!r}")
            texts.append(v)
        texts.append(el.text or "")
    blob = norm(" ".join(texts))
    if "network" in f or "growth" in f:
        for e in ents:
            check(shows(e["name"], blob), f"{f}: name of {e['id']}")
    if "timeline" in f:
        for a in agrs:
            check(shows(a["title"], blob), f"{f}: title of {a['id']}")

# Pages: the only scripts are the explorer's data, JSON with every < > &
# escaped (so no name can end the element), and its inline script, which
# holds no data at all.
class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.stack, self.links, self.scripts, self.in_script = [], [], [], [], None
    def handle_starttag(self, tag, attrs):
        if tag == "script":
            a = dict(attrs)
            check(a in ({"type": "application/json", "id": "cg-x-data"}, {}), f"page: <script {a}>")
            self.in_script = a
            self.scripts.append([a, ""])
        for k, v in attrs:
            check(not k.startswith("on"), f"report: event handler {k}")
            if k in ("href", "xlink:href", "src"):
                self.links.append(v or "")
            self.text.append(v or "")
    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = None
    def handle_data(self, d):
        if self.in_script is not None:
            self.scripts[-1][1] += d
        else:
            self.text.append(d)
p = Page()
p.feed(open(tmp + "/report/index.html", encoding="utf-8").read())
p.close()
files = {"report.md", "network.svg", "network.dot", "ego.svg", "ego.dot", "timeline.svg",
         "centrality.svg", "centrality.csv", "partners-1.svg", "partners-2.svg",
         "partners-3.svg", "partners.csv"}
for v in p.links:
    check(v in files or safe_link(v), f"report: link {v!r}")
check(not re.search(r"javascript:|data:text", " ".join(p.links)), "report: script link")
# The explorer's page alone, and the scripts of both pages.
script_text = None
for name in ("report/index.html", "explore.html"):
    p = Page()
    p.feed(open(f"{tmp}/{name}", encoding="utf-8").read())
    p.close()
    page = norm(" ".join(p.text))
    for e in ents:
        check(shows(e["name"], page), f"{name}: name of {e['id']}")
    check(not re.search(r"javascript:|data:text|http", " ".join(p.links)) or name != "explore.html",
          f"{name}: a link in the explorer's page: {p.links!r}")
    check(len(p.scripts) == 2, f"{name}: {len(p.scripts)} scripts, expected the explorer's data and code")
    for attrs, body in p.scripts:
        if attrs:
            check(not re.search("[<>&\u2028\u2029]", body), f"{name}: raw < > & or U+2028/9 in the data")
            d = json.loads(body)
            names = {x[0]: x[1] for x in d["ents"]}
            for e in ents:
                check(names.get(e["id"]) == e["name"], f"{name}: data name of {e['id']}: {names.get(e['id'])!r}")
            titles = {x[3] for x in d["agr"]}
            for a in agrs:
                check(a["title"] in titles, f"{name}: data title of {a['id']}")
        else:
            check(script_text in (None, body), f"{name}: the script differs between pages")
            script_text = body
sys.exit(bad)
PYEOF
exit $fail
