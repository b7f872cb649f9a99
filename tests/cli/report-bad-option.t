# report-bad-option: unknown options are usage errors
args: -d {fixtures}/render/mini report --bogus out
status: 2
--- stdout
--- stderr
coopgraph report: unknown option '--bogus'
usage: coopgraph report [OPTIONS] OUTDIR
Try 'coopgraph report --help' for more information.
