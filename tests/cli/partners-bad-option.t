# an unknown option is a usage error
args: -d {fixtures}/query partners ISRO --bogus
status: 2
--- stdout
--- stderr
coopgraph partners: unknown option '--bogus'
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
