/*
 * graph.h - the partnership graph: one vertex per entity in a view, one
 * undirected edge per pair of entities that share agreements, weighted by
 * how many they share. A multilateral agreement of k parties adds 1 to each
 * of its k(k-1)/2 pairs (or is left out, as the view's filter says).
 *
 * The graph is simple (no parallel edges, no loops) and held as an igraph
 * graph with a weight vector, so every algorithm runs in igraph.
 */
#ifndef COOPGRAPH_GRAPH_H
#define COOPGRAPH_GRAPH_H

#include <stddef.h>
#include <stdint.h>

#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_pgraph cg_pgraph;

/*
 * Builds the partnership graph of view v. Vertices are the view's entities
 * in dataset order (isolated ones included); edges are sorted by (u, v) with
 * u < v. Returns CG_OK, CG_ERR_NOMEM or CG_ERR_INTERNAL (igraph failed).
 * The graph borrows v, which must outlive it. O(sum over agreements of k^2)
 * plus a sort of the pairs.
 */
cg_status cg_pgraph_new(cg_pgraph **out, const cg_view *v);
void cg_pgraph_free(cg_pgraph *g);

/* The view the graph borrows, and its numbers of vertices and edges. */
const cg_view *cg_pgraph_view(const cg_pgraph *g);
size_t cg_pgraph_nvertices(const cg_pgraph *g);
size_t cg_pgraph_nedges(const cg_pgraph *g);
/* Dataset entity index of vertex i. */
int32_t cg_pgraph_entity(const cg_pgraph *g, size_t vertex);
/* Vertex of dataset entity e, or -1 when e is not in the view. */
int64_t cg_pgraph_vertex(const cg_pgraph *g, size_t entity);
/* Endpoints (u < v) and weight (shared agreements) of edge i. */
void cg_pgraph_edge(const cg_pgraph *g, size_t edge, size_t *u, size_t *v, double *weight);
/*
 * The agreements behind edge i, in dataset order, as a borrowed array of
 * agreement indices (what a tooltip or `history A B` lists).
 */
const int32_t *cg_pgraph_edge_agreements(const cg_pgraph *g, size_t edge, size_t *count);
/* Edge between vertices u and v, or -1. O(log degree). */
int64_t cg_pgraph_find_edge(const cg_pgraph *g, size_t u, size_t v);

#ifdef __cplusplus
}
#endif
#endif
