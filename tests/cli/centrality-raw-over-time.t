# centrality --raw is for one graph, not --over-time
args: centrality --raw --over-time
status: 2
--- stdout
--- stderr
coopgraph centrality: --raw cannot be used with --over-time
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
