# bad values: file:line, the node or edge, the value and why
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/bad-date.dot" check
status: 1
--- stdout
--- stderr
fx/dot/bad-date.dot:3: error: edge "A" -- "C" (key e3): bad date "2020-13-01": month 13 is out of range
fx/dot/bad-date.dot:5: error: edge "B" -- "C" (key e4): end date "2019" is before the date "2021"
fx/dot/bad-date.dot:6: error: node "C": invalid kind "not a kind": only letters, digits, '_', '.' and '-' are allowed
fx/dot/bad-date.dot:6: error: node "C": country "B" is of kind "entity"; it must be a nation
coopgraph: 4 errors in dataset 'fx/dot/bad-date.dot'
