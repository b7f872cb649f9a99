# a score below 1e-12 of its column's largest prints as 0 (eigenvector of the smaller components: 5.8e-31, 1.5e-59), never in e-notation
args: -d {fixtures}/graphs/disconnected centrality --measure eigenvector,pagerank
status: 0
--- stdout
id  name           kind     eigenvector  pagerank
--  -------------  -------  -----------  --------
P2  P two          agency        0.6051    0.1394
Q1  Q one          company            0    0.1194
Q2  Q two          company            0    0.1194
P3  P three        agency        0.4749    0.1083
T1  T one          agency             0    0.1075
T2  T two          agency             0    0.1075
P4  P four         agency        0.5379     0.106
Q3  Q three        company            0   0.08379
P1  P one          agency        0.3448   0.07642
R1  R one (alone)  agency             0   0.01613
S1  S one (alone)  company            0   0.01613
--- stderr
