# node-link JSON on stdout with --to 2005 as the date filter and --as json the format
args: -d {fixtures}/render/mini export --to 2005 --as json --kind agency,organisation,nation -
status: 0
--- stdout
{
  "directed": false,
  "multigraph": true,
  "graph": {
    "dataset": "mini"
  },
  "nodes": [
    {
      "id": "A",
      "kind": "agency",
      "name": "Alpha Agency",
      "country": "NA",
      "aliases": [
        "Alfa",
        "AA"
      ]
    },
    {
      "id": "B",
      "kind": "agency",
      "name": "Beta Agency",
      "country": null,
      "aliases": []
    },
    {
      "id": "NA",
      "kind": "nation",
      "name": "Nation A",
      "country": null,
      "aliases": []
    },
    {
      "id": "O",
      "kind": "organisation",
      "name": "Org One",
      "country": null,
      "aliases": []
    }
  ],
  "links": [
    {
      "source": "A",
      "target": "B",
      "key": "a1",
      "agreement": "a1",
      "type": "coop",
      "date": "2001",
      "end": null,
      "title": "First coop",
      "agreement_source": "s1",
      "weight": 1,
      "pair_agreements": 3
    },
    {
      "source": "A",
      "target": "B",
      "key": "a2",
      "agreement": "a2",
      "type": "coop",
      "date": "2003-05",
      "end": "2010",
      "title": "Second coop",
      "agreement_source": "s1",
      "weight": 1,
      "pair_agreements": 3
    },
    {
      "source": "A",
      "target": "B",
      "key": "a3",
      "agreement": "a3",
      "type": "launch",
      "date": "2005",
      "end": null,
      "title": "Launch deal",
      "agreement_source": "s2",
      "weight": 1,
      "pair_agreements": 3
    }
  ]
}
--- stderr
note: 1 agreement without a date left out by the date filter
