# ref-communities: two triangles joined by two edges: the two blocs and their modularity.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q -d {fixtures}/graphs/two-blocs --format json communities
status: 0
--- stdout
{
  "method": "leiden",
  "modularity": 0.25,
  "communities": [
    {
      "id": 1,
      "size": 3,
      "members": [
        "A1",
        "A2",
        "A3"
      ]
    },
    {
      "id": 2,
      "size": 3,
      "members": [
        "B1",
        "B2",
        "B3"
      ]
    }
  ]
}
--- stderr
