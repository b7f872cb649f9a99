# no --to and an extension that names no format
args: -d {fixtures}/render/mini export {tmp}/net.txt
status: 2
--- stdout
--- stderr
coopgraph export: no format: give --to graphml, gexf, json or csv
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
