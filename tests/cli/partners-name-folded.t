# an entity named on the command line through the name matcher: accents and apostrophes apart
args: --format csv partners "Centre National d'Etudes Spatiales"
status: 0
--- stdout
id,name,kind,agreements,first,last,types
ISRO,Indian Space Research Organisation,agency,4,,,"joint_mission 2, research_cooperation 2"
--- stderr
