# the errors of an invalid dataset in JSON, with did-you-mean
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/invalid/unknown-party" check --format json
status: 1
--- stdout
{
  "valid": false,
  "entities": 0,
  "agreements": 0,
  "multilateral": 0,
  "types": 0,
  "errors": 5,
  "warnings": 0,
  "diagnostics": [
    {
      "severity": "error",
      "path": "fx/invalid/unknown-party/agreements.csv",
      "line": 2,
      "column": 26,
      "message": "unknown party 'ISR0'; did you mean 'ISRO'?"
    },
    {
      "severity": "error",
      "path": "fx/invalid/unknown-party/agreements.csv",
      "line": 3,
      "column": 22,
      "message": "unknown party 'Indian Space Research Organisatoin'; did you mean 'ISRO'?"
    },
    {
      "severity": "error",
      "path": "fx/invalid/unknown-party/agreements.csv",
      "line": 4,
      "column": 26,
      "message": "unknown party 'Bharath'; did you mean 'IND'?"
    },
    {
      "severity": "error",
      "path": "fx/invalid/unknown-party/agreements.csv",
      "line": 5,
      "column": 26,
      "message": "unknown party 'Bharat'; did you mean 'IND'?"
    },
    {
      "severity": "error",
      "path": "fx/invalid/unknown-party/agreements.csv",
      "line": 6,
      "column": 26,
      "message": "unknown party 'XYZZY123'"
    }
  ]
}
--- stderr
fx/invalid/unknown-party/agreements.csv:2:26: error: unknown party 'ISR0'; did you mean 'ISRO'?
fx/invalid/unknown-party/agreements.csv:3:22: error: unknown party 'Indian Space Research Organisatoin'; did you mean 'ISRO'?
fx/invalid/unknown-party/agreements.csv:4:26: error: unknown party 'Bharath'; did you mean 'IND'?
fx/invalid/unknown-party/agreements.csv:5:26: error: unknown party 'Bharat'; did you mean 'IND'?
fx/invalid/unknown-party/agreements.csv:6:26: error: unknown party 'XYZZY123'
coopgraph: 5 errors in dataset 'fx/invalid/unknown-party'
