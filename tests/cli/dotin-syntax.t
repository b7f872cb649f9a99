# a DOT syntax error: cgraph message with file:line, exit 1
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/syntax.dot" summary
status: 1
--- stdout
--- stderr
fx/dot/syntax.dot:3: error: syntax error near ';'
coopgraph: 1 error in dataset 'fx/dot/syntax.dot'
