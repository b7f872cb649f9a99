# -o and the other figure options need --svg
args: -d {fixtures}/graphs/multi centrality -o x.svg
status: 2
--- stdout
--- stderr
coopgraph centrality: -o needs --svg
usage: coopgraph centrality [OPTIONS]
Try 'coopgraph centrality --help' for more information.
