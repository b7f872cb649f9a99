# partners on the query fixture: ties broken by the last date, then id; ESA (undated) last;
# the table fits 100 columns, long text cut with an ellipsis
args: -d {fixtures}/query partners ISRO
status: 0
--- stdout
id    name                       kind          agreements  first    last        types
----  -------------------------  ------------  ----------  -------  ----------  --------------------
CNES  Centre national d'études…  agency                 3  2005     2018-03-12  joint_mission 2, co…
NASA  National Aeronautics and…  agency                 3  1962     2014-09-30  joint_mission 1, me…
FRA   France                     nation                 1  2016-06  2016-06     launch_service 1
JAXA  Japan Aerospace Explorat…  agency                 1  2016-06  2016-06     research_cooperatio…
USA   United States              nation                 1  2016-06  2016-06     launch_service 1
ANT   Antrix Corporation         company                1  1992-09  1992-09     programme_partnersh…
ESA   European Space Agency      organisation           1                       participation 1
--- stderr
