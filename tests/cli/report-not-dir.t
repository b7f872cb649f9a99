# report-not-dir: OUTDIR must be a directory
args: -d {fixtures}/render/mini report /dev/null
status: 1
--- stdout
--- stderr
coopgraph: '/dev/null' exists and is not a directory
