# --help: the command list on stdout, exit 0
args: --help
status: 0
--- stdout
usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]

Answers questions about cooperation networks: who partners with whom,
what they signed and when, who is central, and draws the network.

Commands:
  check        validate the dataset and print its counts
  summary      entities by kind, agreements by type, dates, top entities
  entities     list entities
  agreements   list agreements, oldest first
  partners     who partners most with an entity
  history      the agreements of one entity or of two together
  timeline     agreements per year, decade or month
  centrality   who is central: degree, strength, betweenness, ...
  communities  blocs of cooperation (Leiden/Louvain)
  dot          the network as Graphviz DOT
  svg          the network as an embed-ready SVG (or PNG/PDF)
  report       write a report of the network into a directory
  explore      the network as one HTML page to explore, offline
  generate     write a synthetic dataset of a given size
  import       turn a CSV edge list or treaty list into a dataset
  export       write the network as GraphML, GEXF, node-link JSON or CSV
  extract      propose agreements and entities from news articles, for review
  merge        add the accepted proposals of extract to a dataset

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

Run 'coopgraph COMMAND --help' for a command's options.
Exit status: 0 success, 1 invalid data or I/O failure, 2 bad command line.
--- stderr
