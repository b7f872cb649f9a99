# summary of the valid fixture; CJK names keep the columns aligned
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/valid" summary
status: 0
--- stdout
Dataset     fx/valid
Entities    10
Agreements  8 (2 multilateral, 1 without a date)
Dates       2005 to 2023-01-15

kind     entities
-------  --------
agency          5
nation          4
company         1

type                   agreements
---------------------  ----------
cooperation_agreement           5
statement_of_intent             2
membership                      1
framework_agreement             0

Top 10 entities by agreements
id         name                                        kind     agreements
---------  ------------------------------------------  -------  ----------
ESA        Agence spatiale européenne                  agency            4
ISRO       Indian Space Research Organisation          agency            4
JAXA       宇宙航空研究開発機構                        agency            3
CNES       Centre national d'études spatiales, France  agency            2
Roscosmos  State Corporation "Roscosmos"               agency            2
Astro      Astro, Inc.                                 company           1
FRA        France                                      nation            1
IND        India                                       nation            1
JPN        Japan                                       nation            1
RUS        Russia                                      nation            0
--- stderr
