#!/usr/bin/env bash
# figures-self.sh - the figure measurer catches what it is for: on figures
# broken on purpose (tests/fixtures/figures) it must report each fault, and
# fail.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(node "$here/browser/measure-figures.js" "$here/fixtures/figures/broken.svg" \
  "$here/fixtures/figures/strip.svg") && { echo "FAILED: the measurer passed broken figures"; exit 1; }
fail=0
expect() {
  grep -qF -- "$1" <<<"$out" || { echo "FAILED: expected '$1' in:"; echo "$out"; fail=1; }
}
expect 'overlap: "DDD" / "EEE"'
expect 'spill: "Memorandum" leaves its node "A"'
expect 'crossing: D--C through B'
expect '1 of 2 edges (50.0%) cross nodes they do not join'
expect 'text 5.6 px < 9 px'
expect 'width:height 10.00 outside 1:3..3:1'
expect '2 figure(s) FAILED'
[ $fail = 0 ] && echo "the measurer reports every fault of the broken figures"
exit $fail
