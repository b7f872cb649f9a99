# --approx and --exact exclude each other
args: centrality --approx 10 --exact
status: 2
--- stdout
--- stderr
coopgraph centrality: --approx and --exact exclude each other
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
