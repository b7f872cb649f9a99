# check on the valid fixture: counts on stdout, its two warnings on stderr
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" check
status: 0
--- stdout
fx/valid: valid: 10 entities, 8 agreements (2 multilateral), 4 types; 2 warnings
--- stderr
fx/valid/entities.csv:10:1: warning: entity 'RUS' takes part in no agreement
fx/valid/agreements.csv:6:1: warning: agreement 'esa-member-fra' has no date
