/*
 * communities.h - blocs of cooperation: a modularity partition of the
 * weighted partnership graph, found by igraph (communities.c).
 */
#ifndef COOPGRAPH_COMMUNITIES_H
#define COOPGRAPH_COMMUNITIES_H

#include <stddef.h>
#include <stdint.h>

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Community detection. */
typedef enum cg_community_method {
  CG_COMMUNITY_LEIDEN = 0, /* igraph_community_leiden, modularity objective */
  CG_COMMUNITY_LOUVAIN = 1 /* igraph_community_multilevel */
} cg_community_method;

typedef struct cg_community_options {
  cg_community_method method;
  unsigned long seed; /* igraph's default RNG is seeded with it */
} cg_community_options;

#define CG_COMMUNITY_OPTIONS_INIT                                                                  \
  { CG_COMMUNITY_LEIDEN, 42 }

/*
 * A partition of the vertices. Communities are numbered largest first, then
 * by their smallest member id (strcmp); members are listed by id.
 */
typedef struct cg_communities {
  size_t nvertices, ncommunities;
  double modularity;  /* weighted Newman modularity, resolution 1; NaN without edges */
  int32_t *community; /* community of each vertex */
  size_t *start;      /* community c: members[start[c] .. start[c+1]) */
  int32_t *members;   /* vertex indices */
} cg_communities;

/*
 * Partitions g into communities by weighted modularity (resolution 1):
 * Leiden from singletons, iterated until stable, or Louvain. Deterministic
 * for a given seed. Isolated vertices are singleton communities. Fills *out
 * (free with cg_communities_free; safe to free after failure). Returns CG_OK,
 * CG_ERR_NOMEM, CG_ERR_ARG (unknown method) or CG_ERR_INTERNAL. Time: about
 * O(m) per pass, a few passes in practice; numbering O(n log n).
 */
cg_status cg_communities_find(cg_communities *out, const cg_pgraph *g,
                              const cg_community_options *opts);
void cg_communities_free(cg_communities *c);

#ifdef __cplusplus
}
#endif
#endif
