# CSV is never cut, whatever the width
args: -d {fixtures}/query --format csv agreements --entity ISRO
status: 0
--- stdout
id,date,end,type,parties,title,source
a01,1962,,technical_assistance,NASA;ISRO,US support for the Indian programme,src1
a03,1992-09,,programme_partnership,ANT;ISRO,Antrix markets ISRO services,src1
a05,2005,2010,cooperation_agreement,ISRO;CNES,ISRO-CNES framework,src2
a10,2011-10,,joint_mission,CNES;ISRO,Megha-Tropiques,src2
a11,2014-09-30,,joint_mission,NASA;ISRO,NISAR,src2
a12,2016-06,,launch_service,ISRO;USA;FRA,PSLV rideshare,src4
a00,2016-06,,research_cooperation,JAXA;ISRO,Debris research,src4
a14,2018-03-12,,joint_mission,ISRO;CNES,TRISHNA,src2
a06,,,memorandum_of_understanding,NASA;ISRO,Undated NASA-ISRO MoU,src2
a13,,,participation,ESA;ISRO,Forum participation,src4
--- stderr
