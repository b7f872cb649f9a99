# --wide: long text in full
args: -d {fixtures}/query --wide partners ISRO
status: 0
--- stdout
id    name                                           kind          agreements  first    last        types
----  ---------------------------------------------  ------------  ----------  -------  ----------  ----------------------------------------------------------------------
CNES  Centre national d'études spatiales             agency                 3  2005     2018-03-12  joint_mission 2, cooperation_agreement 1
NASA  National Aeronautics and Space Administration  agency                 3  1962     2014-09-30  joint_mission 1, memorandum_of_understanding 1, technical_assistance 1
FRA   France                                         nation                 1  2016-06  2016-06     launch_service 1
JAXA  Japan Aerospace Exploration Agency             agency                 1  2016-06  2016-06     research_cooperation 1
USA   United States                                  nation                 1  2016-06  2016-06     launch_service 1
ANT   Antrix Corporation                             company                1  1992-09  1992-09     programme_partnership 1
ESA   European Space Agency                          organisation           1                       participation 1
--- stderr
