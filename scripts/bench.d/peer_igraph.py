#!/usr/bin/python3
"""peer_igraph.py DATASET TASK [ENTITY] - scripts/bench's python-igraph peer.

The weighted graph of common.py as an igraph.Graph, and igraph's measures
brought to coopgraph's (NetworkX's) definitions: pagerank (PRPACK) and
eigenvector_centrality on the weights, the latter scaled to unit Euclidean
norm; closeness on hop counts times the Wasserman-Faust factor
(reachable - 1)/(n - 1), 0 when isolated; betweenness on hop counts times
2/((n-1)(n-2)).
"""
import math
import os
import sys

import igraph as ig

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def build(ids, weights):
    g = ig.Graph(n=len(ids), edges=list(weights.keys()), directed=False)
    g.es["weight"] = list(weights.values())
    return g


def stats(g):
    return g.vcount(), g.ecount(), int(sum(g.es["weight"]))


def partners(g, v):
    return [(e.source if e.target == v else e.target, int(e["weight"]))
            for e in g.es[g.incident(v)]]


def eigenvector(g):
    x = g.eigenvector_centrality(directed=False, scale=False, weights="weight")
    norm = math.sqrt(sum(a * a for a in x)) or 1.0
    return [a / norm for a in x]


def closeness(g):
    n = g.vcount()
    size = g.connected_components().sizes()
    member = g.connected_components().membership
    c = g.closeness(mode="all", normalized=True)
    return [0.0 if size[member[v]] < 2 or math.isnan(x) else x * (size[member[v]] - 1) / (n - 1)
            for v, x in enumerate(c)]


def betweenness(g):
    n = g.vcount()
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
    return [b * scale for b in g.betweenness(directed=False)]


MEASURES = {
    "degree": lambda g: g.degree(),
    "strength": lambda g: g.strength(weights="weight"),
    "pagerank": lambda g: g.pagerank(directed=False, damping=0.85, weights="weight"),
    "eigenvector": eigenvector,
    "closeness": closeness,
    "betweenness": betweenness,
}

if __name__ == "__main__":
    common.main(build, stats, partners, MEASURES)
