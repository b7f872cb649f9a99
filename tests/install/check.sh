#!/usr/bin/env bash
# check.sh BUILD_DIR SOURCE_DIR CFLAGS - installs the build into a temporary
# prefix, checks the installed layout, builds tests/install/example.c with
# `pkg-config --cflags --libs coopgraph` and runs it on the installed dataset.
set -u
build=$1 src=$2 extra=${3:-}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/p" >/dev/null || { echo "install failed"; exit 1; }
for f in bin/coopgraph lib/libcoopgraph.a include/coopgraph/coopgraph.h \
         lib/pkgconfig/coopgraph.pc share/coopgraph/space-cooperation/agreements.csv \
         share/man/man1/coopgraph.1 share/bash-completion/completions/coopgraph; do
  [ -e "$tmp/p/$f" ] || { echo "not installed: $f"; exit 1; }
done
export PKG_CONFIG_PATH=$tmp/p/lib/pkgconfig
# shellcheck disable=SC2046,SC2086
cc -std=c11 -Wall -Wextra -Wpedantic -Werror $extra "$src/tests/install/example.c" \
   $(pkg-config --cflags --libs coopgraph) -o "$tmp/example" || { echo "example does not build"; exit 1; }
out=$("$tmp/example" "$tmp/p/share/coopgraph/space-cooperation") || { echo "example failed"; exit 1; }
echo "$out"
[ "$out" = "50 entities, 73 agreements; most partners: ESA (34)" ] || { echo "unexpected output"; exit 1; }
"$tmp/p/bin/coopgraph" -q summary >/dev/null || { echo "installed program failed"; exit 1; }
warn=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$tmp/p/share/man/man1/coopgraph.1" 2>&1 >/dev/null)
[ -z "$warn" ] || { echo "installed man page: $warn"; exit 1; }
bash -c "source '$tmp/p/share/bash-completion/completions/coopgraph' && complete -p coopgraph" \
  >/dev/null || { echo "installed completion does not load"; exit 1; }
