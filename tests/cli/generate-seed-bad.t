# generate: seed bad is a usage error
args: generate --entities 10 --agreements 5 --seed 0x10 out
status: 2
--- stdout
--- stderr
coopgraph generate: option '--seed' needs a whole number from 0, not '0x10'
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
