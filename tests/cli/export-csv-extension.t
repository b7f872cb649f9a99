# export: .csv names no file format (csv writes a directory): it needs --as csv
args: -d {fixtures}/render/mini export net.csv
status: 2
--- stdout
--- stderr
coopgraph export: 'net.csv' names no file format (csv writes a dataset directory: give --as csv)
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
