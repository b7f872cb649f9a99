# report-missing-outdir: OUTDIR is required
args: -d {fixtures}/render/mini report
status: 2
--- stdout
--- stderr
coopgraph report: missing OUTDIR
usage: coopgraph report [OPTIONS] OUTDIR
Try 'coopgraph report --help' for more information.
