# the US spelling of ISRO's name (an alias) names ISRO
args: --format csv partners "Indian Space Research Organization" --top 2
status: 0
--- stdout
id,name,kind,agreements,first,last,types
ESA,European Space Agency,agency,5,2025,2025,"joint_mission 2, cooperation_agreement 1, research_cooperation 1, statement_of_intent 1"
CNES,Centre National d'Études Spatiales,agency,4,,,"joint_mission 2, research_cooperation 2"
--- stderr
