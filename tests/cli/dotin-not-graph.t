# a file that is neither .dot nor .gv: what is expected
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid/entities.csv" check
status: 1
--- stdout
--- stderr
coopgraph: dataset 'fx/valid/entities.csv' is neither a directory (with entities.csv and agreements.csv inside) nor a Graphviz file ending in .dot or .gv
