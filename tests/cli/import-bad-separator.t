# import: a separator of two characters is a usage error
args: import edgelist {fixtures}/import/parties.csv {tmp}/out --parties members --separator '||'
status: 2
--- stdout
--- stderr
coopgraph import: --separator needs one character other than '"' (such as '|' or ';'), or '\t' for a tab, not '||'
usage: coopgraph import [OPTIONS] edgelist FILE OUTDIR
Try 'coopgraph import --help' for more information.
