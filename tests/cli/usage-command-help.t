# a command's --help, after it: exit 0
args: entities --help
status: 0
--- stdout
usage: coopgraph entities [OPTIONS]

list entities.

Options:
  --kind K[,K...]        only entities of these kinds

Global options (before or after the command):
  -d, --data PATH        dataset directory or Graphviz file (default: the
                         embedded space-cooperation dataset)
      --format FORMAT    table (default), csv or json
      --wide             tables show long text in full (by default they fit 100
                         columns, cutting long text with '…')
  -q, --quiet            no progress or notes on stderr
      --warnings         also show the dataset's warnings
  -h, --help             help (of a command, after it)
      --version          print the version
Limits on the input (bigger is an error; K, M, G = KiB, MiB, GiB):
      --max-file SIZE    largest input file (default 512M)
      --max-field SIZE   longest CSV field (default 64K)
      --max-parties N    most parties of one agreement (default 1000)
      --max-pairs N      most partner pairs, k(k-1)/2 per k-party agreement
                         (default 20000000)
      --max-errors N     errors shown in full, with "did you mean" (default 100)
--- stderr
