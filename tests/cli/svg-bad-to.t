# svg-bad-to
args: -d {fixtures}/render/mini svg --to gif
status: 2
--- stdout
--- stderr
coopgraph svg: unknown image format 'gif' for --to (expected svg, png or pdf)
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
