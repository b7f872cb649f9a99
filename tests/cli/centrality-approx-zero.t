# --approx needs at least one source
args: centrality --approx 0
status: 2
--- stdout
--- stderr
coopgraph centrality: --approx needs a whole number of sources from 1 to 1000000000
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
