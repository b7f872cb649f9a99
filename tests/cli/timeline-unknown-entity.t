# an unknown --entity
args: -d {fixtures}/query timeline --entity ISR0
status: 2
--- stdout
--- stderr
coopgraph: unknown entity 'ISR0'; did you mean 'ISRO'?
