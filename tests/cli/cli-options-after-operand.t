# options may follow operands, as in GNU tools
args: -d {fixtures}/query partners ISRO --top 2
status: 0
--- stdout
id    name                               kind    agreements  first  last        types
----  ---------------------------------  ------  ----------  -----  ----------  --------------------
CNES  Centre national d'études spatial…  agency           3  2005   2018-03-12  joint_mission 2, co…
NASA  National Aeronautics and Space A…  agency           3  1962   2014-09-30  joint_mission 1, me…
--- stderr
