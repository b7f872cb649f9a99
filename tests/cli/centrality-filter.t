# by-nation and multilateral skip
args: -d {fixtures}/graphs/multi centrality --by-nation --multilateral skip --measure partners,agreements,strength
status: 0
--- stdout
id   name                   kind          partners  agreements  strength
---  ---------------------  ------------  --------  ----------  --------
USA  United States          nation               2           5         5
FRA  France                 nation               1           3         3
JPN  Japan                  nation               2           3         3
ESA  European Space Agency  organisation         1           1         1
--- stderr
note: 1 agreement within one nation left out by --by-nation
