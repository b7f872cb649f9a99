# --approx: betweenness from 25 sampled sources (seed 42) orders the rows; JSON says so.
# Order checked against tests/fixtures/reference/approx.txt (NetworkX, same sources).
args: --format json centrality --approx 25 --seed 42 --measure partners --sort betweenness --top 3
status: 0
--- stdout
{
  "graph": {
    "entities": 50,
    "edges": 56,
    "agreements": 73
  },
  "approx": {
    "sources": 25,
    "seed": 42
  },
  "entities": [
    {
      "id": "ESA",
      "name": "European Space Agency",
      "kind": "agency",
      "partners": 34
    },
    {
      "id": "ISRO",
      "name": "Indian Space Research Organisation",
      "kind": "agency",
      "partners": 11
    },
    {
      "id": "GBR",
      "name": "United Kingdom",
      "kind": "nation",
      "partners": 3
    }
  ]
}
--- stderr
