# NASA and CNES stand for the USA and France: a09 and the three-party a12
args: -d {fixtures}/query history NASA CNES --by-nation
status: 0
--- stdout
id   date     end  type                   parties       title                source
---  -------  ---  ---------------------  ------------  -------------------  ------
a09  2011          cooperation_agreement  NASA;CNES     NASA-CNES agreement  src3
a12  2016-06       launch_service         ISRO;USA;FRA  PSLV rideshare       src4

agreements: 2
first: 2011
last: 2016-06
longest gap: 5 years and 152 days (2011 to 2016-06)
--- stderr
note: 3 agreements within one nation left out by --by-nation
