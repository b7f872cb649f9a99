#!/usr/bin/env bash
# generate-check.sh PROGRAM - a generated dataset passes `check` with no
# errors, `centrality` runs on it and agrees with NetworkX (the graph, the top
# entity's partners and every measure, by scripts/bench.d/crosscheck.py), the
# same seed gives the same bytes, a different seed different ones, and an
# existing dataset is not overwritten without --force.
set -u
prog=$1
crosscheck=$(dirname "$0")/../scripts/bench.d/crosscheck.py
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*"; fail=1; fi; }
gen() { "$prog" -q generate --entities 200 --agreements 2000 "$@"; }

check gen --seed 7 "$tmp/a"
check "$prog" -q -d "$tmp/a" check
"$prog" -q -d "$tmp/a" centrality --top 5 --format csv >"$tmp/cent.csv"
st=$?
[ "$st" = 0 ] || { echo "FAILED: centrality exit $st"; fail=1; }
n=$(wc -l <"$tmp/cent.csv")
[ "$n" = 6 ] || { echo "FAILED: centrality gave $n lines, expected 6"; fail=1; }

# The same numbers as NetworkX computes from the CSV files, on a connected
# network and on a sparse one with isolated entities and many components.
check /usr/bin/python3 "$crosscheck" "$prog" "$tmp/a" networkx
check gen --seed 3 --entities 150 --agreements 100 "$tmp/sparse"
check "$prog" -q -d "$tmp/sparse" check
check /usr/bin/python3 "$crosscheck" "$prog" "$tmp/sparse" networkx

check gen --seed 7 "$tmp/b"
check gen --seed 8 "$tmp/c"
for f in entities.csv agreements.csv types.csv; do
  check cmp "$tmp/a/$f" "$tmp/b/$f"
done
if cmp -s "$tmp/a/agreements.csv" "$tmp/c/agreements.csv"; then
  echo "FAILED: seeds 7 and 8 give the same agreements"; fail=1
fi

# An existing dataset is kept unless --force; no temporary files are left.
gen --seed 9 "$tmp/a" 2>/dev/null
st=$?
[ "$st" = 1 ] || { echo "FAILED: overwrite without --force exit $st, expected 1"; fail=1; }
check cmp -s "$tmp/a/agreements.csv" "$tmp/b/agreements.csv"
check gen --seed 8 --force "$tmp/a"
check cmp -s "$tmp/a/agreements.csv" "$tmp/c/agreements.csv"
ls -A "$tmp/a" | grep -q 'tmp' && { echo "FAILED: temporary file left"; fail=1; }
exit $fail
