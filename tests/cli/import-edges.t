# import: an edge list with self-loops, empty names, bad weights, dates and
# types: the first examples of each problem, the counts, the summary
args: import edgelist "$(ln -s {fixtures} {tmp}/fx && echo fx)"/import/edges.csv out --source Source --target Target --type Kind --date Signed --end Ends --weight Weight --title Name
status: 0
--- stdout
--- stderr
fx/import/edges.csv:3:1: warning: self-loop: 'ESA' with itself (row skipped)
fx/import/edges.csv:4:28: warning: invalid date '2003-13-01': month 13 is out of range (kept undated)
fx/import/edges.csv:4:22: warning: empty type, typed 'edge' (default type)
fx/import/edges.csv:5:1: warning: empty source (row skipped)
fx/import/edges.csv:6:29: warning: end date '2004' is before the date '2005' (end dropped)
fx/import/edges.csv:7:29: warning: invalid end date 'garbage': expected YYYY, YYYY-MM or YYYY-MM-DD (end dropped)
fx/import/edges.csv:8:26: warning: weight '2.5' is not a whole number from 1 to 1000000 (row skipped)
fx/import/edges.csv:9:26: warning: weight '0' is not a whole number from 1 to 1000000 (row skipped)
coopgraph import: empty name: 1 (row skipped)
coopgraph import: self-loop: 1 (row skipped)
coopgraph import: bad weight: 2 (row skipped)
coopgraph import: bad date: 1 (kept undated)
coopgraph import: bad end date: 2 (end dropped)
coopgraph import: empty type: 1 (default type)
coopgraph import: 5 of 9 rows used; wrote 5 entities, 7 agreements and 4 types to 'out'
