# an unknown type with nothing close lists the dataset's types
args: -d {fixtures}/query agreements --type launch
status: 2
--- stdout
--- stderr
coopgraph agreements: unknown type 'launch' for --type (expected technical_assistance, membership, programme_partnership, intergovernmental_agreement, cooperation_agreement, memorandum_of_understanding, contract, joint_mission, launch_service, participation or research_cooperation)
usage: coopgraph agreements [OPTIONS]
Try 'coopgraph agreements --help' for more information.
