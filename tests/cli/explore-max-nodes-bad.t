# explore-max-nodes-bad: --max-nodes takes digits only
args: -d {fixtures}/render/mini explore --max-nodes -3
status: 2
--- stdout
--- stderr
coopgraph explore: option '--max-nodes' needs a whole number from 0 to 1000000000, not '-3'
usage: coopgraph explore [OPTIONS]
Try 'coopgraph explore --help' for more information.
