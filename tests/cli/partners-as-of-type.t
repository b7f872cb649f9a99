# partners in force at the end of 2012 (a05 ended in 2010), three types
args: -d {fixtures}/query --format json partners ISRO --as-of 2012 --type joint_mission,cooperation_agreement,technical_assistance
status: 0
--- stdout
{
  "entity": "ISRO",
  "partners": [
    {
      "id": "CNES",
      "name": "Centre national d'études spatiales",
      "kind": "agency",
      "agreements": 1,
      "first": "2011-10",
      "last": "2011-10",
      "types": {
        "joint_mission": 1
      }
    },
    {
      "id": "NASA",
      "name": "National Aeronautics and Space Administration",
      "kind": "agency",
      "agreements": 1,
      "first": "1962",
      "last": "1962",
      "types": {
        "technical_assistance": 1
      }
    }
  ]
}
--- stderr
