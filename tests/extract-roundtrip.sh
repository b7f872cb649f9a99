#!/usr/bin/env bash
# extract-roundtrip.sh - extract -> review -> merge on a copy of the default
# dataset, and every refusal of merge leaving the dataset byte-identical.
# Usage: extract-roundtrip.sh COOPGRAPH SOURCE_DIR
set -u
prog=$1 src=$2
arts=$src/tests/fixtures/extract/articles
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAILED: $*"; fail=1; }

"$prog" -q export --to csv "$tmp/ds" || { echo "FAILED: export"; exit 1; }
cp -r "$tmp/ds" "$tmp/orig"

# extract: reads the dataset, never writes it; same bytes whatever the order
"$prog" -q -d "$tmp/ds" extract -o "$tmp/out" "$arts"/* || bad "extract failed"
mapfile -t rev < <(ls -r "$arts"/*)
"$prog" -q -d "$tmp/ds" extract -o "$tmp/out2" "${rev[@]}" || bad "extract (reversed) failed"
cmp -s "$tmp/out/agreements.csv" "$tmp/out2/agreements.csv" || bad "agreements.csv depends on the order"
cmp -s "$tmp/out/entities.csv" "$tmp/out2/entities.csv" || bad "entities.csv depends on the order"
diff -r "$tmp/ds" "$tmp/orig" >/dev/null || bad "extract changed the dataset"
"$prog" -q -d "$tmp/ds" extract -o "$tmp/out" "$arts"/* 2>/dev/null && bad "extract overwrote a review without --force"

# a refused merge: exit 1, a path:line:col error on stderr, the dataset byte-identical
refused() {
  local what=$1 pattern=$2; shift 2
  "$prog" "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  local st=$?
  [ "$st" = 1 ] || bad "$what: exit status $st, expected 1"
  grep -q -- "$pattern" "$tmp/stderr" || { bad "$what: no '$pattern' in:"; cat "$tmp/stderr"; }
  diff -r "$tmp/ds" "$tmp/orig" >/dev/null || bad "$what: the dataset changed"
  ls -a "$tmp/ds" | grep -q '\.tmp\|\.merge' && bad "$what: a temporary file was left behind"
}

# the reviewer accepts the NASA-KARI MoU and KARI, not the rest
cp -r "$tmp/out" "$tmp/review"
sed -i '/,NASA;KARI,/s/,$/,yes/' "$tmp/review/agreements.csv"
refused "party not accepted" "agreements.csv:[0-9]*:[0-9]*: error: party 'KARI' is proposed in" \
  -d "$tmp/ds" merge "$tmp/review"
sed -i '/^KARI,/s/,$/,yes/' "$tmp/review/entities.csv"

# refusals on broken reviews
cp -r "$tmp/review" "$tmp/baddate"
sed -i '/,NASA;KARI,/s/,2025-11-17,/,2025-13-01,/' "$tmp/baddate/agreements.csv"
refused "invalid date" "agreements.csv:[0-9]*:[0-9]*: error: invalid date '2025-13-01'" \
  -d "$tmp/ds" merge "$tmp/baddate"
cp -r "$tmp/review" "$tmp/badparty"
sed -i '/,NASA;KARI,/s/,NASA;KARI,/,NASA;KARl,/' "$tmp/badparty/agreements.csv"
refused "unknown party" "error: unknown party 'KARl'" -d "$tmp/ds" merge "$tmp/badparty"
cp -r "$tmp/review" "$tmp/badaccept"
sed -i '2s/,$/,maybe/' "$tmp/badaccept/agreements.csv"
refused "bad accept" "agreements.csv:2:[0-9]*: error: accept must be yes or no" \
  -d "$tmp/ds" merge "$tmp/badaccept"
cp -r "$tmp/review" "$tmp/clash"
sed -i '/,NASA;KARI,/s/^[^,]*,/esa-isro-2025-soi,/' "$tmp/clash/agreements.csv"
refused "agreement id clash" "error: agreement id 'esa-isro-2025-soi' is already used" \
  -d "$tmp/ds" merge "$tmp/clash"
cp -r "$tmp/review" "$tmp/entclash"
sed -i 's/^KARI,/ISRO,/; s/,NASA;KARI,/,NASA;ISRO,/' "$tmp/entclash/entities.csv" "$tmp/entclash/agreements.csv"
refused "entity id clash" "entities.csv:[0-9]*:1: error: entity id 'ISRO' clashes with entity 'ISRO'" \
  -d "$tmp/ds" merge "$tmp/entclash"
refused "embedded dataset" "copy it first with 'coopgraph export --to csv DIR'" merge "$tmp/review"

# a file whose last line has no line end: it gets one, then the rows
cp -r "$tmp/ds" "$tmp/noeol"
printf '%s' "$(cat "$tmp/ds/agreements.csv")" >"$tmp/noeol/agreements.csv"
cp "$tmp/noeol/agreements.csv" "$tmp/noeol-before.csv"
"$prog" -q -d "$tmp/noeol" merge "$tmp/review" 2>/dev/null || bad "merge into a file without a final line end failed"
n=$(stat -c %s "$tmp/noeol-before.csv")
cmp -s -n "$n" "$tmp/noeol-before.csv" "$tmp/noeol/agreements.csv" || bad "noeol: the existing bytes changed"
[ "$(tail -c +$((n + 1)) "$tmp/noeol/agreements.csv" | head -c 1 | od -An -c | tr -d ' ')" = '\n' ] ||
  bad "noeol: no line end added before the new rows"
"$prog" -q -d "$tmp/noeol" check >/dev/null 2>&1 || bad "noeol: check fails after the merge"

# the merge: accepted rows appended, existing bytes kept, the result valid
"$prog" -q -d "$tmp/ds" merge "$tmp/review" || bad "merge failed"
for f in entities.csv agreements.csv; do
  n=$(stat -c %s "$tmp/orig/$f")
  cmp -s -n "$n" "$tmp/orig/$f" "$tmp/ds/$f" || bad "$f: the existing bytes changed"
  [ "$(stat -c %s "$tmp/ds/$f")" -gt "$n" ] || bad "$f: nothing appended"
done
cmp -s "$tmp/orig/types.csv" "$tmp/ds/types.csv" || bad "types.csv changed"
"$prog" -q -d "$tmp/ds" check >/dev/null 2>&1 || bad "check fails after the merge"
[ "$(tail -n 1 "$tmp/ds/entities.csv")" = "KARI,organisation,Korea Aerospace Research Institute,," ] ||
  bad "entities.csv: unexpected last row: $(tail -n 1 "$tmp/ds/entities.csv")"
"$prog" -q -d "$tmp/ds" --format csv partners KARI >"$tmp/partners" || bad "partners KARI failed"
grep -q '^NASA,' "$tmp/partners" || { bad "partners KARI does not show NASA:"; cat "$tmp/partners"; }
"$prog" -q -d "$tmp/ds" --format csv partners "Korea Aerospace Research Institute" >/dev/null ||
  bad "KARI not found by its name"
# merging the same review again clashes, and changes nothing
cp -r "$tmp/ds" "$tmp/orig2" && rm -rf "$tmp/orig" && mv "$tmp/orig2" "$tmp/orig"
refused "second merge" "error: entity id 'KARI' clashes with entity 'KARI'" -d "$tmp/ds" merge "$tmp/review"
[ "$fail" = 0 ] && echo "extract round trip: ok"
exit $fail
