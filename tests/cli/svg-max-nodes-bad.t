# svg-max-nodes-bad: --max-nodes takes a whole number
args: -d {fixtures}/render/mini svg --max-nodes many
status: 2
--- stdout
--- stderr
coopgraph svg: option '--max-nodes' needs a whole number from 0 to 1000000000, not 'many'
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
