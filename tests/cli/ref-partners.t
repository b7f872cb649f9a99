# ref-partners: partners of ISRO: shared agreements, first and last date, types.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv partners ISRO
status: 0
--- stdout
id,name,kind,agreements,first,last,types
ESA,European Space Agency,agency,5,2025,2025,"joint_mission 2, cooperation_agreement 1, research_cooperation 1, statement_of_intent 1"
CNES,Centre National d'Études Spatiales,agency,4,,,"joint_mission 2, research_cooperation 2"
RUS,Russian Federation,nation,3,1975,1975,"technical_assistance 2, astronaut_training 1"
JAXA,Japan Aerospace Exploration Agency,agency,3,,,"cooperation_agreement 1, joint_mission 1, research_cooperation 1"
NASA,National Aeronautics and Space Administration,agency,2,,,joint_mission 2
Astroscale,Astroscale,company,1,2027,2027,planned_launch_service 1
BRICS,BRICS,organisation,1,,,participation 1
COPUOS,United Nations Committee on the Peaceful Uses of Outer Space,organisation,1,,,participation 1
G20,Group of Twenty,organisation,1,,,participation 1
SUN,Union of Soviet Socialist Republics,nation,1,,,technical_assistance 1
USA,United States,nation,1,,,technical_assistance 1
--- stderr
