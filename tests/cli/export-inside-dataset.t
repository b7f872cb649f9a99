# never writes inside the dataset directory: exit 1, nothing written
args: -d "$(cp -r {fixtures}/render/mini {tmp}/ds && echo ds)" export --as gexf ds/sub/../net.gexf
status: 1
--- stdout
--- stderr
coopgraph: refusing to write 'ds/sub/../net.gexf' inside the dataset directory 'ds'
