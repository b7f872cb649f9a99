# ref-summary: counts by kind and type, dates, the most active entities.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv summary
status: 0
--- stdout
section,key,value
dataset,name,space-cooperation
entities,total,50
kind,nation,33
kind,agency,6
kind,organisation,6
kind,company,5
agreements,total,73
agreements,multilateral,4
agreements,undated,55
type,membership,23
type,contract,7
type,cooperation_agreement,6
type,joint_mission,5
type,research_cooperation,5
type,participation,4
type,technical_assistance,4
type,associate_membership,3
type,launch_service,3
type,programme_partnership,3
type,arrangement,2
type,framework_agreement,2
type,memorandum_of_understanding,2
type,astronaut_training,1
type,intergovernmental_agreement,1
type,planned_launch_service,1
type,statement_of_intent,1
dates,first,1975
dates,last,2027
top,ESA,50
top,ISRO,21
top,Roscosmos,12
top,RUS,6
top,CNES,4
top,Antrix,3
top,Astroscale,3
top,JAXA,3
top,NSIL,3
top,EU,2
--- stderr
