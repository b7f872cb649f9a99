# explore-bad-kind: filters are checked against the dataset like everywhere
args: -d {fixtures}/render/mini explore --kind nosuch -o {tmp}/x.html
status: 2
--- stdout
--- stderr
coopgraph explore: unknown kind 'nosuch' for --kind (expected agency, nation, company, organisation or club)
usage: coopgraph explore [OPTIONS]
Try 'coopgraph explore --help' for more information.
