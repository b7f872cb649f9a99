#!/usr/bin/env bash
# valgrind.sh PROGRAM - runs every command of an un-sanitized build under
# valgrind (memcheck) on the default dataset and on a small generated one.
# Memory errors and "definitely" or "indirectly lost" blocks fail; "still
# reachable" (Graphviz, fontconfig and pango caches kept for the process
# lifetime) is fine. tests/valgrind.supp lists what is suppressed, and why.
# scripts/test runs it on build/coopgraph (ASan builds cannot run under valgrind).
set -u
prog=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
vg=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect
    --show-leak-kinds=definite,indirect --error-exitcode=99
    --suppressions="$here/valgrind.supp")
"$prog" -q generate --entities 40 --agreements 120 --multilateral 0.2 --seed 7 "$tmp/gen" >/dev/null || exit 1
printf 'a,b\nX,Y\nY,Z\nX,Z\n' >"$tmp/edges.csv"
commands=$("$prog" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
for data in "" "$tmp/gen"; do
  d=(); [ -n "$data" ] && d=(-d "$data")
  first=$("$prog" -q "${d[@]}" --format csv entities | sed -n '2s/,.*//p')
  second=$("$prog" -q "${d[@]}" --format csv entities | sed -n '3s/,.*//p')
  for cmd in $commands; do
    case $cmd in
      partners) runs=("partners $first" "partners $first --svg") ;;
      history) runs=("history $first" "history $first $second --svg") ;;
      timeline) runs=("timeline" "timeline --svg" "timeline --svg --by decade") ;;
      centrality) runs=("centrality" "centrality --svg" "centrality --over-time --svg") ;;
      communities) runs=("communities" "--format json communities --method louvain") ;;
      svg) runs=("svg" "svg --image png" "svg --image pdf") ;;
      dot) runs=("dot --multi" "dot --ego $first --size-by pagerank") ;;
      report) runs=("report $tmp/report") ;;
      generate) runs=("generate --entities 20 --agreements 50 $tmp/g2") ;;
      import) runs=("import edgelist $tmp/edges.csv $tmp/g2 --source a --target b") ;;
      export) runs=("export $tmp/x.graphml" "export --as gexf $tmp/x.gexf" "export --to csv $tmp/g2") ;;
      check) runs=("check" "--format json check") ;;
      explore) runs=("explore -o $tmp/x.html") ;;
      extract) rm -rf "$tmp/ex"
        runs=("extract -o $tmp/ex $here/fixtures/extract/articles/101_esa_jaxa.txt $here/fixtures/extract/articles/103_isro_cnes.html") ;;
      # merge rewrites the dataset it is given: only the generated copy, last in the list.
      merge) runs=(); [ -n "$data" ] && runs=("merge --all $tmp/ex") ;;
      *) runs=("$cmd") ;;
    esac
    for args in "${runs[@]}"; do
      rm -rf "$tmp/report" "$tmp/g2"
      # shellcheck disable=SC2086
      timeout 600 "${vg[@]}" "$prog" -q "${d[@]}" $args >/dev/null 2>"$tmp/vg"
      st=$?
      if [ "$st" = 99 ] || grep -q '^==[0-9]*== [A-Z]' "$tmp/vg"; then
        echo "FAILED: valgrind: ${d[*]} $args"
        head -60 "$tmp/vg"
        fail=1
      elif [ "$st" != 0 ]; then
        # A usage error would check only the usage path: each run must succeed.
        echo "FAILED: ${d[*]} $args: status $st"; head -5 "$tmp/vg"; fail=1
      fi
    done
  done
done
# A bad dataset: the error paths free what they allocated too.
printf 'id,kind\nA,agency\nA,agency\n' >"$tmp/gen/entities.csv"
timeout 600 "${vg[@]}" "$prog" -q -d "$tmp/gen" check >/dev/null 2>"$tmp/vg"
[ $? = 99 ] && { echo "FAILED: valgrind: check of a bad dataset"; head -60 "$tmp/vg"; fail=1; }
exit $fail
