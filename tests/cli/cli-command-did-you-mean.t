# an unknown command close to one gets a did you mean
args: -d {fixtures}/query partnrs ISRO
status: 2
--- stdout
--- stderr
coopgraph: unknown command 'partnrs'; did you mean 'partners'?
usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]

Try 'coopgraph --help' for the list of commands.
