# timeline takes no arguments
args: -d {fixtures}/query timeline 2005
status: 2
--- stdout
--- stderr
coopgraph timeline: unexpected argument '2005'
usage: coopgraph timeline [OPTIONS]
Try 'coopgraph timeline --help' for more information.
