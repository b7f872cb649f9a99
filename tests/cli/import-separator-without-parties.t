# import: --separator only goes with --parties
args: import edgelist {fixtures}/import/edges.csv {tmp}/out --source Source --target Target --separator '|'
status: 2
--- stdout
--- stderr
coopgraph import: --separator needs --parties
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
