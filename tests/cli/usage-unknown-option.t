# unknown global option: exit 2
args: --frob check
status: 2
--- stdout
--- stderr
coopgraph: unknown option '--frob'
usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]

Try 'coopgraph --help' for the list of commands.
