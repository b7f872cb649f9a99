# --to starting with a digit is the date filter, so 20x0 is a bad date
args: -d {fixtures}/render/mini export --to 20x0 --to json -
status: 2
--- stdout
--- stderr
coopgraph export: invalid date '20x0' for --to: expected YYYY, YYYY-MM or YYYY-MM-DD
usage: coopgraph export [OPTIONS] OUTFILE
Try 'coopgraph export --help' for more information.
