/*
 * paths_internal.h - the shortest-path measures (betweenness, closeness, harmonic),
 * the O(n m) part of centrality, computed in worker processes and with
 * sampled betweenness sources when asked. Private to the library.
 */
#ifndef COOPGRAPH_PATHS_INTERNAL_H
#define COOPGRAPH_PATHS_INTERNAL_H

#include <coopgraph/analysis.h>

#include <igraph.h>

typedef struct cg_paths_job {
  const igraph_t *ig;
  size_t n;
  /* Outputs of n values each; NULL for a measure not asked. */
  double *betweenness, *closeness, *harmonic;
  /* Betweenness sources, ascending; NULL for every vertex. */
  const igraph_integer_t *sources;
  size_t nsources;
  double scale; /* betweenness = scale * (sum over sources of igraph's halved dependencies) */
  size_t jobs;  /* worker processes, >= 1 */
  cg_progress_fn progress;
  void *progress_ctx;
} cg_paths_job;

/*
 * Computes the asked measures: betweenness as NetworkX's
 * betweenness_centrality before scaling, closeness with the Wasserman-Faust
 * factor, harmonic not normalised. Identical bits for any job->jobs.
 * Returns CG_OK, CG_ERR_NOMEM, CG_ERR_INTERNAL (igraph or a worker failed;
 * reason in msg) or a worker's status.
 */
cg_status cg_paths_compute(const cg_paths_job *job, char *msg, size_t msg_size);

/*
 * Draws k of the n vertices uniformly without replacement (a partial
 * Fisher-Yates shuffle driven by splitmix64 from seed, the same on every
 * platform) into out[0..k), sorted ascending. k <= n.
 */
cg_status cg_paths_sample(igraph_integer_t *out, size_t n, size_t k, unsigned long seed);

#endif
