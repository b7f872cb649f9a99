# import: an unknown column is a data error at line 1, with "did you mean"
args: import edgelist "$(ln -s {fixtures} {tmp}/fx && echo fx)"/import/edges.csv out --source Sorce --target 9
status: 1
--- stdout
--- stderr
fx/import/edges.csv:1:1: error: --source: no column 'Sorce'; did you mean 'Source'?
fx/import/edges.csv:1:1: error: --target: there is no column 9: the header has 7 columns
