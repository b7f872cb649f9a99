# export --as: an unknown format close to one gets a did you mean
args: -d {fixtures}/render/mini export --as grapml {tmp}/x
status: 2
--- stdout
--- stderr
coopgraph export: unknown format 'grapml' for --as; did you mean 'graphml'?
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
