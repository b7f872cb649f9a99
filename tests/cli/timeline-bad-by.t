# --by takes year, decade or month
args: -d {fixtures}/query timeline --by week
status: 2
--- stdout
--- stderr
coopgraph timeline: unknown period 'week' for --by (expected year, decade or month)
usage: coopgraph timeline [OPTIONS]
Try 'coopgraph timeline --help' for more information.
