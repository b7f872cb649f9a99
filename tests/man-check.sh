#!/bin/sh
# man-check.sh - the manual page stays true to the program: man renders it
# without warnings, and every command and long option that the program's
# own help lists is documented in it.
# Usage: man-check.sh COOPGRAPH MANPAGE
set -eu
bin=$1 page=$2
fail=0

# man's status counts too: a page it cannot render at all must not pass silently.
if ! warn=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null); then
  echo "man -l failed: $warn"
  fail=1
elif [ -n "$warn" ]; then
  echo "man -l printed warnings:"
  echo "$warn"
  fail=1
fi

# The page's text as the reader sees it, with roff's \- turned back into -.
text=$(sed 's/\\-/-/g' "$page")

commands=$("$bin" help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || { echo "no commands found in 'coopgraph help'"; exit 1; }
for cmd in $commands; do
  if ! printf '%s\n' "$text" | grep -q "^\.SS \"$cmd"; then
    echo "command '$cmd' has no section in $page"
    fail=1
  fi
  for opt in $("$bin" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    if ! printf '%s\n' "$text" | grep -q -- "$opt"; then
      echo "option $opt of '$cmd' is not in $page"
      fail=1
    fi
  done
done
exit $fail
