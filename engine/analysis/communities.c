/*
 * communities.c - blocs of cooperation: a modularity partition of the
 * weighted partnership graph by igraph's Leiden or Louvain, seeded and
 * numbered deterministically.
 */
#include <coopgraph/communities.h>

#include "analysis/graph_internal.h"
#include "core/sort_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void cg_communities_free(cg_communities *c) {
  if (!c) return;
  free(c->community);
  free(c->start);
  free(c->members);
  memset(c, 0, sizeof *c);
}

/* Runs the chosen method into membership (one raw label per vertex). */
static igraph_error_t detect(const cg_pgraph *g, cg_community_method method,
                             igraph_vector_int_t *membership) {
  const igraph_t *ig = cg_pgraph_igraph(g);
  const igraph_vector_t *w = cg_pgraph_weights(g);
  igraph_integer_t n = igraph_vcount(ig);
  if (igraph_ecount(ig) == 0) { /* nothing to optimise: every vertex alone */
    IGRAPH_CHECK(igraph_vector_int_resize(membership, n));
    for (igraph_integer_t i = 0; i < n; i++)
      VECTOR(*membership)[i] = i;
    return IGRAPH_SUCCESS;
  }
  if (method == CG_COMMUNITY_LOUVAIN)
    return igraph_community_multilevel(ig, w, 1.0, membership, NULL, NULL);
  /* Modularity as a Leiden quality: node weights = strengths, resolution 1/(2m). */
  igraph_vector_t strength;
  IGRAPH_CHECK(igraph_vector_init(&strength, 0));
  igraph_error_t err =
      igraph_strength(ig, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w);
  if (!err) {
    double total = igraph_vector_sum(w);
    err = igraph_community_leiden(ig, w, &strength, 1.0 / (2.0 * total), 0.01, 0, -1, membership,
                                  NULL, NULL);
  }
  igraph_vector_destroy(&strength);
  return err;
}

/* What the comparators below sort by. */
typedef struct sort_ctx {
  const cg_communities *c;
  const cg_pgraph *g;
  const size_t *size;
} sort_ctx;

static const char *vertex_id(const sort_ctx *s, size_t v) {
  const cg_dataset *ds = cg_view_dataset(cg_pgraph_view(s->g));
  return cg_dataset_entity(ds, (size_t)cg_pgraph_entity(s->g, v))->id;
}

/* Vertices by raw label, then by id. */
static int by_label_id(const void *pa, const void *pb, void *ctx) {
  const sort_ctx *s = ctx;
  int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
  int32_t la = s->c->community[a], lb = s->c->community[b];
  if (la != lb) return la < lb ? -1 : 1;
  return strcmp(vertex_id(s, (size_t)a), vertex_id(s, (size_t)b));
}

/* Communities (given by first member position) largest first, then by first id. */
static int by_size_id(const void *pa, const void *pb, void *ctx) {
  const sort_ctx *s = ctx;
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  if (s->size[a] != s->size[b]) return s->size[a] > s->size[b] ? -1 : 1;
  return strcmp(vertex_id(s, (size_t)s->c->members[a]), vertex_id(s, (size_t)s->c->members[b]));
}

/*
 * Renumbers raw labels (in c->community) as documented and fills start and
 * members. Returns CG_OK or CG_ERR_NOMEM.
 */
static cg_status number(cg_communities *c, const cg_pgraph *g) {
  size_t n = c->nvertices;
  int32_t *order = malloc((n ? n : 1) * sizeof *order);
  size_t *first = malloc((n ? n : 1) * sizeof *first), *size = calloc(n + 1, sizeof *size);
  c->members = malloc((n ? n : 1) * sizeof *c->members);
  c->start = malloc((n + 1) * sizeof *c->start);
  cg_status st = CG_ERR_NOMEM;
  if (!order || !first || !size || !c->members || !c->start) goto done;
  for (size_t i = 0; i < n; i++)
    order[i] = (int32_t)i;
  sort_ctx ctx = {c, g, size};
  cg_sort(order, n, sizeof *order, by_label_id, &ctx);
  size_t k = 0; /* communities; first[k] = position of its first member in order */
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || c->community[order[i]] != c->community[order[i - 1]]) first[k++] = i;
    size[first[k - 1]]++;
  }
  memcpy(c->members, order, n * sizeof *order);
  cg_sort(first, k, sizeof *first, by_size_id, &ctx);
  size_t pos = 0;
  for (size_t j = 0; j < k; j++) {
    c->start[j] = pos;
    for (size_t i = first[j]; i < first[j] + size[first[j]]; i++) {
      order[pos++] = c->members[i];
    }
  }
  c->start[k] = pos;
  memcpy(c->members, order, n * sizeof *order);
  for (size_t j = 0; j < k; j++)
    for (size_t i = c->start[j]; i < c->start[j + 1]; i++)
      c->community[c->members[i]] = (int32_t)j;
  c->ncommunities = k;
  st = CG_OK;
done:
  free(order);
  free(first);
  free(size);
  return st;
}

cg_status cg_communities_find(cg_communities *out, const cg_pgraph *g,
                              const cg_community_options *opts) {
  memset(out, 0, sizeof *out);
  cg_community_options o = CG_COMMUNITY_OPTIONS_INIT;
  if (opts) o = *opts;
  if (o.method != CG_COMMUNITY_LEIDEN && o.method != CG_COMMUNITY_LOUVAIN) return CG_ERR_ARG;
  cg_igraph_setup();
  size_t n = cg_pgraph_nvertices(g);
  out->nvertices = n;
  out->modularity = NAN;
  out->community = malloc((n ? n : 1) * sizeof *out->community);
  if (!out->community) return CG_ERR_NOMEM;
  igraph_vector_int_t membership;
  if (igraph_vector_int_init(&membership, 0)) {
    cg_communities_free(out);
    return CG_ERR_NOMEM;
  }
  igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o.seed);
  igraph_error_t err = detect(g, o.method, &membership);
  cg_status st = cg_igraph_status(err);
  for (size_t i = 0; !st && i < n; i++)
    out->community[i] = (int32_t)VECTOR(membership)[i];
  if (!st) st = number(out, g);
  if (!st && cg_pgraph_nedges(g) > 0) {
    for (size_t i = 0; i < n; i++)
      VECTOR(membership)[i] = out->community[i];
    igraph_real_t q;
    err = igraph_modularity(cg_pgraph_igraph(g), &membership, cg_pgraph_weights(g), 1.0,
                            IGRAPH_UNDIRECTED, &q);
    st = cg_igraph_status(err);
    out->modularity = q;
  }
  igraph_vector_int_destroy(&membership);
  if (st) cg_communities_free(out);
  return st;
}
