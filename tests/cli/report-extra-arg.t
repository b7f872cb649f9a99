# report-extra-arg: one OUTDIR only
args: -d {fixtures}/render/mini report out more
status: 2
--- stdout
