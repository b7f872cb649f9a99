# history of an entity with itself is an error
args: -d {fixtures}/query history ISRO isro
status: 2
--- stdout
--- stderr
coopgraph history: 'ISRO' and 'isro' are the same entity (ISRO): give two different ones
usage: coopgraph history [OPTIONS] ENTITY [ENTITY2]
Try 'coopgraph history --help' for more information.
