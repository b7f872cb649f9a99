# scores equal to 12 significant digits are ties, ordered by id: W's betweenness is 0.24999999999999994, Z's 0.25 (both 1/4), so W comes first
args: -d {fixtures}/graphs/near-tie centrality --measure betweenness --sort betweenness
status: 0
--- stdout
id  name      kind    betweenness
--  --------  ------  -----------
R   Agency R  agency          0.5
W   Agency W  agency         0.25
Z   Agency Z  agency         0.25
S   Agency S  agency       0.2321
Y   Agency Y  agency       0.1786
T   Agency T  agency      0.05357
U   Agency U  agency            0
V   Agency V  agency            0
X   Agency X  agency            0
--- stderr
