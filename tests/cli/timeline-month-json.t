# months of 2011: the bare year 2011 counts in 2011-01, with a note
args: -d {fixtures}/query timeline --by month --from 2011 --to 2011 --format json
status: 0
--- stdout
{
  "by": "month",
  "periods": [
    {
      "period": "2011-01",
      "agreements": 1,
      "cumulative": 1,
      "types": {
        "cooperation_agreement": 1
      }
    },
    {
      "period": "2011-02",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-03",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-04",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-05",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-06",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-07",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-08",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-09",
      "agreements": 0,
      "cumulative": 1,
      "types": {}
    },
    {
      "period": "2011-10",
      "agreements": 2,
      "cumulative": 3,
      "types": {
        "contract": 1,
        "joint_mission": 1
      }
    }
  ]
}
--- stderr
note: 2 agreements without a date left out by the date filter
note: 1 agreement dated only to the year counted in January
