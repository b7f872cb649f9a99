#!/usr/bin/env bash
# readme-figure.sh PROGRAM SOURCE_DIR - the README's network figure,
# graphs/space-cooperation/network.svg, is what the program draws today
# (`coopgraph svg`, the command scripts/report runs to redraw it).
set -u
prog=$1 src=$2
tmp=$(mktemp --suffix=.svg) || exit 1
trap 'rm -f "$tmp"' EXIT
"$prog" -q svg -o "$tmp" || { echo "FAILED: $prog svg"; exit 1; }
if ! cmp -s "$tmp" "$src/graphs/space-cooperation/network.svg"; then
  echo "FAILED: graphs/space-cooperation/network.svg differs from what coopgraph svg draws;"
  echo "run scripts/report to redraw it"
  exit 1
fi
echo "graphs/space-cooperation/network.svg is up to date"
