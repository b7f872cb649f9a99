# stray argument: exit 2
args: -d {fixtures}/valid summary extra
status: 2
--- stdout
--- stderr
coopgraph summary: unexpected argument 'extra'
usage: coopgraph summary [OPTIONS]
Try 'coopgraph summary --help' for more information.
