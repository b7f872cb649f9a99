# Louvain as csv
args: -d {fixtures}/graphs/multi --format csv communities --method louvain
status: 0
--- stdout
community,size,members
1,3,"CNES, NASA, NOAA"
2,3,"ESA, FRA, JAXA"
3,2,"JPN, USA"
--- stderr
