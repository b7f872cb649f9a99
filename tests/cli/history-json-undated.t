# one undated agreement: first, last and the gap are null
args: -d {fixtures}/query --format json history ESA ISRO
status: 0
--- stdout
{
  "entities": [
    "ESA",
    "ISRO"
  ],
  "agreements": [
    {
      "id": "a13",
      "date": null,
      "end": null,
      "type": "participation",
      "parties": [
        "ESA",
        "ISRO"
      ],
      "title": "Forum participation",
      "source": "src4"
    }
  ],
  "summary": {
    "agreements": 1,
    "first": null,
    "last": null,
    "longest_gap_days": null,
    "longest_gap_from": null,
    "longest_gap_to": null
  }
}
--- stderr
