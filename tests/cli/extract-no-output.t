# extract needs -o OUTDIR: a usage error
args: extract article.txt
status: 2
--- stdout
--- stderr
coopgraph extract: no output directory given (-o OUTDIR)
usage: coopgraph extract [OPTIONS] -o OUTDIR ARTICLE...
Try 'coopgraph extract --help' for more information.
