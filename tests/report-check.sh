#!/usr/bin/env bash
# report-check.sh PROGRAM FIXTURES_DIR - checks `coopgraph report`: every file
# is written, the page is well-formed (xmllint as XML, html-check.py as HTML), holds no
# external resource, no script but the explorer's (none in the SVG files) and
# no repeated id, the SVGs are well-formed and render, two runs give
# the same bytes, and an OUTDIR with other files is refused without --force and
# left with those files with it.
set -u
prog=$1 fixtures=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*"; fail=1; fi; }
files="index.html report.md network.svg network.dot ego.svg ego.dot timeline.svg centrality.svg centrality.csv partners-1.svg partners.csv"
n=0
for data in "$fixtures/render/mini" "$fixtures/render/hostile" ""; do
  n=$((n + 1))
  d=(); [ -n "$data" ] && d=(-d "$data")
  out=$tmp/r$n
  check "$prog" -q "${d[@]}" report "$out"
  for f in $files; do
    [ -s "$out/$f" ] || { echo "FAILED: $out/$f missing or empty"; fail=1; }
  done
  check xmllint --noout "$out/index.html"
  # As HTML (tests/html-check.py: xmllint --html reports errors that depend on byte offsets).
  check /usr/bin/python3 "$(dirname "$0")/html-check.py" "$out/index.html"
  for f in "$out"/*.svg; do
    check xmllint --noout "$f"
    check rsvg-convert -o "$tmp/x.png" "$f"
  done
  if grep -qi -e '<link' -e 'src="http' -e '@import' "$out/index.html"; then
    echo "FAILED: external content in $out/index.html"; fail=1
  fi
  # The only scripts are the explorer's: its JSON data and one inline script.
  scripts=$(grep -o '<script[^>]*>' "$out/index.html" | tr '\n' ' ')
  [ "$scripts" = '<script type="application/json" id="cg-x-data"> <script> ' ] ||
    { echo "FAILED: scripts in $out/index.html other than the explorer's: $scripts"; fail=1; }
  if grep -qi '<script' "$out"/*.svg; then
    echo "FAILED: a script in an SVG file of $out"; fail=1
  fi
  # The default dataset's page, explorer included, stays under 400 KB.
  size=$(stat -c %s "$out/index.html")
  [ -n "$data" ] || [ "$size" -lt 409600 ] || { echo "FAILED: index.html is $size bytes, over 400 KB"; fail=1; }
  dups=$(grep -o ' id="[^"]*"' "$out/index.html" | sort | uniq -d)
  [ -z "$dups" ] || { echo "FAILED: duplicate ids in $out/index.html: $dups"; fail=1; }
  grep -q '](network.svg)' "$out/report.md" || { echo "FAILED: report.md has no figure"; fail=1; }
  # A figure's .dot is the picture beside it: only Graphviz's figures have
  # one (the timeline and the charts are drawn by hand), and it draws in
  # Graphviz's dot.
  for f in "$out"/*.dot; do
    svg=${f%.dot}.svg
    grep -q 'class="graph"' "$svg" 2>/dev/null ||
      { echo "FAILED: $f beside a figure Graphviz did not draw"; fail=1; continue; }
    check dot -Tsvg -o "$tmp/x.svg" "$f"
  done
  grep -q 'href="[^"]*\.dot"' "$out/index.html" || { echo "FAILED: index.html links no DOT file"; fail=1; }
  for l in $(grep -o 'href="[^"#]*\.dot"' "$out/index.html" | sed 's/href="\(.*\)"/\1/'); do
    [ -s "$out/$l" ] || { echo "FAILED: index.html links $l, not written"; fail=1; }
  done
  # A second run into a fresh directory, and into the same one (no --force
  # needed for the report's own files), gives the same bytes.
  check "$prog" -q "${d[@]}" report "$tmp/again"
  check "$prog" -q "${d[@]}" report "$out"
  for f in $files; do
    check cmp "$out/$f" "$tmp/again/$f"
  done
  rm -rf "$tmp/again"
  ls -A "$out" | grep -q 'tmp' && { echo "FAILED: temporary file left in $out"; fail=1; }
done
# A foreign file: refused without --force (exit 1, nothing written), kept with it.
out=$tmp/foreign
mkdir "$out" && echo keep >"$out/notes.txt"
"$prog" -q report "$out" 2>/dev/null
[ $? = 1 ] || { echo "FAILED: foreign file not refused with status 1"; fail=1; }
[ "$(ls -A "$out")" = notes.txt ] || { echo "FAILED: refused report wrote files"; fail=1; }
check "$prog" -q report --force "$out"
[ "$(cat "$out/notes.txt" 2>/dev/null)" = keep ] || { echo "FAILED: --force lost notes.txt"; fail=1; }
for f in $files; do
  [ -s "$out/$f" ] || { echo "FAILED: --force did not write $f"; fail=1; }
done
check cmp "$out/index.html" "$tmp/r3/index.html"
# A report directory an older version wrote (with its timeline.dot) is the
# report's own: written again without --force, the old file left as it was.
old=$tmp/older
mkdir "$old" && echo 'graph { old }' >"$old/timeline.dot"
check "$prog" -q report "$old"
[ "$(cat "$old/timeline.dot")" = 'graph { old }' ] || { echo "FAILED: an older report's timeline.dot changed"; fail=1; }
check cmp "$old/index.html" "$tmp/r3/index.html"
# A file that is not a directory, and a missing parent, are errors (status 1).
"$prog" -q report "$out/notes.txt" 2>/dev/null
[ $? = 1 ] || { echo "FAILED: a file as OUTDIR not refused"; fail=1; }
"$prog" -q report "$tmp/no/such/dir" 2>/dev/null
[ $? = 1 ] || { echo "FAILED: missing parent not refused"; fail=1; }
exit $fail
