# --svg draws the network over time: without --over-time it is a usage error
args: -d {fixtures}/graphs/multi centrality --svg
status: 2
--- stdout
--- stderr
coopgraph centrality: --svg needs --over-time
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
