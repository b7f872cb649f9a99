# ref-entities: the agencies, with the agreements each takes part in.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv entities --kind agency
status: 0
--- stdout
id,kind,name,country,aliases,agreements
ESA,agency,European Space Agency,,,50
ISRO,agency,Indian Space Research Organisation,IND,Indian Space Research Organization,21
JAXA,agency,Japan Aerospace Exploration Agency,JPN,,3
Roscosmos,agency,Federal Space Agency (Roscosmos),RUS,Federal Space Agency|Russian Federal Space Agency,12
NASA,agency,National Aeronautics and Space Administration,USA,,2
CNES,agency,Centre National d'Études Spatiales,FRA,,4
--- stderr
