# bad date in --from: exit 2
args: -d {fixtures}/valid agreements --from 2025-13
status: 2
--- stdout
--- stderr
coopgraph agreements: invalid date '2025-13' for --from: month 13 is out of range
usage: coopgraph agreements [OPTIONS]
Try 'coopgraph agreements --help' for more information.
