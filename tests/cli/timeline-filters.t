# years of the USA (NASA under --by-nation), contracts and joint missions only; SpaceX is a US company so SPX;NASA is internal
args: -d {fixtures}/query --format json timeline --by-nation --type contract,joint_mission --entity NASA
status: 0
--- stdout
{
  "by": "year",
  "periods": [
    {
      "period": "2014",
      "agreements": 1,
      "cumulative": 1,
      "types": {
        "joint_mission": 1
      }
    }
  ]
}
--- stderr
note: 2 agreements within one nation left out by --by-nation
