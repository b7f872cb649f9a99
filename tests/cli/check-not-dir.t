# -d naming a file: exit 1
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid/types.csv" check
status: 1
--- stdout
--- stderr
coopgraph: dataset 'fx/valid/types.csv' is neither a directory (with entities.csv and agreements.csv inside) nor a Graphviz file ending in .dot or .gv
