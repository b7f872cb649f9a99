# report-missing-outdir: OUTDIR is required
args: -d {fixtures}/render/mini report
status: 2
--- stdout
