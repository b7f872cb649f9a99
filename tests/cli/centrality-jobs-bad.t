# --jobs is 1 to 64 worker processes
args: centrality --jobs 65
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--jobs' needs a whole number from 1 to 64, not '65'
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
