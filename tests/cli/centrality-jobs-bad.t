# --jobs is 1 to 64 worker processes
args: centrality --jobs 65
status: 2
--- stdout
--- stderr
coopgraph centrality: --jobs needs a whole number from 1 to 64
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
