# svg-bad-layout
args: -d {fixtures}/render/mini svg --layout spring
status: 2
--- stdout
--- stderr
coopgraph svg: unknown layout 'spring' for --layout (expected auto, dot, neato, fdp, sfdp, circo or twopi)
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
