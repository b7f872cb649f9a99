# centrality on a DOT dataset (hand-checked: a path JAXA-ISRO-CNES-IND)
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" --format csv centrality
status: 0
--- stdout
id,name,kind,partners,agreements,strength,betweenness,closeness,harmonic,eigenvector,pagerank
ISRO,Indian Space Research Organisation,agency,2,4,4,0.6666666666666666,0.75,2.5,0.7028846029370599,0.36476639519931425
JAXA,,agency,1,3,3,0,0.5,1.8333333333333333,0.6631848540123063,0.27003857693956285
Centre_National_d_tudes_Spatiales,Centre National d'Études Spatiales,agency,2,2,2,0.6666666666666666,0.75,2.5,0.24532804448060133,0.2299614230604372
IND,India,nation,1,1,1,0,0.5,1.8333333333333333,0.07715720934567168,0.13523360480068583
--- stderr
