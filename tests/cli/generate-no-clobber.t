# generate: a directory holding any of the dataset's files (types.csv too)
# is refused without --force; other files do not matter
args: generate --entities 5 --agreements 5 "$(mkdir {tmp}/g && touch {tmp}/g/notes.txt {tmp}/g/types.csv && echo g)"
status: 1
--- stdout
--- stderr
coopgraph: 'g' already holds types.csv (use --force to overwrite)
