# csv at full precision, chosen measures, top 3 by betweenness
args: -d {fixtures}/graphs/multi --format csv centrality --measure partners,betweenness,closeness --sort betweenness --top 3
status: 0
--- stdout
id,name,kind,partners,betweenness,closeness
JAXA,Japan Aerospace Exploration Agency,agency,5,0.14285714285714285,0.7142857142857143
ESA,European Space Agency,organisation,4,0.047619047619047616,0.5952380952380952
NASA,National Aeronautics and Space Administration,agency,4,0.047619047619047616,0.5952380952380952
--- stderr
