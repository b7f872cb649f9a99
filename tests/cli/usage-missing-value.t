# an option without its value: exit 2
args: check --format
status: 2
--- stdout
--- stderr
coopgraph: option '--format' needs a value
Try 'coopgraph --help' for more information.
