# dot-ego-unknown
args: -d {fixtures}/render/mini dot --ego Alpah
status: 2
--- stdout
--- stderr
coopgraph: unknown entity 'Alpah'
