# report-not-dir: OUTDIR must be a directory
args: -d {fixtures}/render/mini report {fixtures}/render/mini/entities.csv
status: 1
--- stdout
