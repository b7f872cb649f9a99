# generate: multilateral range is a usage error
args: generate --entities 10 --agreements 5 --multilateral 1.5 out
status: 2
--- stdout
--- stderr
coopgraph generate: option '--multilateral' needs a number from 0 to 1, not '1.5'
usage: coopgraph generate [OPTIONS] --entities N --agreements M OUTDIR
Try 'coopgraph generate --help' for more information.
