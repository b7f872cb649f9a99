# Leiden on the disconnected fixture: isolated entities alone
args: -d {fixtures}/graphs/disconnected communities
status: 0
--- stdout
method leiden, modularity 0.562
community  size  members
---------  ----  --------------
        1     4  P1, P2, P3, P4
        2     3  Q1, Q2, Q3
        3     2  T1, T2
        4     1  R1
        5     1  S1
--- stderr
