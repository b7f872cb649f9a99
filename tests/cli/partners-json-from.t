# partners as JSON with --from: undated agreements are left out with a note
args: -d {fixtures}/query partners isro --from 2010 --format json
status: 0
--- stdout
{
  "entity": "ISRO",
  "partners": [
    {
      "id": "CNES",
      "name": "Centre national d'études spatiales",
      "kind": "agency",
      "agreements": 2,
      "first": "2011-10",
      "last": "2018-03-12",
      "types": {
        "joint_mission": 2
      }
    },
    {
      "id": "FRA",
      "name": "France",
      "kind": "nation",
      "agreements": 1,
      "first": "2016-06",
      "last": "2016-06",
      "types": {
        "launch_service": 1
      }
    },
    {
      "id": "JAXA",
      "name": "Japan Aerospace Exploration Agency",
      "kind": "agency",
      "agreements": 1,
      "first": "2016-06",
      "last": "2016-06",
      "types": {
        "research_cooperation": 1
      }
    },
    {
      "id": "USA",
      "name": "United States",
      "kind": "nation",
      "agreements": 1,
      "first": "2016-06",
      "last": "2016-06",
      "types": {
        "launch_service": 1
      }
    },
    {
      "id": "NASA",
      "name": "National Aeronautics and Space Administration",
      "kind": "agency",
      "agreements": 1,
      "first": "2014-09-30",
      "last": "2014-09-30",
      "types": {
        "joint_mission": 1
      }
    }
  ]
}
--- stderr
note: 2 agreements without a date left out by the date filter
