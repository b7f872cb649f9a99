# -o, --responsive, --id-prefix and --transparent draw nothing without --svg
args: -d {fixtures}/query partners ISRO --responsive
status: 2
--- stdout
--- stderr
coopgraph partners: --responsive needs --svg
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
