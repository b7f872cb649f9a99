# unknown method
args: -d {fixtures}/graphs/multi communities --method girvan
status: 2
--- stdout
--- stderr
coopgraph communities: unknown method 'girvan' for --method (expected leiden or louvain)
usage: coopgraph communities [OPTIONS]
Try 'coopgraph communities --help' for more information.
