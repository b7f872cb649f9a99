# unknown measure: usage error with a suggestion
args: -d {fixtures}/graphs/multi centrality --measure partners,pagernk
status: 2
--- stdout
--- stderr
coopgraph centrality: unknown measure 'pagernk' for --measure; did you mean 'pagerank'?
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
