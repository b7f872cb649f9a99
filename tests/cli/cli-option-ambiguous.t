# an ambiguous abbreviation names the candidates
args: -d {fixtures}/query centrality --ex
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--ex' is ambiguous: --exact, --exclude-type
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
