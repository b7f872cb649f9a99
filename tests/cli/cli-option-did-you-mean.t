# an unknown option close to one gets a did you mean
args: -d {fixtures}/query centrality --mesure pagerank
status: 2
--- stdout
--- stderr
coopgraph centrality: unknown option '--mesure'; did you mean '--measure'?
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
