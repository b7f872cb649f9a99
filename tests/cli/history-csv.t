# CSV has the agreement rows only
args: -d {fixtures}/query --format csv history ISRO --type joint_mission
status: 0
--- stdout
id,date,end,type,parties,title,source
a10,2011-10,,joint_mission,CNES;ISRO,Megha-Tropiques,src2
a11,2014-09-30,,joint_mission,NASA;ISRO,NISAR,src2
a14,2018-03-12,,joint_mission,ISRO;CNES,TRISHNA,src2
--- stderr
