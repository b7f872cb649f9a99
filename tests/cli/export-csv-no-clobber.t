# export --to csv: a directory that already holds one of the dataset's files
# (here only types.csv) is refused without --force, and nothing is written
args: -d {fixtures}/render/mini export --to csv "$(mkdir {tmp}/o && echo keep > {tmp}/o/types.csv && echo o)"
status: 1
--- stdout
--- stderr
coopgraph: 'o' already holds types.csv (use --force to overwrite)
