#!/usr/bin/env bash
# make-seeds.sh - writes the seed corpus of every fuzz target, from the
# project's own fixtures, into OUTDIR/<target>/ (one file per input, the same
# names and bytes on every run). scripts/fuzz starts libFuzzer from it, and
# ctest replays it (tests/fuzz/fuzz.cmake).
# Usage: tests/fuzz/make-seeds.sh OUTDIR [COOPGRAPH]
#   COOPGRAPH: the program, whose `dot` output seeds the DOT reader.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [COOPGRAPH]" >&2; exit 2; }
out=$1
cli=${2:-}
src=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"/{csv,date,load,render,dot,article}

# A file name from a path: tests/fixtures/valid/x.csv -> valid_x.csv
name_of() { local p=${1#"$src"/}; p=${p#tests/fixtures/}; echo "${p//\//_}"; }

# CSV: every fixture file behind an options byte: 0 (defaults) and one with
# tight limits (max_field 2^5, max_fields 4) so the limit paths are seeded.
while IFS= read -r f; do
  n=$(name_of "$f")
  { printf '\000'; cat "$f"; } >"$out/csv/$n"
  { printf '\105'; cat "$f"; } >"$out/csv/tight-$n"
done < <(find "$src/tests/fixtures" "$src/graphs/space-cooperation" -name '*.csv' | sort)

# Datasets, for the loader and the DOT writer: flags byte, then the files
# separated by a form-feed line (see common.h).
while IFS= read -r d; do
  [ -e "$d/entities.csv" ] || [ -e "$d/agreements.csv" ] || continue
  n=$(name_of "$d")
  seed() {
    printf "\\$(printf '%03o' "$1")"
    cat "$d/entities.csv" 2>/dev/null || true
    printf '\f\n'
    cat "$d/agreements.csv" 2>/dev/null || true
    if [ -e "$d/types.csv" ]; then printf '\f\n'; cat "$d/types.csv"; fi
  }
  seed 0 >"$out/load/$n"
  seed 46 >"$out/load/filtered-$n" # by_nation, skip multilateral, exclude a type
  seed 0 >"$out/render/$n"
  seed 1 >"$out/render/multi-$n"
done < <(find "$src/tests/fixtures" "$src/graphs" -mindepth 1 -type d | sort)

# Dates: every date and end date written in the fixtures, and the edges of
# the calendar, one per file; then a few triples for the comparisons.
{
  find "$src/tests/fixtures" "$src/graphs" -name agreements.csv -print0 |
    xargs -0 /usr/bin/python3 -c '
import csv, sys
seen = set()
for path in sys.argv[1:]:
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for k in ("date", "end"):
                    v = row.get(k)
                    if v is not None and len(v) < 40: seen.add(v)
    except (UnicodeDecodeError, csv.Error, ValueError):
        pass
for v in sorted(seen): print(v)'
  printf '%s\n' 0001 9999 0000 0001-01-01 9999-12-31 2000-02-29 1900-02-29 2024-02-29 \
    2023-02-29 2025-13 2025-00 2025-04-31 2025- 2025-0 20250 -2025 2025-1-1
} | sort -u | {
  i=0
  while IFS= read -r v; do
    printf '%s' "$v" >"$out/date/d$(printf '%04d' $i)"
    i=$((i + 1))
  done
}
printf '2005\n2005-01\n2005-01-01' >"$out/date/triple-nested"
printf '2005-12-31\n2006\n' >"$out/date/triple-adjacent"
printf '\n1999-12\n9999-12-31' >"$out/date/triple-unknown"

# DOT: the program's own output on the fixture datasets, and any .dot/.gv fixture.
if [ -n "$cli" ]; then
  for d in "$src/tests/fixtures/valid" "$src/tests/fixtures/query" "$src/tests/fixtures/graphs"/* \
    "$src/tests/fixtures/render"/* "$src/graphs/space-cooperation"; do
    n=$(name_of "$d")
    "$cli" -q -d "$d" dot >"$out/dot/$n.dot" 2>/dev/null || rm -f "$out/dot/$n.dot"
    "$cli" -q -d "$d" dot --multi >"$out/dot/multi-$n.dot" 2>/dev/null || rm -f "$out/dot/multi-$n.dot"
  done
fi
while IFS= read -r f; do
  cp "$f" "$out/dot/$(name_of "$f")"
done < <(find "$src/tests/fixtures" \( -name '*.dot' -o -name '*.gv' \) | sort)
printf 'graph { a -- b }\n' >"$out/dot/tiny.dot"

# Articles: the extract fixtures, each behind every format byte (text,
# Markdown, HTML, by content), and a few shapes of HTML tag soup.
while IFS= read -r f; do
  n=$(name_of "$f")
  for b in 0 1 2 3; do
    { printf "\\$(printf '%03o' "$b")"; cat "$f"; } >"$out/article/$b-$n"
  done
done < <(find "$src/tests/fixtures/extract/articles" -type f | sort)
printf '\002<p>ESA and <b>ISRO</b> signed<p>an agreement &amp; a <script>x</script>pact' >"$out/article/soup"
printf '\000Date: 2025-11-18\n\nOn Monday ESA and ISRO signed an agreement. Dr. A. B. met.\n' >"$out/article/relative"
