# cumulative yearly periods, top 2 per period
args: -d {fixtures}/graphs/small-connected centrality --over-time --measure partners,closeness --top 2
status: 0
--- stdout
period  id  partners  closeness
------  --  --------  ---------
2001    B          2        0.4
2001    A          1     0.2667
2002    B          2       0.45
2002    C          2       0.45
2003    C          3        0.6
2003    A          2       0.45
2004    C          3       0.64
2004    D          2     0.5333
2005    C          3     0.7143
2005    E          3      0.625
--- stderr
