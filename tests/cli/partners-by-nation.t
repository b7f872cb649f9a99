# under --by-nation ISRO stands for India; ANT;ISRO is internal
args: -d {fixtures}/query --format json partners ISRO --by-nation
status: 0
--- stdout
{
  "entity": "IND",
  "partners": [
    {
      "id": "FRA",
      "name": "France",
      "kind": "nation",
      "agreements": 5,
      "first": "2005",
      "last": "2018-03-12",
      "types": {
        "joint_mission": 2,
        "cooperation_agreement": 1,
        "intergovernmental_agreement": 1,
        "launch_service": 1
      }
    },
    {
      "id": "USA",
      "name": "United States",
      "kind": "nation",
      "agreements": 4,
      "first": "1962",
      "last": "2016-06",
      "types": {
        "joint_mission": 1,
        "launch_service": 1,
        "memorandum_of_understanding": 1,
        "technical_assistance": 1
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
      "id": "ESA",
      "name": "European Space Agency",
      "kind": "organisation",
      "agreements": 1,
      "first": null,
      "last": null,
      "types": {
        "participation": 1
      }
    }
  ]
}
--- stderr
note: 3 agreements within one nation left out by --by-nation
