# edges become agreements: keys or e<N> as ids, default type edge, parallel edges kept, cluster edges included
args: -d "$(ln -s {fixtures} {tmp}/fx && echo fx)/dot/attrs.dot" --format csv agreements
status: 0
--- stdout
id,date,end,type,parties,title,source
e5,1960,,edge,Centre_National_d_tudes_Spatiales;IND,,
saral,2013-02,,joint_mission,ISRO;Centre_National_d_tudes_Spatiales,SARAL,report.pdf
e3,2017,,research_cooperation,ISRO;JAXA,,
e2,2019,2024-06-30,research_cooperation,ISRO;JAXA,,
e4,,,edge,JAXA;ISRO,,
--- stderr
