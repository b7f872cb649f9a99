# merge refuses the embedded default dataset, with the way to copy it
args: merge review
status: 1
--- stdout
--- stderr
coopgraph: merge will not change the embedded default dataset; copy it first with 'coopgraph export --to csv DIR', then run 'coopgraph -d DIR merge review'
