# unknown option of a command: exit 2
args: -d {fixtures}/valid entities --bogus
status: 2
--- stdout
--- stderr
coopgraph entities: unknown option '--bogus'
usage: coopgraph entities [OPTIONS]
Try 'coopgraph entities --help' for more information.
