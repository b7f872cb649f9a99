# --approx-above takes entities x edges as a whole number
args: centrality --approx-above 1e9
status: 2
--- stdout
--- stderr
coopgraph centrality: option '--approx-above' needs a whole number from 0, not '1e9'
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
