# import: a directory that holds files is refused without --force, before
# the input is read (a missing input would be reported otherwise)
args: import edgelist missing.csv "$(mkdir {tmp}/o && touch {tmp}/o/notes.txt && echo o)" --parties members
status: 1
--- stdout
--- stderr
coopgraph import: 'o' is not empty (it holds 1 entry, such as 'notes.txt'); use --force to write entities.csv, agreements.csv and types.csv into it anyway
