#!/usr/bin/env bash
# scale-check.sh PROGRAM - what happens at scale, on generated datasets:
# betweenness is estimated by itself above --approx-above (a note on stderr,
# "approx" in JSON; not with --exact; no note with -q), worker processes give
# the bytes one process gives, and `svg` of 5,000 entities draws the 300 most
# connected and says so on stderr and in its <desc> while `dot` stays complete,
# and `centrality --over-time --svg` says which panels keep straight edges.
# No timings are asserted.
set -u
prog=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if ! "$@"; then echo "FAILED: $*"; fail=1; fi; }
has() { grep -q -- "$2" "$1" || { echo "FAILED: '$2' not in $1:"; head -c 600 "$1"; fail=1; }; }
hasnt() { ! grep -q -- "$2" "$1" || { echo "FAILED: '$2' in $1"; fail=1; }; }

check "$prog" -q generate --entities 1500 --agreements 6000 --seed 4 "$tmp/mid"
cent() { "$prog" -d "$tmp/mid" --format json centrality --measure betweenness --top 3 "$@"; }

# 1500 x ~7,000 edges is above 1000: 1000 sampled sources.
check cent --approx-above 1000 >"$tmp/auto.json" 2>"$tmp/auto.err"
has "$tmp/auto.err" "note: betweenness estimated from 1000 sampled sources (seed 42)"
has "$tmp/auto.json" '"sources": 1000'
check cent --approx-above 1000 --seed 5 -q >"$tmp/quiet.json" 2>"$tmp/quiet.err"
check test ! -s "$tmp/quiet.err"
has "$tmp/quiet.json" '"seed": 5'
check cent --approx-above 1000 --exact >"$tmp/exact.json" 2>"$tmp/exact.err"
hasnt "$tmp/exact.json" '"approx"'
hasnt "$tmp/exact.err" "estimated"
check cent >"$tmp/default.json" 2>/dev/null
check cmp -s "$tmp/exact.json" "$tmp/default.json"

# Worker processes: the same bytes as one process, exact and sampled.
for extra in "" "--approx 300"; do
  "$prog" -d "$tmp/mid" --format csv centrality --jobs 1 $extra >"$tmp/j1.csv"
  "$prog" -d "$tmp/mid" --format csv centrality --jobs 2 $extra >"$tmp/j2.csv"
  "$prog" -d "$tmp/mid" --format csv centrality --jobs 3 $extra >"$tmp/j3.csv"
  check cmp "$tmp/j1.csv" "$tmp/j2.csv"
  check cmp "$tmp/j1.csv" "$tmp/j3.csv"
done

# svg at 5,000 entities: the 300 most connected, said on stderr and in <desc>.
check "$prog" -q generate --entities 5000 --agreements 6000 --seed 4 "$tmp/big"
check "$prog" -d "$tmp/big" svg -o "$tmp/big.svg" 2>"$tmp/svg.err"
has "$tmp/svg.err" "note: showing the 300 most connected of 5000 entities"
has "$tmp/svg.err" "note: layout neato chosen for 300 entities"
has "$tmp/big.svg" "showing the 300 most connected of 5000 entities"
check "$prog" -d "$tmp/big" svg --max-nodes 40 -o "$tmp/forty.svg" 2>"$tmp/forty.err"
has "$tmp/forty.svg" "showing the 40 most connected of 5000 entities"
n=$(grep -c 'class="node kind' "$tmp/forty.svg")
[ "$n" = 40 ] || { echo "FAILED: --max-nodes 40 drew $n entities"; fail=1; }
# Over time: the figure routes at most 800 partner pairs, panel by panel, so
# 2013 (645 pairs, after 569 routed before it) and 2026 (921) keep straight
# edges, said on stderr and in <desc>; a smaller series (100 entities, 647
# pairs in all) is routed in every panel and says nothing of the kind.
check "$prog" -q generate --entities 300 --agreements 1000 --seed 1 "$tmp/g300"
check "$prog" -q generate --entities 100 --agreements 300 --seed 1 "$tmp/g100"
check "$prog" -d "$tmp/g300" centrality --over-time --svg -o "$tmp/g300.svg" 2>"$tmp/g300.err"
has "$tmp/g300.err" "note: edges drawn straight, some through nodes they do not join, in 2 of 6 panels"
has "$tmp/g300.svg" "Edges are drawn straight, some through nodes they do not join, in 2013 (645 partner pairs) and 2026 (921 partner pairs): a figure routes at most 800 partner pairs"
check "$prog" -q -d "$tmp/g300" centrality --over-time --svg -o "$tmp/g300q.svg" 2>"$tmp/g300q.err"
check test ! -s "$tmp/g300q.err"
check "$prog" -d "$tmp/g100" centrality --over-time --svg -o "$tmp/g100.svg" 2>"$tmp/g100.err"
hasnt "$tmp/g100.err" "drawn straight"
hasnt "$tmp/g100.svg" "drawn straight"
# dot stays complete.
"$prog" -d "$tmp/big" dot >"$tmp/big.dot"
n=$(grep -cP '^\tE\d+\t\[' "$tmp/big.dot")
[ "$n" = 5000 ] || { echo "FAILED: dot wrote $n entities, expected 5000"; fail=1; }
exit $fail
