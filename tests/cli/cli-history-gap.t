# gaps read as years and days
args: -d {fixtures}/query history ISRO NASA
status: 0
--- stdout
id   date        end  type                         parties    title                           source
---  ----------  ---  ---------------------------  ---------  ------------------------------  ------
a01  1962             technical_assistance         NASA;ISRO  US support for the Indian pro…  src1
a11  2014-09-30       joint_mission                NASA;ISRO  NISAR                           src2
a06                   memorandum_of_understanding  NASA;ISRO  Undated NASA-ISRO MoU           src2

agreements: 3
first: 1962
last: 2014-09-30
longest gap: 52 years and 272 days (1962 to 2014-09-30)
--- stderr
