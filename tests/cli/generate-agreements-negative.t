# generate: agreements negative is a usage error
args: generate --entities 10 --agreements -5 out
status: 2
--- stdout
--- stderr
coopgraph generate: option '--agreements' needs a whole number from 0 to 1000000000, not '-5'
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
