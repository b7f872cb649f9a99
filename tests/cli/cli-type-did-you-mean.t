# an unknown type close to one gets a did you mean
args: -d {fixtures}/query agreements --type joint_misson
status: 2
--- stdout
--- stderr
coopgraph agreements: unknown type 'joint_misson' for --type; did you mean 'joint_mission'?
usage: coopgraph agreements [OPTIONS]
Try 'coopgraph agreements --help' for more information.
