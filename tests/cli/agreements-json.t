# agreements as JSON
args: --format json -d {fixtures}/valid agreements
status: 0
--- stdout
{
  "agreements": [
    {
      "id": "esa-isro-2005",
      "date": "2005",
      "end": null,
      "type": "cooperation_agreement",
      "parties": [
        "ESA",
        "ISRO"
      ],
      "title": "Earth observation, data sharing",
      "source": "esa.txt"
    },
    {
      "id": "esa-jaxa-roscosmos-2010",
      "date": "2010-03-07",
      "end": "2015-12",
      "type": "statement_of_intent",
      "parties": [
        "ESA",
        "JAXA",
        "Roscosmos"
      ],
      "title": "Trilateral intent",
      "source": ""
    },
    {
      "id": "ind-jpn-2014",
      "date": "2014-09",
      "end": null,
      "type": "cooperation_agreement",
      "parties": [
        "IND",
        "JPN"
      ],
      "title": "India–Japan cooperation",
      "source": ""
    },
    {
      "id": "isro-jaxa-2016-11",
      "date": "2016-11",
      "end": null,
      "type": "cooperation_agreement",
      "parties": [
        "ISRO",
        "JAXA"
      ],
      "title": "Lunar polar\nexploration",
      "source": "jaxa.txt"
    },
    {
      "id": "roscosmos-isro-2018",
      "date": "2018",
      "end": "2020",
      "type": "cooperation_agreement",
      "parties": [
        "Roscosmos",
        "ISRO"
      ],
      "title": "Human spaceflight \"Gaganyaan\"",
      "source": ""
    },
    {
      "id": "cnes-astro-2021",
      "date": "2021-06-01",
      "end": null,
      "type": "cooperation_agreement",
      "parties": [
        "CNES",
        "Astro"
      ],
      "title": "Debris removal study",
      "source": ""
    },
    {
      "id": "quad-2023",
      "date": "2023-01-15",
      "end": null,
      "type": "statement_of_intent",
      "parties": [
        "ESA",
        "ISRO",
        "JAXA",
        "CNES"
      ],
      "title": "Four-party intent",
      "source": "esa.txt"
    },
    {
      "id": "esa-member-fra",
      "date": null,
      "end": null,
      "type": "membership",
      "parties": [
        "FRA",
        "ESA"
      ],
      "title": "France as an ESA Member State",
      "source": "esa.txt"
    }
  ]
}
--- stderr
