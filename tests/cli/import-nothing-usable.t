# import: no usable row is a data error; nothing is written
args: import edgelist "$(ln -s {fixtures} {tmp}/fx && echo fx)"/import/unusable.csv out --source a --target b
status: 1
--- stdout
--- stderr
fx/import/unusable.csv:2:1: warning: self-loop: 'x' with itself (row skipped)
fx/import/unusable.csv:3:1: warning: empty source (row skipped)
fx/import/unusable.csv: error: nothing to import: none of the 2 rows gave an agreement
coopgraph import: empty name: 1 (row skipped)
coopgraph import: self-loop: 1 (row skipped)
