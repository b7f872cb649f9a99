# OUTFILE is required
args: -d {fixtures}/render/mini export --to json
status: 2
--- stdout
--- stderr
coopgraph export: missing OUTFILE (a file, '-' for stdout, or a directory for csv)
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
