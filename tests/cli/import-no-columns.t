# import: neither --source/--target nor --parties is a usage error
args: import edgelist {fixtures}/import/edges.csv {tmp}/out
status: 2
--- stdout
--- stderr
coopgraph import: give --source and --target, or --parties
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
