# --top must be a whole number from 1
args: -d {fixtures}/query partners ISRO --top 0
status: 2
--- stdout
--- stderr
coopgraph partners: option '--top' needs a whole number from 1, not '0'
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
