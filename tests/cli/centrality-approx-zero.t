# --approx needs at least one source
args: centrality --approx 0
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--approx' needs a whole number from 1 to 1000000000, not '0'
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
