# import: --source/--target and --parties together is a usage error
args: import edgelist {fixtures}/import/edges.csv {tmp}/out --source Source --target Target --parties Name
status: 2
--- stdout
--- stderr
coopgraph import: give either --source and --target, or --parties, not both
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
