# --approx-above takes entities x edges as a whole number
args: centrality --approx-above 1e9
status: 2
--- stdout
--- stderr
coopgraph centrality: --approx-above needs a whole number (entities x edges; 0 = never)
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
