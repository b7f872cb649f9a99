# csv writes a directory, never stdout
args: -d {fixtures}/render/mini export --to csv -
status: 2
--- stdout
--- stderr
coopgraph export: csv writes a dataset directory, not '-' (stdout)
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
