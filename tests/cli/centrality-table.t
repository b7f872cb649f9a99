# all measures on the multilateral fixture, default sort by pagerank
args: -d {fixtures}/graphs/multi centrality
status: 0
--- stdout
id    name                                             kind          partners  agreements  strength  betweenness  closeness  harmonic  eigenvector   pagerank
----  -----------------------------------------------  ------------  --------  ----------  --------  -----------  ---------  --------  -----------  ---------
NASA  National Aeronautics and Space Administration    agency               4           6         9     0.047619   0.595238       4.5      0.56228   0.176226
ESA   European Space Agency                            organisation         4           4         8     0.047619   0.595238       4.5      0.46346   0.162269
CNES  Centre national d'etudes spatiales               agency               3           5         8            0   0.510204         4     0.552214   0.154578
JAXA  Japan Aerospace Exploration Agency               agency               5           4         7     0.142857   0.714286         5     0.368673   0.149288
JPN   Japan                                            nation               1           1         1            0   0.142857         1  1.91957e-10      0.125
USA   United States                                    nation               1           1         1            0   0.142857         1  1.91957e-10      0.125
FRA   France                                           nation               2           1         2            0   0.446429       3.5     0.111886  0.0541188
NOAA  National Oceanic and Atmospheric Administration  agency               2           2         2            0   0.446429       3.5     0.125173  0.0535213
--- stderr
