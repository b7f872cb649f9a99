# numbers are digits only in every command: centrality --top refuses ' +3' like partners --top
args: -d {fixtures}/query centrality --top ' +3'
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--top' needs a whole number from 1 to 1000000, not ' +3'
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
