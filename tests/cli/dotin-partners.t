# partners on a DOT dataset, by original node name
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" partners "Centre National d'Études Spatiales"
status: 0
--- stdout
id    name                                kind    agreements  first    last     types
----  ----------------------------------  ------  ----------  -------  -------  ---------------
ISRO  Indian Space Research Organisation  agency           1  2013-02  2013-02  joint_mission 1
IND   India                               nation           1  1960     1960     edge 1
--- stderr
