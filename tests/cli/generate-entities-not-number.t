# generate: entities not number is a usage error
args: generate --entities 12x --agreements 5 out
status: 2
--- stdout
--- stderr
coopgraph generate: option '--entities' needs a whole number from 2 to 100000000, not '12x'
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
