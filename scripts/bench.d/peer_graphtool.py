#!/usr/bin/python3
"""peer_graphtool.py DATASET TASK [ENTITY] - scripts/bench's graph-tool peer.

The weighted graph of common.py as a graph_tool.Graph, and graph-tool's
measures brought to coopgraph's (NetworkX's) definitions: pagerank (iterated
to epsilon=1e-12) and eigenvector (unit Euclidean norm) on the weights;
closeness on hop counts times the Wasserman-Faust factor (reachable - 1)/(n - 1),
0 when isolated; betweenness on hop counts, rescaled to 2/((n-1)(n-2)).
graph-tool runs its loops with OpenMP on every core (left as it is).
"""
import os
import sys

import numpy as np
import graph_tool.all as gt

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402


def build(ids, weights):
    g = gt.Graph(directed=False)
    g.add_vertex(len(ids))
    w = g.new_edge_property("double")
    edges = np.array([(u, v, x) for (u, v), x in weights.items()], dtype=np.float64)
    g.add_edge_list(edges.reshape(-1, 3), eprops=[w])
    g.ep["weight"] = w
    return g


def stats(g):
    return g.num_vertices(), g.num_edges(), int(g.ep["weight"].a.sum())


def partners(g, v):
    w = g.ep["weight"]
    return [(int(e.target()), int(w[e])) for e in g.vertex(v).out_edges()]


def eigenvector(g):
    _, x = gt.eigenvector(g, weight=g.ep["weight"], epsilon=1e-12)
    a = x.a.copy()
    norm = np.linalg.norm(a) or 1.0
    return a / norm


def closeness(g):
    n = g.num_vertices()
    comp, hist = gt.label_components(g)
    size = hist[comp.a]
    c = gt.closeness(g, norm=True).a
    c = np.where((size < 2) | np.isnan(c), 0.0, c)
    return c * (size - 1) / (n - 1)


def betweenness(g):
    # graph-tool normalises by (n-1)(n-2)/2 for undirected graphs, like NetworkX
    vb, _ = gt.betweenness(g, norm=True)
    return vb.a


MEASURES = {
    "degree": lambda g: g.get_total_degrees(g.get_vertices()),
    "strength": lambda g: g.get_total_degrees(g.get_vertices(), eweight=g.ep["weight"]),
    "pagerank": lambda g: gt.pagerank(g, damping=0.85, weight=g.ep["weight"], epsilon=1e-12).a,
    "eigenvector": eigenvector,
    "closeness": closeness,
    "betweenness": betweenness,
}

if __name__ == "__main__":
    common.main(build, stats, partners, MEASURES)
