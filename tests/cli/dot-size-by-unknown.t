# dot-size-by-unknown: a misspelt measure is a usage error
args: -d {fixtures}/render/mini dot --size-by betweeness
status: 2
--- stdout
--- stderr
coopgraph dot: unknown measure 'betweeness' for --size-by; did you mean 'betweenness'?
usage: coopgraph dot [OPTIONS]
Try 'coopgraph dot --help' for more information.
