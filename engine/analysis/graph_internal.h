/*
 * graph_internal.h - igraph access to the partnership graph, for the
 * library's analysis and drawing modules. Private: the public API does not
 * expose igraph types, so callers need no igraph headers.
 */
#ifndef COOPGRAPH_GRAPH_INTERNAL_H
#define COOPGRAPH_GRAPH_INTERNAL_H

#include <coopgraph/graph.h>

#include <igraph.h>

/* The undirected simple igraph graph; vertex i is cg_pgraph_entity(g, i). */
const igraph_t *cg_pgraph_igraph(const cg_pgraph *g);
/* Edge weights (shared agreements), in igraph edge order = cg_pgraph edge order. */
const igraph_vector_t *cg_pgraph_weights(const cg_pgraph *g);

/*
 * Makes igraph return errors instead of aborting the process, and keeps its
 * warnings off stderr (the library never prints). Idempotent; called by every
 * entry point that uses igraph. Not thread-safe, like Debian's igraph itself.
 */
void cg_igraph_setup(void);
/* Maps an igraph error code to a cg_status. */
cg_status cg_igraph_status(igraph_error_t err);

#endif
