# a missing value after an operand names the option (it was 'unknown option')
args: -d {fixtures}/query partners ISRO --top
status: 2
--- stdout
--- stderr
coopgraph partners: option '--top' needs a value
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
