# types.csv group and color columns: a colour that is not #RRGGBB, two colours for one group, a group misspelt (did you mean)
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/invalid/bad-group" check
status: 1
--- stdout
--- stderr
fx/invalid/bad-group/types.csv:3:76: error: color '#D55E00' of group 'Agreements' differs from '#0072b2' given to it by type 'cooperation_agreement'
fx/invalid/bad-group/types.csv:4:64: error: invalid color '0072B2': expected #RRGGBB (six hexadecimal digits)
fx/invalid/bad-group/types.csv:5:60: warning: group 'Agreemnts' has only this type; did you mean 'Agreements'?
fx/invalid/bad-group/types.csv:5:76: error: invalid color '#12345g': expected #RRGGBB (six hexadecimal digits)
coopgraph: 3 errors in dataset 'fx/invalid/bad-group'
