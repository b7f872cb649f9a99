# unknown sort measure
args: -d {fixtures}/graphs/multi centrality --sort xyz
status: 2
--- stdout
--- stderr
coopgraph centrality: unknown measure 'xyz' for --sort (expected partners, agreements, strength, betweenness, closeness, harmonic, eigenvector or pagerank)
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
