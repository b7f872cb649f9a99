#!/usr/bin/python3
"""peer_networkx.py DATASET TASK [ENTITY] - scripts/bench's NetworkX peer.

The weighted nx.Graph of common.py, and NetworkX's own measures with the
weighting coopgraph documents: degree and strength, pagerank and
eigenvector_centrality on the weights, closeness_centrality (Wasserman-Faust)
and betweenness_centrality (normalised) on hop counts. PageRank is iterated
to tol=1e-12 (NetworkX's default 1e-6 stops up to ~5e-6 away; coopgraph
solves it exactly), and so is eigenvector, to tol=1e-13 (coopgraph computes
the limit of this power iteration). Also the reference of
tests/generate-check.sh.
"""
import os
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

def build(ids, weights):
    g = nx.Graph()
    g.add_nodes_from(range(len(ids)))
    g.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    return g

def stats(g):
    return g.number_of_nodes(), g.number_of_edges(), int(g.size(weight="weight"))

def partners(g, v):
    return [(u, d["weight"]) for u, d in g[v].items()]

def inorder(f):
    def run(g):
        d = f(g)
        return [d[v] for v in range(g.number_of_nodes())]
    return run

MEASURES = {
    "degree": inorder(lambda g: dict(g.degree())),
    "strength": inorder(lambda g: dict(g.degree(weight="weight"))),
    "pagerank": inorder(lambda g: nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12,
                                              max_iter=10000)),
    "eigenvector": inorder(lambda g: nx.eigenvector_centrality(g, weight="weight", tol=1e-13,
                                                               max_iter=100000)),
    "closeness": inorder(nx.closeness_centrality),
    "betweenness": inorder(nx.betweenness_centrality),
}

if __name__ == "__main__":
    common.main(build, stats, partners, MEASURES)
