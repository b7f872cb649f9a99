# centrality --over-time --wide: every measure, however wide
args: -d {fixtures}/query centrality --over-time --by decade --top 1 --wide
status: 0
--- stdout
period  id    partners  agreements  strength  betweenness  closeness  harmonic  eigenvector  pagerank
------  ----  --------  ----------  --------  -----------  ---------  --------  -----------  --------
1960s   ISRO         1           1         1            0     0.1111         1       0.7071    0.3125
1970s   ESA          1           1         1            0     0.1111         1          0.5    0.2041
1980s   ESA          1           1         1            0     0.1111         1          0.5    0.2041
1990s   ESA          2           2         2      0.08333      0.254     2.833          0.5    0.2139
2000s   ISRO         3           3         3       0.3056     0.3889     4.583        0.509    0.1994
2010s   ISRO         6           7         8       0.6111       0.75       7.5       0.5904      0.25
--- stderr
