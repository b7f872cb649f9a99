#!/usr/bin/env bash
# dotin-examples.sh PROGRAM REFDIR [EXAMPLES_DIR] - real-world Graphviz graphs
# (every .gv example of Debian's graphviz-doc, gzipped ones included) read
# with -d FILE.gv:
#   - `check`, `summary` and `centrality` exit 0 on each (none of them is
#     unreadable: Latin-1 ones declare charset=latin1, directed ones are read
#     as undirected) and print no error;
#   - the agreements plus the self-loops left out are the edges Graphviz's
#     own `gc -e` counts;
#   - partners, agreements and betweenness equal pydot + NetworkX's
#     (tests/fixtures/dot/reference, from scripts/dot-reference) for the
#     examples pydot reads in full.
# Exits 77 (skipped) when graphviz-doc is not installed, and fails then
# instead when CI is set (a skipped test must not pass for a green CI).
set -u
prog=$1 refdir=$2 examples=${3:-/usr/share/doc/graphviz/examples}
if [ ! -d "$examples" ]; then
  echo "SKIP: no $examples: install graphviz-doc (scripts/setup)"
  [ -z "${CI:-}" ] || { echo "FAILED: CI is set, and a skipped test fails under CI"; exit 1; }
  exit 77
fi
command -v gc >/dev/null || { echo "FAILED: Graphviz's gc is missing (scripts/setup installs graphviz)"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0 n=0 compared=0
while IFS= read -r f; do
  name=$(basename "${f%.gz}")
  gv=$tmp/$name
  if [ "${f%.gz}" != "$f" ]; then gzip -dc "$f" >"$gv"; else cp "$f" "$gv"; fi
  n=$((n + 1))
  for cmd in check summary centrality; do
    "$prog" -d "$gv" $cmd >"$tmp/out" 2>"$tmp/err"
    st=$?
    if [ "$st" != 0 ] || grep -q ": error: " "$tmp/err"; then
      echo "FAILED: $name: $cmd exit $st"; sed 's/^/  /' "$tmp/err" | head -5; fail=1
    fi
  done
  "$prog" -d "$gv" --format json check >"$tmp/json" 2>"$tmp/err"
  agreements=$(sed -n 's/.*"agreements": *\([0-9]*\).*/\1/p' "$tmp/json" | head -1)
  loops=$(grep -c "self-loop" "$tmp/err")
  edges=$(gc -e "$gv" 2>/dev/null | awk 'NR == 1 { print $1 }')
  if [ -z "$edges" ] || [ -z "$agreements" ] || [ "$((agreements + loops))" != "$edges" ]; then
    echo "FAILED: $name: $agreements agreements + $loops self-loops, gc -e counts $edges edges"
    fail=1
  fi
  if [ -f "$refdir/$name.txt" ]; then
    compared=$((compared + 1))
    "$prog" -q -d "$gv" --format csv centrality --measure partners,agreements,betweenness |
      awk -F, 'NR > 1 { printf "%d %d %.6f\n", $(NF-2), $(NF-1), $NF }' | LC_ALL=C sort >"$tmp/got"
    LC_ALL=C sort "$refdir/$name.txt" >"$tmp/want"
    if ! cmp -s "$tmp/want" "$tmp/got"; then
      echo "FAILED: $name: differs from NetworkX (--- networkx, +++ coopgraph)"
      diff -u "$tmp/want" "$tmp/got" | sed 1,2d | head -10; fail=1
    fi
  fi
done < <(find "$examples" -name '*.gv' -o -name '*.gv.gz' | LC_ALL=C sort)
[ "$n" -gt 0 ] || { echo "FAILED: no .gv files under $examples"; fail=1; }
nref=$(ls "$refdir"/*.txt 2>/dev/null | wc -l)
# Every reference file names an example that was read and compared.
[ "$compared" = "$nref" ] && [ "$nref" -gt 0 ] ||
  { echo "FAILED: $compared examples compared with NetworkX, $nref reference files"; fail=1; }
echo "$n example graphs read (edge counts checked with gc), $compared checked against NetworkX"
exit $fail
