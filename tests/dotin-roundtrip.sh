#!/usr/bin/env bash
# dotin-roundtrip.sh PROGRAM SOURCE_DIR - `dot --multi` read back with
# -d FILE.dot is the same dataset: for the default dataset and the fixture
# datasets, `history` of pairs and of single entities, `partners` of
# entities, `centrality` (every measure, CSV), and the entity and agreement
# listings are byte-identical to those of the CSV dataset. On the default
# dataset every other command also runs on the DOT file. A generated dataset
# adds many large multilateral agreements.
set -u
prog=$1 src=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0 compared=0
same() { # DATASET DOTFILE ARGS...: the command succeeds and gives the same bytes on both
  local ds=$1 dot=$2
  shift 2
  "$prog" -q -d "$ds" "$@" >"$tmp/csv.out" 2>&1
  local a=$?
  compared=$((compared + 1))
  "$prog" -q -d "$dot" "$@" >"$tmp/dot.out" 2>&1
  local b=$?
  # Both runs must succeed: two identical error messages are no round trip.
  if [ "$a" != 0 ] || [ "$b" != 0 ]; then
    echo "FAILED: $ds: '$*' exit $a on the CSV dataset, $b on the DOT file"
    head -3 "$tmp/csv.out" "$tmp/dot.out"
    fail=1
  elif ! cmp -s "$tmp/csv.out" "$tmp/dot.out"; then
    echo "FAILED: $ds: '$*' differs (--- csv, +++ dot)"
    diff -u "$tmp/csv.out" "$tmp/dot.out" | sed 1,2d | head -10
    fail=1
  fi
}

# A generated dataset adds many agreements of up to 6 parties (edge keys up to "ID#15").
"$prog" -q generate --entities 100 --agreements 600 --multilateral 0.3 --seed 5 "$tmp/generated" ||
  { echo "FAILED: generate"; fail=1; }
datasets=("$src/graphs/space-cooperation" "$src"/tests/fixtures/graphs/* "$src/tests/fixtures/valid"
          "$src/tests/fixtures/query" "$src"/tests/fixtures/render/* "$tmp/generated")
for ds in "${datasets[@]}"; do
  dot=$tmp/$(basename "$ds").dot
  if ! "$prog" -q -d "$ds" dot --multi >"$dot"; then
    echo "FAILED: $ds: dot --multi"; fail=1; continue
  fi
  same "$ds" "$dot" --format csv centrality
  same "$ds" "$dot" --format csv entities
  same "$ds" "$dot" --format csv agreements
  # The ten most active entities, each with its top partner.
  ids=$("$prog" -q -d "$ds" --format csv summary --top 10 | grep '^top,' | cut -d, -f2)
  [ -n "$ids" ] || { echo "FAILED: $ds: summary --top 10 lists no entity"; fail=1; }
  pairs=0
  for id in $ids; do
    same "$ds" "$dot" partners "$id"
    same "$ds" "$dot" --format csv partners "$id"
    same "$ds" "$dot" history "$id"
    top=$("$prog" -q -d "$ds" --format csv partners "$id" --top 1 | sed -n 2p | cut -d, -f1)
    # An entity whose agreements all lack a second party has no partner.
    [ -n "$top" ] || continue
    pairs=$((pairs + 1))
    same "$ds" "$dot" history "$id" "$top"
    same "$ds" "$dot" --format json history "$id" "$top"
  done
  [ "$pairs" -gt 0 ] || { echo "FAILED: $ds: no pair's history compared"; fail=1; }
done

# Every command works on a DOT dataset.
dot=$tmp/space-cooperation.dot
for args in "check" "summary" "entities" "agreements --entity ESA" "partners ISRO" \
            "history ESA NASA --svg" "timeline --by decade" "timeline --svg" \
            "centrality --over-time --by decade" "communities" "dot" "dot --ego ISRO" \
            "svg -o $tmp/net.svg" "report $tmp/report"; do
  # shellcheck disable=SC2086
  if ! "$prog" -q -d "$dot" $args >/dev/null 2>"$tmp/err"; then
    echo "FAILED: -d FILE.dot $args"; head -3 "$tmp/err"; fail=1
  fi
done
[ -s "$tmp/net.svg" ] && [ -s "$tmp/report/index.html" ] || { echo "FAILED: no svg or report"; fail=1; }
echo "${#datasets[@]} datasets, $compared outputs compared"
exit $fail
