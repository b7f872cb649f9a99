# 4 significant digits in plain notation, however small; below 1e-12 of the column's largest (P7: 1.8e-13, P8: 3.0e-15, of 0.5) a score prints as 0. B, C and D are equal to 12 digits (C differs in the 17th): a tie, by id. Eigenvector decays by about 1/60 along the tail P1..P8 of a heavy 4-clique.
args: -d {fixtures}/graphs/long-tail centrality --measure eigenvector --sort eigenvector
status: 0
--- stdout
id  name       kind          eigenvector
--  ---------  -------  ----------------
A   Agency A   agency             0.5001
B   Agency B   agency                0.5
C   Agency C   agency                0.5
D   Agency D   agency                0.5
P1  Company 1  company          0.008336
P2  Company 2  company          0.000139
P3  Company 3  company       0.000002317
P4  Company 4  company     0.00000003862
P5  Company 5  company   0.0000000006438
P6  Company 6  company  0.00000000001073
P7  Company 7  company                 0
P8  Company 8  company                 0
--- stderr
