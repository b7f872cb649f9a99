# generate: no outdir is a usage error
args: generate --entities 10 --agreements 5
status: 2
--- stdout
--- stderr
coopgraph generate: no output directory given
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
