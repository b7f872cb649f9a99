# explore-max-nodes-bad: --max-nodes takes digits only
args: -d {fixtures}/render/mini explore --max-nodes -3
status: 2
--- stdout
--- stderr
coopgraph explore: --max-nodes needs a whole number (0 = draw every entity)
usage: coopgraph explore [OPTIONS]
Try 'coopgraph explore --help' for more information.
