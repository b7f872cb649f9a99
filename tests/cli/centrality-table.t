# all measures on the multilateral fixture, default sort by pagerank
args: -d {fixtures}/graphs/multi centrality
status: 0
--- stdout
id    partners  agreements  strength  betweenness  closeness  harmonic  eigenvector  pagerank
----  --------  ----------  --------  -----------  ---------  --------  -----------  --------
NASA         4           6         9      0.04762     0.5952       4.5       0.5623    0.1762
ESA          4           4         8      0.04762     0.5952       4.5       0.4635    0.1623
CNES         3           5         8            0     0.5102         4       0.5522    0.1546
JAXA         5           4         7       0.1429     0.7143         5       0.3687    0.1493
JPN          1           1         1            0     0.1429         1            0     0.125
USA          1           1         1            0     0.1429         1            0     0.125
FRA          2           1         2            0     0.4464       3.5       0.1119   0.05412
NOAA         2           2         2            0     0.4464       3.5       0.1252   0.05352
--- stderr
note: columns kind and name left out to fit 100 columns (--wide shows all)
