# agreements oldest first, undated last; a newline in a title is shown as \n
args: -d {fixtures}/valid agreements
status: 0
--- stdout
id                       date        end      type                   parties    title       source
-----------------------  ----------  -------  ---------------------  ---------  ----------  --------
esa-isro-2005            2005                 cooperation_agreement  ESA;ISRO   Earth obs…  esa.txt
esa-jaxa-roscosmos-2010  2010-03-07  2015-12  statement_of_intent    ESA;JAXA…  Trilatera…
ind-jpn-2014             2014-09              cooperation_agreement  IND;JPN    India–Jap…
isro-jaxa-2016-11        2016-11              cooperation_agreement  ISRO;JAXA  Lunar pol…  jaxa.txt
roscosmos-isro-2018      2018        2020     cooperation_agreement  Roscosmo…  Human spa…
cnes-astro-2021          2021-06-01           cooperation_agreement  CNES;Ast…  Debris re…
quad-2023                2023-01-15           statement_of_intent    ESA;ISRO…  Four-part…  esa.txt
esa-member-fra                                membership             FRA;ESA    France as…  esa.txt
--- stderr
