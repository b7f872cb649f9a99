# an unknown kind lists the kinds
args: -d {fixtures}/query partners ISRO --kind planet
status: 2
--- stdout
--- stderr
coopgraph partners: unknown kind 'planet' for --kind (expected nation, agency, organisation or company)
usage: coopgraph partners [OPTIONS] ENTITY
Try 'coopgraph partners --help' for more information.
