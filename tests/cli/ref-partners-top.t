# ref-partners-top: the three top partners of ESA.
# Expected output computed by scripts/cli-reference from the CSV files
# (Python's csv, NetworkX), not by coopgraph. Regenerate with it.
args: -q --format csv partners ESA --top 3
status: 0
--- stdout
id,name,kind,agreements,first,last,types
Roscosmos,Federal Space Agency (Roscosmos),agency,12,1996,2005,"contract 7, arrangement 2, cooperation_agreement 2, framework_agreement 1"
ISRO,Indian Space Research Organisation,agency,5,2025,2025,"joint_mission 2, cooperation_agreement 1, research_cooperation 1, statement_of_intent 1"
RUS,Russian Federation,nation,3,1991,2003-02-11,"cooperation_agreement 1, framework_agreement 1, intergovernmental_agreement 1"
--- stderr
