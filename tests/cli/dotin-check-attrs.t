# a DOT file (-d FILE.dot): attributes mapped, warnings for a self-loop and an undated edge
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" check
status: 0
--- stdout
fx/dot/attrs.dot: valid: 4 entities, 5 agreements (0 multilateral), 3 types; 2 warnings
--- stderr
fx/dot/attrs.dot: warning: 1 of 5 agreements have no date (no "date" attribute on their edge)
fx/dot/attrs.dot:13: warning: edge "ISRO" -- "ISRO" (key self): a self-loop is not an agreement (that needs two distinct parties); left out
