# no command: usage on stderr, exit 2
args: 
status: 2
--- stdout
--- stderr
usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]

Try 'coopgraph --help' for the list of commands.
