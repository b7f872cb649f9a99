# --top must be a whole number from 1
args: -d {fixtures}/query partners ISRO --top 0
status: 2
--- stdout
--- stderr
coopgraph partners: invalid --top '0' (expected a whole number from 1)
usage: coopgraph partners [OPTIONS]
Try 'coopgraph partners --help' for more information.
