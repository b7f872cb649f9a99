# ref-centrality: partners, agreements and strength (NetworkX degree, weighted degree), by strength.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv centrality --measure partners,agreements,strength --sort strength
status: 0
--- stdout
id,name,kind,partners,agreements,strength
ESA,European Space Agency,agency,34,50,52
ISRO,Indian Space Research Organisation,agency,11,21,23
Roscosmos,Federal Space Agency (Roscosmos),agency,1,12,12
Antrix,Antrix Corporation,company,4,3,6
NSIL,NewSpace India Limited,company,4,3,6
RUS,Russian Federation,nation,2,6,6
JAXA,Japan Aerospace Exploration Agency,agency,3,3,5
CNES,Centre National d'Études Spatiales,agency,1,4,4
NASA,National Aeronautics and Space Administration,agency,3,2,4
Astroscale,Astroscale,company,3,3,3
GBR,United Kingdom,nation,3,2,3
USA,United States,nation,3,2,3
EU,European Union,organisation,1,2,2
IND,India,nation,2,2,2
SGP,Singapore,nation,2,1,2
AUT,Austria,nation,1,1,1
ArtemisAccords,Artemis Accords,organisation,1,1,1
BEL,Belgium,nation,1,1,1
BRICS,BRICS,organisation,1,1,1
Bellatrix,Bellatrix,company,1,1,1
CAN,Canada,nation,1,1,1
CHE,Switzerland,nation,1,1,1
COPUOS,United Nations Committee on the Peaceful Uses of Outer Space,organisation,1,1,1
CZE,Czech Republic,nation,1,1,1
DEU,Germany,nation,1,1,1
DNK,Denmark,nation,1,1,1
Digantara,Digantara,company,1,1,1
ESP,Spain,nation,1,1,1
EST,Estonia,nation,1,1,1
EUMETSAT,European Organisation for the Exploitation of Meteorological Satellites,organisation,1,1,1
FIN,Finland,nation,1,1,1
FRA,France,nation,1,1,1
G20,Group of Twenty,organisation,1,1,1
GRC,Greece,nation,1,1,1
HUN,Hungary,nation,1,1,1
IRL,Ireland,nation,1,1,1
ITA,Italy,nation,1,1,1
JPN,Japan,nation,1,1,1
LTU,Lithuania,nation,1,1,1
LUX,Luxembourg,nation,1,1,1
LVA,Latvia,nation,1,1,1
NLD,Netherlands,nation,1,1,1
NOR,Norway,nation,1,1,1
POL,Poland,nation,1,1,1
PRT,Portugal,nation,1,1,1
ROU,Romania,nation,1,1,1
SUN,Union of Soviet Socialist Republics,nation,1,1,1
SVK,Slovakia,nation,1,1,1
SVN,Slovenia,nation,1,1,1
SWE,Sweden,nation,1,1,1
--- stderr
