# unknown command: exit 2
args: -d {fixtures}/valid frobnicate
status: 2
--- stdout
--- stderr
coopgraph: unknown command 'frobnicate' (expected check, summary, entities, agreements, partners, history, timeline, centrality, communities, dot, svg, report, explore, generate, import, export, extract or merge)
usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]

Try 'coopgraph --help' for the list of commands.
