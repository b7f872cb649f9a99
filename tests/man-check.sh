#!/bin/sh
# man-check.sh - the manual page stays true to the program: man renders it
# without warnings, every command has a section, and every option of the
# program's option tables (`coopgraph --dump-options`, the tables the parser
# and --help are made from) is documented where a reader looks for it: a
# global option under GLOBAL OPTIONS, a filter under FILTERS, a command's
# own option in that command's section. The help itself fits 80 columns, and
# every measure of the library's registry is described.
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

# The version has one home (CMakeLists.txt's project()); the page must name the program's.
version=$("$bin" --version | awk '{ print $2 }')
if ! grep -q "^\.TH COOPGRAPH 1 \"[^\"]*\" \"coopgraph $version\"" "$page"; then
  echo "the .TH line of $page does not name version $version"
  fail=1
fi

# The page's text as the reader sees it, with roff's \- turned back into -.
text=$(sed 's/\\-/-/g' "$page")

# The lines of one section: from its heading (.SH NAME or .SS "NAME ...") to the next heading.
section() {
  printf '%s\n' "$text" | awk -v want="$1" '
    /^\.S[HS] / { h = $0; sub(/^\.S[HS] "?/, "", h); split(h, w, /[ "]/); on = (w[1] == want || h == want) }
    on { print }'
}

dump=$("$bin" --dump-options)
[ -n "$dump" ] || { echo "coopgraph --dump-options printed nothing"; exit 1; }
commands=$(printf '%s\n' "$dump" | awk -F '\t' 'NF == 1 { print $1 }')
[ -n "$commands" ] || { echo "no commands in --dump-options"; exit 1; }
for cmd in $commands; do
  if ! printf '%s\n' "$text" | grep -q "^\.SS \"$cmd"; then
    echo "command '$cmd' has no section in $page"
    fail=1
  fi
done
# --help fits an 80-column terminal, for the program and every command.
for cmd in "" $commands; do
  long=$("$bin" $cmd --help | awk 'length($0) > 80')
  if [ -n "$long" ]; then
    echo "'coopgraph $cmd --help' has lines wider than 80 columns:"
    printf '%s\n' "$long"
    fail=1
  fi
done

# Every option line: scope, --name, -s.
printf '%s\n' "$dump" | awk -F '\t' 'NF >= 4 { print $1, $2, $3 }' > "${TMPDIR:-/tmp}/man-check.$$"
while read -r scope name short; do
  case $scope in
    global) where="GLOBAL OPTIONS" ;;
    filters) where="FILTERS" ;;
    *) where=$scope ;;
  esac
  body=$(section "$where")
  if ! printf '%s\n' "$body" | grep -q -- "$name\b"; then
    echo "option $name ($scope) is not in the section '$where' of $page"
    fail=1
  fi
  if [ "$short" != "-" ] && ! printf '%s\n' "$body" | grep -q -- "$short\b"; then
    echo "short option $short ($scope) is not in the section '$where' of $page"
    fail=1
  fi
done < "${TMPDIR:-/tmp}/man-check.$$"
rm -f "${TMPDIR:-/tmp}/man-check.$$"
# Every measure of the library's registry (the choices of centrality --measure) is described.
measures=$(printf '%s\n' "$dump" | awk -F '\t' '$1 == "centrality" && $2 == "--measure" { print $5 }')
[ -n "$measures" ] || { echo "no measures in the choices of 'centrality --measure'"; exit 1; }
for m in $measures; do
  if ! printf '%s\n' "$text" | grep -q "^\.B $m\$"; then
    echo "measure '$m' is not described (.B $m) in $page"
    fail=1
  fi
done
exit $fail
