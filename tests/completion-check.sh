#!/usr/bin/env bash
# completion-check.sh - the bash completion file completes commands, options
# of a command, option values and entity ids, using the program it is given.
# Usage: completion-check.sh COOPGRAPH COMPLETION-FILE FIXTURES
set -u
bin=$1 fixtures=$3
source "$2"
fail=0

# Completes the words given (the last one is the word being typed) and
# prints the candidates, one per line, sorted.
complete_words() {
  COMP_WORDS=("$bin" "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _coopgraph
  printf '%s\n' "${COMPREPLY[@]}" | sort
}

expect() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
  if [[ $got != "$want" ]]; then
    echo "completing '$*': want '$want', got '$got'"
    fail=1
  fi
}

expect "centrality check communities" c
expect "partners" pa
expect "--measure" centrality --mea
expect "--multi --multilateral" dot --mul
expect "csv" --format c
expect "leiden louvain" communities --method l
expect "betweenness" centrality --measure be
expect "pagerank partners" centrality --sort pa
expect "agreements betweenness closeness eigenvector harmonic pagerank partners strength" svg --size-by ""
expect "ISRO" partners IS
expect "ISRO" -q history ESA IS
expect "ESA ESP EST" dot --ego ES
expect "summary" --format json su
# Values come from the option tables: choices, comma lists, and -o's files.
expect "decade" timeline --by d
expect "pdf png" svg --image p
expect "betweenness,closeness" centrality --measure betweenness,cl
expect "--image" svg --ima
expect "--wide" --wi
expect "--to --top" partners ISRO --to
# Entity ids come from the dataset that -d names.
expect "Astro" -d "$fixtures/valid" partners As
expect "Astroscale" partners As
expect "Astro" --data="$fixtures/valid" history ESA As
expect "explore export extract" ex
expect "--force" extract --fo
expect "--all" -d x merge --a
# merge's OUTDIR is a directory, extract's articles are files
expect "$fixtures/extract/articles" merge "$fixtures/extract/"
expect "$fixtures/extract/expected.csv" extract -o out "$fixtures/extract/e"
exit $fail
