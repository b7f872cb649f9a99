# -d naming a directory that does not exist: exit 1
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/no-such-dir" export --as json -
status: 1
--- stdout
--- stderr
coopgraph: cannot open dataset 'fx/no-such-dir': No such file or directory
