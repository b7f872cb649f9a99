# entities in file order
args: -d {fixtures}/valid entities
status: 0
--- stdout
id         kind     name                                   country  aliases               agreements
---------  -------  -------------------------------------  -------  --------------------  ----------
ESA        agency   Agence spatiale européenne                      European Space Agen…           4
ISRO       agency   Indian Space Research Organisation     IND      ISRO India                     4
JAXA       agency   宇宙航空研究開発機構                   JPN      Japan Aerospace Exp…           3
Roscosmos  agency   State Corporation "Roscosmos"          RUS      Federal Space Agency           2
CNES       agency   Centre national d'études spatiales, …  FRA                                     2
IND        nation   India                                           Bharat                         1
JPN        nation   Japan                                           Nippon                         1
FRA        nation   France                                                                         1
RUS        nation   Russia                                          Russian Federation             0
Astro      company  Astro, Inc.                            JPN                                     1
--- stderr
