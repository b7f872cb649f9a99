#!/usr/bin/env bash
# export-check.sh PROGRAM SOURCE_DIR - `coopgraph export` end to end: every
# format of the default dataset, a hostile fixture, a multilateral fixture
# and a generated dataset is read back by an independent reader
# (tests/export-check.py: NetworkX, Python's csv), is well-formed XML
# (xmllint), and is the same bytes twice; the CSV export passes `check` and
# gives the same analysis; a filtered CSV export gives the filtered analysis;
# nothing is ever written inside the dataset directory.
# GEXF is not validated against the GEXF 1.3 XSD: the schema is not available
# offline (no Debian package ships it), and tests must not use the network.
set -u
prog=$1 src=$2
py=/usr/bin/python3
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*"; fail=1; fi; }
run() { "$prog" -q "$@"; }

# The analyses a dataset and its CSV export must agree on. Listings are
# sorted, since the export reorders rows (ties in date order follow ids).
# Centralities are compared apart: the new vertex order changes the last
# bits of the iterative ones (relative 2e-15 on the default dataset).
analyses() {
  run -d "$1" summary --format json | grep -v '"dataset"'
  run -d "$1" entities --format csv | LC_ALL=C sort
  run -d "$1" agreements --format csv | LC_ALL=C sort
  run -d "$1" timeline --format csv
  run -d "$1" timeline --by month --format csv
}

# Every centrality of every entity equal to 1e-9 relative; $3... are filters for the first.
same_centrality() {
  local d1=$1 d2=$2; shift 2
  "$py" - <(run -d "$d1" centrality "$@" --format csv) <(run -d "$d2" centrality --format csv) <<'PY'
import csv, math, sys
a, b = ({r["id"]: r for r in csv.DictReader(open(p, encoding="utf-8"))} for p in sys.argv[1:3])
bad = [i for i in a if i not in b or any(
    not math.isclose(float(v), float(b[i][k]), rel_tol=1e-9, abs_tol=1e-300)
    if k not in ("id", "name", "kind") else v != b[i][k] for k, v in a[i].items())]
bad += [i for i in b if i not in a]
print("centralities differ:", bad[:10]) if bad else None
sys.exit(1 if bad else 0)
PY
}

run generate --entities 120 --agreements 900 --multilateral 0.2 --seed 3 "$tmp/gen"
for data in "$src/graphs/space-cooperation" "$src/tests/fixtures/export/hostile" \
            "$src/tests/fixtures/graphs/multi" "$tmp/gen"; do
  name=$(basename "$data")
  for round in 1 2; do
    out="$tmp/$name.$round"
    mkdir -p "$out"
    for f in graphml gexf json; do
      check run -d "$data" export --as "$f" "$out/net.$f"
    done
    check run -d "$data" export --as csv "$out/csv"
  done
  a="$tmp/$name.1" b="$tmp/$name.2"
  for f in net.graphml net.gexf net.json csv/entities.csv csv/agreements.csv csv/types.csv; do
    check cmp "$a/$f" "$b/$f"
  done
  check xmllint --noout "$a/net.graphml"
  check xmllint --noout "$a/net.gexf"
  run -d "$data" centrality --measure partners,strength --format csv >"$a/centrality.csv"
  check "$py" "$src/tests/export-check.py" "$data" "$a" "$a/centrality.csv"
  run -d "$a/csv" check >/dev/null 2>&1 || { echo "FAILED: check of the csv export of $name"; fail=1; }
  check same_centrality "$data" "$a/csv"
  analyses "$data" >"$a/want.txt" 2>&1
  analyses "$a/csv" >"$a/got.txt" 2>&1
  if ! cmp -s "$a/want.txt" "$a/got.txt"; then
    echo "FAILED: analysis of the csv export of $name differs:"
    diff "$a/want.txt" "$a/got.txt" | head -20
    fail=1
  fi
done

# The embedded default dataset exports the same bytes as its directory.
check run export --as gexf "$tmp/embedded.gexf"
check cmp "$tmp/embedded.gexf" "$tmp/space-cooperation.1/net.gexf"
# '-' is stdout; the extension names the format when --as gives none.
run export --as json - >"$tmp/stdout.json"
check cmp "$tmp/stdout.json" "$tmp/space-cooperation.1/net.json"
for f in graphml gexf json; do
  check run export "$tmp/byname.$f"
  check cmp "$tmp/byname.$f" "$tmp/space-cooperation.1/net.$f"
done
# In any case.
check run export "$tmp/upper.GEXF"
check cmp "$tmp/upper.GEXF" "$tmp/space-cooperation.1/net.gexf"
# --as wins over the extension.
check run export --as json "$tmp/named.gexf"
check cmp "$tmp/named.gexf" "$tmp/space-cooperation.1/net.json"

# A filtered export is the filtered view: same analysis as the filters give.
filters=(--from 2000 --by-nation --exclude-type membership)
check run export "${filters[@]}" --as csv "$tmp/filtered"
run -d "$tmp/filtered" check >/dev/null 2>&1 || { echo "FAILED: check of the filtered export"; fail=1; }
check same_centrality "$src/graphs/space-cooperation" "$tmp/filtered" "${filters[@]}"
# --to DATE is the filter; the deprecated --to FORMAT (a word) still names
# the format, in either order.
run export --to 1990 --as json - >"$tmp/to1.json"
run export --to json --to 1990 - >"$tmp/to2.json"
run export --to 1990 --to json - >"$tmp/to3.json"
check cmp "$tmp/to1.json" "$tmp/to2.json"
check cmp "$tmp/to1.json" "$tmp/to3.json"
n1=$(grep -c '"key"' "$tmp/to1.json") n0=$(grep -c '"key"' "$tmp/stdout.json")
[ "$n1" -gt 0 ] && [ "$n1" -lt "$n0" ] || { echo "FAILED: --to 1990 kept $n1 of $n0 links"; fail=1; }

# Never inside the dataset directory, however it is named.
cp -r "$src/tests/fixtures/render/mini" "$tmp/ds"
before=$(ls -a "$tmp/ds")
for target in "$tmp/ds/x.json" "$tmp/ds/sub/x.json" "$tmp/ds/../ds/x.json"; do
  if run -d "$tmp/ds" export --as json "$target" 2>/dev/null; then
    echo "FAILED: wrote $target inside the dataset"; fail=1
  fi
done
for target in "$tmp/ds" "$tmp/ds/sub" "$tmp/ds/."; do
  if run -d "$tmp/ds" export --force --as csv "$target" 2>/dev/null; then
    echo "FAILED: wrote a csv export into $target inside the dataset"; fail=1
  fi
done
(cd "$tmp/ds" && "$prog" -q -d . export --as gexf x.gexf 2>/dev/null) &&
  { echo "FAILED: wrote x.gexf into the dataset (-d .)"; fail=1; }
ln -s "$tmp/ds" "$tmp/link"
run -d "$tmp/ds" export --as json "$tmp/link/x.json" 2>/dev/null &&
  { echo "FAILED: wrote through a symlink into the dataset"; fail=1; }
[ "$before" = "$(ls -a "$tmp/ds")" ] || { echo "FAILED: the dataset directory changed"; fail=1; }
check run -d "$tmp/ds" export --as json "$tmp/beside.json"

# An existing dataset is kept unless --force; no temporary file is left.
if run export --as csv "$tmp/filtered" 2>/dev/null; then
  echo "FAILED: csv export overwrote a dataset without --force"; fail=1
fi
check run export --as csv --force "$tmp/filtered"
leftover=$(find "$tmp" -name '*.tmp.*')
[ -z "$leftover" ] || { echo "FAILED: temporary files left: $leftover"; fail=1; }
exit $fail
