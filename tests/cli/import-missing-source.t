# import: --target without --source is a usage error
args: import edgelist {fixtures}/import/edges.csv {tmp}/out --target Target
status: 2
--- stdout
--- stderr
coopgraph import: --source and --target go together
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
