#!/usr/bin/env bash
# hostile-writes.sh PROGRAM FIXTURES_DIR - no command writes inside the dataset
# directory, and a failed or interrupted write leaves no partial file.
# Tests may run as root, where a read-only directory does not stop writes: so
# besides making the copy read-only, a checksum listing of it is compared
# before and after every command.
set -u
prog=$(realpath "$1") fixtures=$2
tmp=$(mktemp -d) || exit 1
trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
fail=0
ds=$tmp/dataset
cp -r "$fixtures/render/mini" "$ds"
listing() { (cd "$ds" && find . -printf '%p %m %s\n' | sort && find . -type f -exec sha256sum {} + | sort); }
chmod -R a-w "$ds"
listing >"$tmp/before"
first=$("$prog" -q -d "$ds" --format csv entities | sed -n '2s/,.*//p')
second=$("$prog" -q -d "$ds" --format csv entities | sed -n '3s/,.*//p')
# Every command of `coopgraph --help`, with arguments where it needs them;
# commands this script does not know run with no arguments.
commands=$("$prog" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
[ -n "$commands" ] || { echo "FAILED: no commands in --help"; fail=1; }
n=0
for cmd in $commands; do
  case $cmd in
    partners) runs=("partners $first") ;;
    history) runs=("history $first" "history $first $second --svg") ;;
    timeline) runs=("timeline" "timeline --svg") ;;
    centrality) runs=("centrality" "centrality --over-time --svg") ;;
    svg) runs=("svg" "svg -o $tmp/out.svg") ;;
    dot) runs=("dot" "dot --multi") ;;
    report) runs=("report $tmp/report") ;;
    generate) runs=("generate --entities 10 --agreements 20 $tmp/gen") ;;
    *) runs=("$cmd") ;;
  esac
  for args in "${runs[@]}"; do
    for dir in "$tmp" "$ds"; do # also with the dataset as the working directory
      n=$((n + 1))
      # shellcheck disable=SC2086
      (cd "$dir" && timeout 120 "$prog" -q -d "$ds" $args >/dev/null 2>"$tmp/err")
      [ $? -ge 124 ] && { echo "FAILED: $args crashed or hung"; fail=1; }
      listing >"$tmp/after"
      if ! cmp -s "$tmp/before" "$tmp/after"; then
        echo "FAILED: '$args' (in $dir) changed the dataset directory:"
        diff "$tmp/before" "$tmp/after" | head
        fail=1
        listing >"$tmp/before"
      fi
    done
  done
done
[ "$n" -ge 20 ] || { echo "FAILED: only $n runs"; fail=1; }

# A write that fails leaves neither the target nor a temporary file.
mkdir "$tmp/w"
echo file >"$tmp/w/afile"
mkdir "$tmp/w/adir.svg"
for target in "$tmp/w/afile/x.svg" "$tmp/w/adir.svg" "$tmp/w/missing/x.svg"; do
  if "$prog" -q svg -o "$target" 2>/dev/null; then echo "FAILED: svg -o $target succeeded"; fail=1; fi
done
[ "$(cd "$tmp/w" && find . | sort | tr '\n' ' ')" = ". ./adir.svg ./afile " ] ||
  { echo "FAILED: failed writes left files:"; find "$tmp/w"; fail=1; }
if "$prog" -q report "$tmp/w/afile" 2>/dev/null; then echo "FAILED: report into a file"; fail=1; fi

# An interrupted drawing leaves nothing: the file is written, to a temporary
# name then renamed, only once the figure is complete.
"$prog" -q generate --entities 3000 --agreements 6000 --seed 3 "$tmp/big" >/dev/null
mkdir "$tmp/k"
for sig in TERM INT KILL; do
  "$prog" -q -d "$tmp/big" svg -o "$tmp/k/x.svg" 2>/dev/null &
  pid=$!
  sleep 2
  kill -s "$sig" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  left=$(ls -A "$tmp/k")
  # Finished before the signal: then the whole file is there, and only it.
  if [ -n "$left" ] && { [ "$left" != x.svg ] || ! xmllint --noout "$tmp/k/x.svg" 2>/dev/null; }; then
    echo "FAILED: SIG$sig left a partial or temporary file: $left"; fail=1
  fi
  rm -f "$tmp/k/x.svg"
done
exit $fail
