# coopgraph.bash - bash completion for coopgraph(1).
#
# Commands and options are read from the program's own help, so completion
# never lags behind the program; entity ids come from `coopgraph entities`
# on the dataset named by -d/--data, if any.

_coopgraph_data_args() {
  local i
  for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
    case ${COMP_WORDS[i]} in
      -d | --data) printf '%s\n' --data "${COMP_WORDS[i + 1]}" ;;
      --data=*) printf '%s\n' "${COMP_WORDS[i]}" ;;
    esac
  done
}

_coopgraph() {
  local cur prev cmd="" i prog=${COMP_WORDS[0]}
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}

  # The command is the first word that is not an option or an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      -d | --data | --format) ((i++)) ;;
      -*) ;;
      *) cmd=${COMP_WORDS[i]}; break ;;
    esac
  done

  case $prev in
    -d | --data | -o | --output)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    --format) COMPREPLY=($(compgen -W "table csv json" -- "$cur")); return ;;
    --multilateral) COMPREPLY=($(compgen -W "clique skip" -- "$cur")); return ;;
    --by) COMPREPLY=($(compgen -W "year decade month" -- "$cur")); return ;;
    --method) COMPREPLY=($(compgen -W "leiden louvain" -- "$cur")); return ;;
    --layout) COMPREPLY=($(compgen -W "auto dot neato fdp sfdp circo twopi" -- "$cur")); return ;;
    --labels) COMPREPLY=($(compgen -W "id name" -- "$cur")); return ;;
    --legend) COMPREPLY=($(compgen -W "auto none" -- "$cur")); return ;;
    --measure | --sort | --size-by)
      COMPREPLY=($(compgen -W "partners agreements strength betweenness closeness harmonic eigenvector pagerank" -- "$cur"))
      return ;;
    --ego | --entity)
      local data
      mapfile -t data < <(_coopgraph_data_args)
      COMPREPLY=($(compgen -W "$("$prog" "${data[@]}" entities --format csv -q 2>/dev/null |
        tail -n +2 | cut -d, -f1)" -- "$cur"))
      return ;;
  esac

  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W "$("$prog" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u) -d -q -h" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "$("$prog" help 2>/dev/null | sed -n '/^Commands:/,/^$/p' |
        awk 'NR > 1 && NF { print $1 }') help" -- "$cur"))
    fi
    return
  fi

  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$("$prog" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)" -- "$cur"))
    return
  fi

  case $cmd in
    partners | history)
      local data
      mapfile -t data < <(_coopgraph_data_args)
      COMPREPLY=($(compgen -W "$("$prog" "${data[@]}" entities --format csv -q 2>/dev/null |
        tail -n +2 | cut -d, -f1)" -- "$cur")) ;;
    help)
      COMPREPLY=($(compgen -W "$("$prog" help 2>/dev/null | sed -n '/^Commands:/,/^$/p' |
        awk 'NR > 1 && NF { print $1 }')" -- "$cur")) ;;
    *)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}

complete -F _coopgraph coopgraph
