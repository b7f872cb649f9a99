# --wide: every column of centrality, names in full, no note
args: -d {fixtures}/graphs/multi --wide centrality --top 3
status: 0
--- stdout
id    name                                           kind          partners  agreements  strength  betweenness  closeness  harmonic  eigenvector  pagerank
----  ---------------------------------------------  ------------  --------  ----------  --------  -----------  ---------  --------  -----------  --------
NASA  National Aeronautics and Space Administration  agency               4           6         9      0.04762     0.5952       4.5       0.5623    0.1762
ESA   European Space Agency                          organisation         4           4         8      0.04762     0.5952       4.5       0.4635    0.1623
CNES  Centre national d'etudes spatiales             agency               3           5         8            0     0.5102         4       0.5522    0.1546
--- stderr
