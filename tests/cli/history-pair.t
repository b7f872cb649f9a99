# the agreements of two entities together, named in any case
args: -d {fixtures}/query history isro cnes
status: 0
--- stdout
id   date        end   type                   parties    title                source
---  ----------  ----  ---------------------  ---------  -------------------  ------
a05  2005        2010  cooperation_agreement  ISRO;CNES  ISRO-CNES framework  src2
a10  2011-10           joint_mission          CNES;ISRO  Megha-Tropiques      src2
a14  2018-03-12        joint_mission          ISRO;CNES  TRISHNA              src2

agreements: 3
first: 2005
last: 2018-03-12
longest gap: 6 years and 273 days (2005 to 2011-10)
--- stderr
