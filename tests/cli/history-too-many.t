# at most two entities
args: -d {fixtures}/query history ISRO CNES NASA
status: 2
--- stdout
--- stderr
coopgraph history: unexpected argument 'NASA'
usage: coopgraph history [OPTIONS] ENTITY [ENTITY2]
Try 'coopgraph history --help' for more information.
