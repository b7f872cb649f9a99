# import: --force writes into a directory that holds other files
args: -q import edgelist {fixtures}/import/parties.csv "$(mkdir {tmp}/o && touch {tmp}/o/notes.txt && echo o)" --parties members --separator '|' --force
status: 0
--- stdout
--- stderr
