# a figure to -o FILE: nothing on stdout
args: -d {fixtures}/query history ISRO --svg -o {tmp}/h.svg
status: 0
--- stdout
--- stderr
