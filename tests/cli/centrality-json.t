# json with isolated entities
args: -d {fixtures}/graphs/disconnected --format json centrality --measure partners,strength,eigenvector --sort strength --top 4
status: 0
--- stdout
{
  "graph": {
    "entities": 11,
    "edges": 9,
    "agreements": 9
  },
  "entities": [
    {
      "id": "P2",
      "name": "P two",
      "kind": "agency",
      "partners": 3,
      "strength": 4.0,
      "eigenvector": 0.6051180192876672
    },
    {
      "id": "P3",
      "name": "P three",
      "kind": "agency",
      "partners": 3,
      "strength": 3.0,
      "eigenvector": 0.47494830196855264
    },
    {
      "id": "P4",
      "name": "P four",
      "kind": "agency",
      "partners": 2,
      "strength": 3.0,
      "eigenvector": 0.5379442543216622
    },
    {
      "id": "Q1",
      "name": "Q one",
      "kind": "company",
      "partners": 2,
      "strength": 3.0,
      "eigenvector": 0.0
    }
  ]
}
--- stderr
