# svg-max-nodes-bad: --max-nodes takes a whole number
args: -d {fixtures}/render/mini svg --max-nodes many
status: 2
--- stdout
--- stderr
coopgraph svg: --max-nodes needs a whole number (0 = draw every entity)
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
