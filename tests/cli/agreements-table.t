# agreements oldest first, undated last; a newline in a title is shown as \n
args: -d {fixtures}/valid agreements
status: 0
--- stdout
id                       date        end      type                   parties             title                            source
-----------------------  ----------  -------  ---------------------  ------------------  -------------------------------  --------
esa-isro-2005            2005                 cooperation_agreement  ESA;ISRO            Earth observation, data sharing  esa.txt
esa-jaxa-roscosmos-2010  2010-03-07  2015-12  statement_of_intent    ESA;JAXA;Roscosmos  Trilateral intent
ind-jpn-2014             2014-09              cooperation_agreement  IND;JPN             India–Japan cooperation
isro-jaxa-2016-11        2016-11              cooperation_agreement  ISRO;JAXA           Lunar polar\nexploration         jaxa.txt
roscosmos-isro-2018      2018        2020     cooperation_agreement  Roscosmos;ISRO      Human spaceflight "Gaganyaan"
cnes-astro-2021          2021-06-01           cooperation_agreement  CNES;Astro          Debris removal study
quad-2023                2023-01-15           statement_of_intent    ESA;ISRO;JAXA;CNES  Four-party intent                esa.txt
esa-member-fra                                membership             FRA;ESA             France as an ESA Member State    esa.txt
--- stderr
