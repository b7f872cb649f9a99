# centrality --over-time fits 100 columns by default: closeness goes first, with a note
# (101 columns with every measure; --wide shows all, --measure picks)
args: -d {fixtures}/query centrality --over-time --by decade --top 1
status: 0
--- stdout
period  id    partners  agreements  strength  betweenness  harmonic  eigenvector  pagerank
------  ----  --------  ----------  --------  -----------  --------  -----------  --------
1960s   ISRO         1           1         1            0         1       0.7071    0.3125
1970s   ESA          1           1         1            0         1          0.5    0.2041
1980s   ESA          1           1         1            0         1          0.5    0.2041
1990s   ESA          2           2         2      0.08333     2.833          0.5    0.2139
2000s   ISRO         3           3         3       0.3056     4.583        0.509    0.1994
2010s   ISRO         6           7         8       0.6111       7.5       0.5904      0.25
--- stderr
note: column closeness left out to fit 100 columns (--wide shows all)
