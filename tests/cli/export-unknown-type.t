# filters are checked like everywhere: unknown type, exit 2
args: -d {fixtures}/render/mini export --type launc --to json -
status: 2
--- stdout
--- stderr
coopgraph export: unknown type 'launc' for --type; did you mean 'launch'?
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
