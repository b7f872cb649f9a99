# only agencies, without joint missions
args: -d {fixtures}/query partners ISRO --kind agency --exclude-type joint_mission
status: 0
--- stdout
id    name                                kind    agreements  first    last     types
----  ----------------------------------  ------  ----------  -------  -------  --------------------
NASA  National Aeronautics and Space Ad…  agency           2  1962     1962     memorandum_of_under…
JAXA  Japan Aerospace Exploration Agency  agency           1  2016-06  2016-06  research_cooperatio…
CNES  Centre national d'études spatiales  agency           1  2005     2005     cooperation_agreeme…
--- stderr
