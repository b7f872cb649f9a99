# the second entity is unknown
args: -d {fixtures}/query history ISRO CNEZ
status: 2
--- stdout
--- stderr
coopgraph: unknown entity 'CNEZ'; did you mean 'CNES'?
