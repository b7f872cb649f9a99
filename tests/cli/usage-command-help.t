# a command's --help, after it: exit 0
args: entities --help
status: 0
--- stdout
usage: coopgraph entities [OPTIONS]

list entities.

Options:
  --kind K[,K...]        only entities of these kinds

Global options (before or after the command):
  -d, --data PATH        dataset directory (default: the embedded space-cooperation
                         dataset)
      --format FORMAT    table (default), csv or json
  -q, --quiet            no progress or notes on stderr
      --warnings         also show the dataset's warnings
  -h, --help             help (of a command, after it)
      --version          print the version
--- stderr
