# one OUTFILE only
args: -d {fixtures}/render/mini export --to json a.json b.json
status: 2
--- stdout
--- stderr
coopgraph export: unexpected argument 'b.json'
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
