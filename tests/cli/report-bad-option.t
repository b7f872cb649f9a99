# report-bad-option: unknown options are usage errors
args: -d {fixtures}/render/mini report --bogus out
status: 2
--- stdout
--- stderr
coopgraph report: unknown option or missing value: '--bogus'
usage: coopgraph report [OPTIONS]
Try 'coopgraph report --help' for more information.
