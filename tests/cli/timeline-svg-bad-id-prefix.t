# an id prefix must start an XML id
args: -d {fixtures}/query timeline --svg --id-prefix 9x
status: 2
--- stdout
--- stderr
coopgraph timeline: --id-prefix must start with a letter or '_' and hold only letters, digits, '_', '.' and '-'
usage: coopgraph timeline [OPTIONS]
Try 'coopgraph timeline --help' for more information.
