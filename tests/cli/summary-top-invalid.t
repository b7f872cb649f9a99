# summary-top-invalid: numbers are digits only; a leading space or sign is refused
args: summary --top " 5"
status: 2
--- stdout
--- stderr
coopgraph summary: option '--top' needs a whole number from 0, not ' 5'
usage: coopgraph summary [OPTIONS]
Try 'coopgraph summary --help' for more information.
