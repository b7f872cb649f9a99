# svg: -o's extension names the image format; one that is none of them is an error, not an SVG in a .jpg
args: -d {fixtures}/render/mini svg -o {tmp}/net.jpg
status: 2
--- stdout
--- stderr
coopgraph svg: unknown image format 'jpg' for -o's extension (expected svg, png or pdf)
usage: coopgraph svg [OPTIONS]
Try 'coopgraph svg --help' for more information.
