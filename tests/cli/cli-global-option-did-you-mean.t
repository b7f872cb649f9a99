# a misspelt global option after the command gets a did you mean too
args: -d {fixtures}/query partners ISRO --formt json
status: 2
--- stdout
--- stderr
coopgraph partners: unknown option '--formt'; did you mean '--format'?
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
