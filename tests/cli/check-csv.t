# check as CSV (CRLF line ends)
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" --format csv check
status: 0
--- stdout
valid,entities,agreements,multilateral,types,errors,warnings
true,10,8,2,4,0,2
--- stderr
fx/valid/entities.csv:10:1: warning: entity 'RUS' takes part in no agreement
fx/valid/agreements.csv:6:1: warning: agreement 'esa-member-fra' has no date
