# coopgraph.bash - bash completion for coopgraph(1).
#
# Commands, options and option values come from the program's own option
# tables (`coopgraph --dump-options`: one line per option, SCOPE --name -s
# KIND CHOICES), so completion never lags behind the program; entity ids come
# from `coopgraph entities` on the dataset named by -d/--data, if any.

_coopgraph_data_args() {
  local i
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    case ${COMP_WORDS[i]} in
      -d | --data) printf '%s\n' --data "${COMP_WORDS[i + 1]}" ;;
      --data=*) printf '%s\n' "${COMP_WORDS[i]}" ;;
    esac
  done
}

_coopgraph_entities() {
  local data
  mapfile -t data < <(_coopgraph_data_args)
  COMPREPLY=($(compgen -W "$("$1" "${data[@]}" entities --format csv -q 2>/dev/null |
    tail -n +2 | cut -d, -f1)" -- "$2"))
}

_coopgraph() {
  local cur prev cmd="" i prog=${COMP_WORDS[0]} dump
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  dump=$("$prog" --dump-options 2>/dev/null)

  # The options that take a value, of the program and of any command.
  local valued
  valued=" $(printf '%s\n' "$dump" | awk -F '\t' 'NF >= 4 && $4 != "flag" {
    print $2; if ($3 != "-") print $3 }' | sort -u | tr '\n' ' ') "

  # The command is the first word that is not an option or an option's value.
  local globals
  globals=" $(printf '%s\n' "$dump" | awk -F '\t' '$1 == "global" && $4 != "flag" {
    print $2; if ($3 != "-") print $3 }' | tr '\n' ' ') "
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -*) [[ $globals == *" ${COMP_WORDS[i]} "* ]] && ((i++)) ;;
      *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  # The value of an option: by its kind in the tables.
  if [[ $prev == -* && $valued == *" $prev "* ]]; then
    local line kind choices
    line=$(printf '%s\n' "$dump" | awk -F '\t' -v o="$prev" -v c="$cmd" '
      ($2 == o || $3 == o) && ($1 == c || $1 == "global" || $1 == "filters") { print $4 "\t" $5; exit }')
    kind=${line%%$'\t'*}
    choices=${line#*$'\t'}
    case $kind in
      file)
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur")) ;;
      entity) _coopgraph_entities "$prog" "$cur" ;;
      choice | list)
        # A comma list completes its last element.
        local head="" last=$cur
        if [[ $kind == list && $cur == *,* ]]; then head=${cur%,*},; last=${cur##*,}; fi
        COMPREPLY=($(compgen -P "$head" -W "$choices" -- "$last")) ;;
    esac
    return
  fi

  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "$(printf '%s\n' "$dump" | awk -F '\t' '$1 == "global" {
        print $2; if ($3 != "-") print $3 }')" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "$(printf '%s\n' "$dump" | awk -F '\t' 'NF == 1') help" -- "$cur"))
    fi
    return
  fi

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$(printf '%s\n' "$dump" | awk -F '\t' -v c="$cmd" '
      $1 == c && $2 == "@filters" { f = 1 }
      $1 == c && NF >= 4 { print $2 }
      $1 == "filters" { filt[++n] = $2 }
      END { if (f) for (i = 1; i <= n; i++) print filt[i] }')" -- "$cur"))
    return
  fi

  case $cmd in
    partners | history) _coopgraph_entities "$prog" "$cur" ;;
    merge)
      # OUTDIR: a directory that extract wrote
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -d -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W "$(printf '%s\n' "$dump" | awk -F '\t' 'NF == 1')" -- "$cur")) ;;
    *)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}

complete -F _coopgraph coopgraph
