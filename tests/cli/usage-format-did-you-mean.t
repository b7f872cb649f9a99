# a --format close to a known one gets a did you mean: exit 2
args: --format jsn check
status: 2
--- stdout
--- stderr
coopgraph: unknown format 'jsn'; did you mean 'json'?
Try 'coopgraph --help' for more information.
