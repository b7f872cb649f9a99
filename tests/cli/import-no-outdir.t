# import: FILE and OUTDIR are required
args: import edgelist {fixtures}/import/edges.csv --source Source --target Target
status: 2
--- stdout
--- stderr
coopgraph import: no output directory given
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
