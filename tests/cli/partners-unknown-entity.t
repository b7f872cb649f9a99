# an unknown entity is a usage error with a suggestion
args: -d {fixtures}/query partners ISRA
status: 2
--- stdout
--- stderr
coopgraph: unknown entity 'ISRA'; did you mean 'ISRO'?
