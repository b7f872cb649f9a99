# a colour too pale for lines on white is a warning, with its contrast
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/invalid/pale-group-color" --warnings check
status: 0
--- stdout
fx/invalid/pale-group-color: valid: 10 entities, 8 agreements (2 multilateral), 4 types; 3 warnings
--- stderr
fx/invalid/pale-group-color/types.csv:4:64: warning: color '#f0e442' has a contrast of 1.3:1 on white, below 3:1: lines in it are hard to see
fx/invalid/pale-group-color/entities.csv:10:1: warning: entity 'RUS' takes part in no agreement
fx/invalid/pale-group-color/agreements.csv:6:1: warning: agreement 'esa-member-fra' has no date
