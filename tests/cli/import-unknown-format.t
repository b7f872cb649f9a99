# import: the format word comes first; only edgelist exists
args: import gexf {fixtures}/import/edges.csv {tmp}/out --source Source --target Target
status: 2
--- stdout
--- stderr
coopgraph import: unknown format 'gexf' (expected edgelist)
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
