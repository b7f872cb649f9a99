# the scaling options belong to the centrality of one graph, not --over-time
args: centrality --over-time --jobs 2
status: 2
--- stdout
--- stderr
coopgraph centrality: --jobs, --approx, --exact, --seed and --approx-above do not apply to --over-time
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
