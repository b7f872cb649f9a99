# scores: 4 significant digits, never e-notation; a value below 1e-12 of the column maximum is 0
args: -d {fixtures}/graphs/multi centrality --measure eigenvector,pagerank --sort pagerank
status: 0
--- stdout
id    name                                             kind          eigenvector  pagerank
----  -----------------------------------------------  ------------  -----------  --------
NASA  National Aeronautics and Space Administration    agency             0.5623    0.1762
ESA   European Space Agency                            organisation       0.4635    0.1623
CNES  Centre national d'etudes spatiales               agency             0.5522    0.1546
JAXA  Japan Aerospace Exploration Agency               agency             0.3687    0.1493
JPN   Japan                                            nation                  0     0.125
USA   United States                                    nation                  0     0.125
FRA   France                                           nation             0.1119   0.05412
NOAA  National Oceanic and Atmospheric Administration  agency             0.1252   0.05352
--- stderr
