# a .dot file that does not exist
args: -d no-such.dot check
status: 1
--- stdout
--- stderr
coopgraph: cannot open dataset 'no-such.dot': No such file or directory
