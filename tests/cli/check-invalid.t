# an invalid dataset: every error with file:line:column, exit 1
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/invalid/bad-date" check
status: 1
--- stdout
--- stderr
fx/invalid/bad-date/agreements.csv:2:9: error: invalid date '2025-13-01': month 13 is out of range
fx/invalid/bad-date/agreements.csv:3:12: error: invalid date '2025-02-30': day 30 does not exist in February 2025
fx/invalid/bad-date/agreements.csv:4:6: error: invalid date '25-05-07': expected YYYY, YYYY-MM or YYYY-MM-DD
fx/invalid/bad-date/agreements.csv:5:15: error: invalid end date '2021-1': expected YYYY, YYYY-MM or YYYY-MM-DD
coopgraph: 4 errors in dataset 'fx/invalid/bad-date'
