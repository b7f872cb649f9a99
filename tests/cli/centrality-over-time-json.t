# sliding window of two years
args: -d {fixtures}/graphs/small-connected --format json centrality --over-time --window 2 --measure partners --sort partners --top 1
status: 0
--- stdout
{
  "by": "year",
  "window": 2,
  "periods": [
    {
      "period": "2001",
      "graph": {
        "entities": 6,
        "edges": 2,
        "agreements": 2
      },
      "entities": [
        {
          "id": "B",
          "name": "Agency B",
          "kind": "agency",
          "partners": 2
        }
      ]
    },
    {
      "period": "2002",
      "graph": {
        "entities": 6,
        "edges": 3,
        "agreements": 3
      },
      "entities": [
        {
          "id": "B",
          "name": "Agency B",
          "kind": "agency",
          "partners": 2
        }
      ]
    },
    {
      "period": "2003",
      "graph": {
        "entities": 6,
        "edges": 2,
        "agreements": 2
      },
      "entities": [
        {
          "id": "C",
          "name": "Agency C",
          "kind": "agency",
          "partners": 2
        }
      ]
    },
    {
      "period": "2004",
      "graph": {
        "entities": 6,
        "edges": 2,
        "agreements": 2
      },
      "entities": [
        {
          "id": "A",
          "name": "Agency A",
          "kind": "agency",
          "partners": 1
        }
      ]
    },
    {
      "period": "2005",
      "graph": {
        "entities": 6,
        "edges": 3,
        "agreements": 3
      },
      "entities": [
        {
          "id": "E",
          "name": "Agency E",
          "kind": "agency",
          "partners": 3
        }
      ]
    }
  ]
}
--- stderr
