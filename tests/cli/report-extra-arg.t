# report-extra-arg: one OUTDIR only
args: -d {fixtures}/render/mini report out more
status: 2
--- stdout
--- stderr
coopgraph report: unexpected argument 'more'
usage: coopgraph report [OPTIONS] OUTDIR
Try 'coopgraph report --help' for more information.
