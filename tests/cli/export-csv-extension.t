# export: .csv names no format (csv writes a directory): it needs --as csv
args: -d {fixtures}/render/mini export {tmp}/net.csv
status: 2
--- stdout
--- stderr
coopgraph export: no format: give --as graphml, gexf, json or csv
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
