# check as JSON, diagnostics included
args: --format json -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" check
status: 0
--- stdout
{
  "valid": true,
  "entities": 10,
  "agreements": 8,
  "multilateral": 2,
  "types": 4,
  "errors": 0,
  "warnings": 2,
  "diagnostics": [
    {
      "severity": "warning",
      "path": "fx/valid/entities.csv",
      "line": 10,
      "column": 1,
      "message": "entity 'RUS' takes part in no agreement"
    },
    {
      "severity": "warning",
      "path": "fx/valid/agreements.csv",
      "line": 6,
      "column": 1,
      "message": "agreement 'esa-member-fra' has no date"
    }
  ]
}
--- stderr
fx/valid/entities.csv:10:1: warning: entity 'RUS' takes part in no agreement
fx/valid/agreements.csv:6:1: warning: agreement 'esa-member-fra' has no date
