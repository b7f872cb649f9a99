# ENTITY is required
args: -d {fixtures}/query partners
status: 2
--- stdout
--- stderr
coopgraph partners: missing ENTITY
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
