# history as JSON from 1990 without multilateral agreements
args: -d {fixtures}/query history ISRO --from 1990 --multilateral skip --format json
status: 0
--- stdout
{
  "entities": [
    "ISRO"
  ],
  "agreements": [
    {
      "id": "a03",
      "date": "1992-09",
      "end": null,
      "type": "programme_partnership",
      "parties": [
        "ANT",
        "ISRO"
      ],
      "title": "Antrix markets ISRO services",
      "source": "src1"
    },
    {
      "id": "a05",
      "date": "2005",
      "end": "2010",
      "type": "cooperation_agreement",
      "parties": [
        "ISRO",
        "CNES"
      ],
      "title": "ISRO-CNES framework",
      "source": "src2"
    },
    {
      "id": "a10",
      "date": "2011-10",
      "end": null,
      "type": "joint_mission",
      "parties": [
        "CNES",
        "ISRO"
      ],
      "title": "Megha-Tropiques",
      "source": "src2"
    },
    {
      "id": "a11",
      "date": "2014-09-30",
      "end": null,
      "type": "joint_mission",
      "parties": [
        "NASA",
        "ISRO"
      ],
      "title": "NISAR",
      "source": "src2"
    },
    {
      "id": "a00",
      "date": "2016-06",
      "end": null,
      "type": "research_cooperation",
      "parties": [
        "JAXA",
        "ISRO"
      ],
      "title": "Debris research",
      "source": "src4"
    },
    {
      "id": "a14",
      "date": "2018-03-12",
      "end": null,
      "type": "joint_mission",
      "parties": [
        "ISRO",
        "CNES"
      ],
      "title": "TRISHNA",
      "source": "src2"
    }
  ],
  "summary": {
    "agreements": 6,
    "first": "1992-09",
    "last": "2018-03-12",
    "longest_gap_days": 4505,
    "longest_gap_from": "1992-09",
    "longest_gap_to": "2005"
  }
}
--- stderr
note: 2 agreements without a date left out by the date filter
