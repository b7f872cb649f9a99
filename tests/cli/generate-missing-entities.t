# generate: missing entities is a usage error
args: generate --agreements 5 out
status: 2
--- stdout
--- stderr
coopgraph generate: --entities is required
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
