#!/usr/bin/env bash
# figures.sh PROGRAM [SHOTS_DIR] - draws every figure of tests/figures.list
# and measures it as a reader meets it: inlined at 800 CSS px in Debian's
# headless Chromium (tests/browser/measure-figures.js: text >= 9 px, no
# overlapping text, no text spilling out of its node or legend cell, no edge
# through a node it does not join, width:height within 1:3..3:1). Prints one
# table per figure and a summary; fails when a figure breaks a rule (or when a
# figure marked xfail passes). SHOTS_DIR, when given, keeps a PNG per figure.
set -u
prog=$1 shots=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
command -v node >/dev/null || { echo "FAILED: node not found; run scripts/setup"; exit 1; }
[ -d "$here/browser/node_modules/playwright-core" ] ||
  { echo "FAILED: tests/browser/node_modules missing; run scripts/setup"; exit 1; }

"$prog" -q generate --entities 100 --agreements 300 --seed 1 "$tmp/gen100" >/dev/null ||
  { echo "FAILED: generate 100"; exit 1; }
"$prog" -q generate --entities 300 --agreements 1000 --seed 1 "$tmp/gen300" >/dev/null ||
  { echo "FAILED: generate 300"; exit 1; }

args=() fail=0
while read -r name data marks rest; do
  case $name in '' | '#'*) continue ;; esac
  d=()
  case $data in
    default) ;;
    gen100 | gen300) d=(-d "$tmp/$data") ;;
    *) echo "FAILED: $name: unknown data '$data'"; fail=1; continue ;;
  esac
  out=$tmp/$name.svg pipe= report=
  IFS=, read -r -a list <<<"$marks"
  for m in "${list[@]}"; do
    case $m in
      -) ;;
      edges-max=*) args+=(--edges-max "$name=${m#edges-max=}") ;;
      labels-only) args+=(--labels-only "$name") ;;
      xfail=*@*) # only these figures of a page: xfail=OWNER@1+2
        IFS=+ read -r -a nums <<<"${m#*@}"
        for k in "${nums[@]}"; do args+=(--xfail "$name#$k"); done ;;
      xfail=*) args+=(--xfail "$name") ;;
      dot-pipe) pipe=1 ;;
      report) report=1 ;;
      *) echo "FAILED: $name: unknown mark '$m'"; fail=1 ;;
    esac
  done
  read -r -a cmd <<<"$rest"
  if [ -n "$report" ]; then
    "$prog" -q "${d[@]}" "${cmd[@]}" "$tmp/$name" >/dev/null || { echo "FAILED: $name: coopgraph ${cmd[*]}"; fail=1; continue; }
    out=$tmp/$name/index.html
  elif [ -n "$pipe" ]; then
    "$prog" -q "${d[@]}" "${cmd[@]}" >"$tmp/$name.dot" && dot -Tsvg -o "$out" "$tmp/$name.dot" ||
      { echo "FAILED: $name: coopgraph ${cmd[*]} | dot -Tsvg"; fail=1; continue; }
  else
    "$prog" -q "${d[@]}" "${cmd[@]}" >"$out" || { echo "FAILED: $name: coopgraph ${cmd[*]}"; fail=1; continue; }
  fi
  args+=("$out=$name")
done <"$here/figures.list"

[ -n "$shots" ] && args=(--shots "$shots" "${args[@]}")
node "$here/browser/measure-figures.js" "${args[@]}" || fail=1
exit $fail
