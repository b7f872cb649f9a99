# unknown --entity with did-you-mean: exit 2
args: -d {fixtures}/valid agreements --entity Roscosmo
status: 2
--- stdout
--- stderr
coopgraph: unknown entity 'Roscosmo'; did you mean 'Roscosmos'?
