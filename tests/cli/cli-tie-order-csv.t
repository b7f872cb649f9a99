# ties by id in CSV too (the order is the same in every format; the values stay full)
args: -d {fixtures}/graphs/near-tie --format csv centrality --measure betweenness --sort betweenness --top 3
status: 0
--- stdout
id,name,kind,betweenness
R,Agency R,agency,0.5
W,Agency W,agency,0.24999999999999994
Z,Agency Z,agency,0.25
--- stderr
