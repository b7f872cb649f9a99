# explore-extra-arg: the page goes to -o FILE or stdout, never to a bare argument
args: -d {fixtures}/render/mini explore page.html
status: 2
--- stdout
--- stderr
coopgraph explore: unexpected argument 'page.html'
usage: coopgraph explore [OPTIONS]
Try 'coopgraph explore --help' for more information.
