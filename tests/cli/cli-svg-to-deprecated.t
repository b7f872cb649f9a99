# svg --to png still works, with a deprecation note (-o keeps the image off the terminal)
args: -d {fixtures}/render/mini svg --to png -o {tmp}/net
status: 0
--- stdout
--- stderr
note: 'svg --to png' is deprecated (--to is a date): use --image png or -o FILE.png
note: layout neato chosen for 6 entities (--layout to change)
