# nodes become entities: kind, name, country, aliases; a name that is not an id gets one
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" --format csv entities
status: 0
--- stdout
id,kind,name,country,aliases,agreements
IND,nation,India,,,1
ISRO,agency,Indian Space Research Organisation,IND,Indian agency|ISRO HQ,4
Centre_National_d_tudes_Spatiales,agency,Centre National d'Études Spatiales,,CNES,2
JAXA,agency,,,,3
--- stderr
