# dot-size-by-unknown: a misspelt measure is a usage error
args: -d {fixtures}/render/mini dot --size-by betweeness
status: 2
--- stdout
--- stderr
coopgraph dot: unknown --size-by measure 'betweeness' (expected partners, agreements, strength, betweenness, closeness, harmonic, eigenvector or pagerank)
usage: coopgraph dot [OPTIONS]
Try 'coopgraph dot --help' for more information.
