# centrality --raw: betweenness not normalised, as Gephi publishes it; equal to
# nx.betweenness_centrality(G, normalized=False) on the default dataset's
# partnership graph (every entity a node, each agreement a clique):
# ESA 916.5, ISRO 367.5, GBR 94.5
args: centrality --measure betweenness --raw --top 3 --format csv
status: 0
--- stdout
id,name,kind,betweenness
ESA,European Space Agency,agency,916.5
ISRO,Indian Space Research Organisation,agency,367.5
GBR,United Kingdom,nation,94.5
--- stderr
