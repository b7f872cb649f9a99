#!/bin/sh
# figure-output.sh - every command that writes a figure takes -o FILE: the
# file holds the same bytes the command writes to stdout without -o, stdout
# stays empty, and no temporary file is left beside it. svg's image format
# comes from --image, else -o's extension; the deprecated `svg --to FORMAT`
# still works, with a note.
# Usage: figure-output.sh COOPGRAPH FIXTURES
set -u
bin=$1 fx=$2
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
say() { echo "$*"; fail=1; }

# same_as_stdout NAME ARGS...: `ARGS -o FILE` writes what `ARGS` prints.
same_as_stdout() {
  name=$1
  shift
  "$bin" -q "$@" > "$tmp/$name.stdout" || say "$name: '$*' failed"
  out=$("$bin" -q "$@" -o "$tmp/$name-o") || say "$name: '$* -o FILE' failed"
  [ -z "$out" ] || say "$name: -o FILE still wrote to stdout"
  cmp -s "$tmp/$name.stdout" "$tmp/$name-o" || say "$name: the file differs from stdout"
  [ -s "$tmp/$name-o" ] || say "$name: empty file"
}

q="-d $fx/query"
same_as_stdout svg -d "$fx/render/mini" svg
same_as_stdout dot -d "$fx/render/mini" dot
same_as_stdout timeline $q timeline --svg
same_as_stdout history $q history ISRO --svg
same_as_stdout growth $q centrality --over-time --svg
# Options in any order: -o before the operand.
out=$("$bin" -q $q history -o "$tmp/h2.svg" ISRO NASA --svg)
[ -z "$out" ] && grep -q "<svg" "$tmp/h2.svg" || say "history -o before ENTITY"

# magic FILE BYTES: the file starts with BYTES.
magic() { head -c "${#2}" "$1" | grep -q "^$2" || say "$1 does not start with $2"; }
m="-q -d $fx/render/mini svg"
"$bin" $m -o "$tmp/net.png" && magic "$tmp/net.png" "$(printf '\211PNG')"
"$bin" $m -o "$tmp/net.PDF" && magic "$tmp/net.PDF" "%PDF"
"$bin" $m -o "$tmp/net.svg" && magic "$tmp/net.svg" "<?xml"
"$bin" $m -o "$tmp/net" && magic "$tmp/net" "<?xml"
"$bin" $m --image pdf -o "$tmp/explicit.svg" && magic "$tmp/explicit.svg" "%PDF"
"$bin" $m --image png > "$tmp/stdout.png" && magic "$tmp/stdout.png" "$(printf '\211PNG')"
note=$("$bin" -d "$fx/render/mini" svg --to pdf -o "$tmp/old" 2>&1 >/dev/null)
magic "$tmp/old" "%PDF"
printf '%s\n' "$note" | grep -q "deprecated" || say "svg --to pdf: no deprecation note"
# --to DATE stays the date filter in svg.
"$bin" -q -d "$fx/render/mini" svg --to 2000 -o "$tmp/dated.svg" && magic "$tmp/dated.svg" "<?xml"

left=$(find "$tmp" -name '*.tmp.*' | head -1)
[ -z "$left" ] || say "temporary file left behind: $left"
exit $fail
