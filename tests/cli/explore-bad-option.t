# explore-bad-option: unknown options are usage errors
args: -d {fixtures}/render/mini explore --bogus
status: 2
--- stdout
--- stderr
coopgraph explore: unknown option '--bogus'
usage: coopgraph explore [OPTIONS]
Try 'coopgraph explore --help' for more information.
