# json, Leiden
args: -d {fixtures}/graphs/multi --format json communities
status: 0
--- stdout
{
  "method": "leiden",
  "modularity": 0.17867036011080334,
  "communities": [
    {
      "id": 1,
      "size": 3,
      "members": [
        "CNES",
        "NASA",
        "NOAA"
      ]
    },
    {
      "id": 2,
      "size": 3,
      "members": [
        "ESA",
        "FRA",
        "JAXA"
      ]
    },
    {
      "id": 3,
      "size": 2,
      "members": [
        "JPN",
        "USA"
      ]
    }
  ]
}
--- stderr
