# --entity by a CJK alias, a date window; the undated agreement is noted
args: -d {fixtures}/valid agreements --entity 宇宙機構 --format csv --from 2016 --to 2023-01
status: 0
--- stdout
id,date,end,type,parties,title,source
isro-jaxa-2016-11,2016-11,,cooperation_agreement,ISRO;JAXA,"Lunar polar
exploration",jaxa.txt
quad-2023,2023-01-15,,statement_of_intent,ESA;ISRO;JAXA;CNES,Four-party intent,esa.txt
--- stderr
note: 1 agreement without a date left out by the date filter
