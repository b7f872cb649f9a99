# unknown --type with did-you-mean: exit 2
args: -d {fixtures}/valid agreements --type cooperation_agrement
status: 2
--- stdout
--- stderr
coopgraph agreements: unknown type 'cooperation_agrement' for --type; did you mean 'cooperation_agreement'?
usage: coopgraph agreements [OPTIONS]
Try 'coopgraph agreements --help' for more information.
