# svg --image: only svg, png or pdf
args: -d {fixtures}/render/mini svg --image gif
status: 2
--- stdout
--- stderr
coopgraph svg: unknown image format 'gif' for --image (expected svg, png or pdf)
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
