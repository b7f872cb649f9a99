# bad --format: exit 2
args: --format xml check
status: 2
--- stdout
--- stderr
coopgraph: unknown format 'xml' (expected table, csv or json)
Try 'coopgraph --help' for more information.
