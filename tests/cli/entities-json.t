# entities as JSON: country null when none, aliases as a list
args: -d {fixtures}/valid entities --format json
status: 0
--- stdout
{
  "entities": [
    {
      "id": "ESA",
      "kind": "agency",
      "name": "Agence spatiale européenne",
      "country": null,
      "aliases": [
        "European Space Agency",
        "ASE"
      ],
      "agreements": 4
    },
    {
      "id": "ISRO",
      "kind": "agency",
      "name": "Indian Space Research Organisation",
      "country": "IND",
      "aliases": [
        "ISRO India"
      ],
      "agreements": 4
    },
    {
      "id": "JAXA",
      "kind": "agency",
      "name": "宇宙航空研究開発機構",
      "country": "JPN",
      "aliases": [
        "Japan Aerospace Exploration Agency",
        "宇宙機構"
      ],
      "agreements": 3
    },
    {
      "id": "Roscosmos",
      "kind": "agency",
      "name": "State Corporation \"Roscosmos\"",
      "country": "RUS",
      "aliases": [
        "Federal Space Agency"
      ],
      "agreements": 2
    },
    {
      "id": "CNES",
      "kind": "agency",
      "name": "Centre national d'études spatiales, France",
      "country": "FRA",
      "aliases": [],
      "agreements": 2
    },
    {
      "id": "IND",
      "kind": "nation",
      "name": "India",
      "country": null,
      "aliases": [
        "Bharat"
      ],
      "agreements": 1
    },
    {
      "id": "JPN",
      "kind": "nation",
      "name": "Japan",
      "country": null,
      "aliases": [
        "Nippon"
      ],
      "agreements": 1
    },
    {
      "id": "FRA",
      "kind": "nation",
      "name": "France",
      "country": null,
      "aliases": [],
      "agreements": 1
    },
    {
      "id": "RUS",
      "kind": "nation",
      "name": "Russia",
      "country": null,
      "aliases": [
        "Russian Federation"
      ],
      "agreements": 0
    },
    {
      "id": "Astro",
      "kind": "company",
      "name": "Astro, Inc.",
      "country": "JPN",
      "aliases": [],
      "agreements": 1
    }
  ]
}
--- stderr
