# a directed graph followed by a second graph: both warned about
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/directed.gv" check
status: 0
--- stdout
fx/dot/directed.gv: valid: 3 entities, 3 agreements (0 multilateral), 1 types; 3 warnings
--- stderr
fx/dot/directed.gv: warning: the file holds 2 graphs; only the first is read
fx/dot/directed.gv: warning: directed graph read as undirected: partnerships have no direction
fx/dot/directed.gv: warning: 3 of 3 agreements have no date (no "date" attribute on their edge)
