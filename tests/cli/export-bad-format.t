# an unknown --to word is a usage error: exit 2
args: -d {fixtures}/render/mini export --to gif {tmp}/x.gif
status: 2
--- stdout
--- stderr
coopgraph export: unknown format 'gif' for --to (expected graphml, gexf, json or csv)
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
