# import: a list of parties per row, with ids; --quiet keeps only errors
args: -q import edgelist "$(ln -s {fixtures} {tmp}/fx && echo fx)"/import/parties.csv out --parties members --separator '|' --id code
status: 0
--- stdout
--- stderr
