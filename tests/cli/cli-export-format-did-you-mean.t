# export: an unknown format close to one gets a did you mean
args: -d {fixtures}/render/mini export --to grapml {tmp}/x
status: 2
--- stdout
--- stderr
coopgraph export: unknown format 'grapml' for --to; did you mean 'graphml'?
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
