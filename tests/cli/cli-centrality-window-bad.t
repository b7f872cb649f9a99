# --window too: digits only
args: -d {fixtures}/query centrality --over-time --window 1e2
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--window' needs a whole number from 1 to 1000000, not '1e2'
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
