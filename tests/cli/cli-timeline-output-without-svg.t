# -o needs the figure it writes
args: -d {fixtures}/query timeline -o {tmp}/t.svg
status: 2
--- stdout
--- stderr
coopgraph timeline: -o needs --svg
usage: coopgraph timeline [OPTIONS]
Try 'coopgraph timeline --help' for more information.
