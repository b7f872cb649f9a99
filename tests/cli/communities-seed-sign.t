# communities-seed-sign: a signed seed is refused like any other malformed number
args: communities --seed +3
status: 2
--- stdout
--- stderr
coopgraph communities: option '--seed' needs a whole number from 0 to 4294967295, not '+3'
usage: coopgraph communities [OPTIONS]
Try 'coopgraph communities --help' for more information.
