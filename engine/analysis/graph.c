/*
 * graph.c - builds the weighted partnership graph of a view and holds it as
 * an igraph graph, so that every algorithm runs in igraph.
 *
 * Pairs are collected per agreement, bucketed by their smaller vertex and
 * sorted within buckets, which is linear-ish in the number of pairs and
 * keeps each edge's agreements in dataset order for tooltips and histories.
 */
#include "analysis/graph_internal.h"

#include <stdlib.h>
#include <string.h>

struct cg_pgraph {
  const cg_view *view;
  size_t nvertices, nedges;
  int32_t *vertex_entity; /* vertex -> entity */
  int64_t *entity_vertex; /* entity -> vertex or -1 */
  int32_t *eu, *ev;       /* endpoints, u < v */
  size_t *ebegin;         /* agreements of edge i: agr[ebegin[i] .. ebegin[i+1]) */
  int32_t *agr;
  size_t *ustart; /* edges with smaller endpoint u: [ustart[u], ustart[u+1]) */
  igraph_t ig;
  igraph_vector_t weights;
  int ig_ready;
};

static int igraph_is_setup;

void cg_igraph_setup(void) {
  if (igraph_is_setup) return;
  igraph_set_error_handler(igraph_error_handler_ignore);
  igraph_set_warning_handler(igraph_warning_handler_ignore);
  igraph_is_setup = 1;
}

cg_status cg_igraph_status(igraph_error_t err) {
  switch (err) {
  case IGRAPH_SUCCESS:
    return CG_OK;
  case IGRAPH_ENOMEM:
    return CG_ERR_NOMEM;
  case IGRAPH_INTERRUPTED:
    return CG_ERR_LIMIT;
  default:
    return CG_ERR_INTERNAL;
  }
}

typedef struct pair {
  int32_t v, a; /* other endpoint, agreement */
} pair;

static int pair_cmp(const void *pa, const void *pb) {
  const pair *x = pa, *y = pb;
  if (x->v != y->v) return x->v < y->v ? -1 : 1;
  return (x->a > y->a) - (x->a < y->a);
}

void cg_pgraph_free(cg_pgraph *g) {
  if (!g) return;
  if (g->ig_ready) {
    igraph_destroy(&g->ig);
    igraph_vector_destroy(&g->weights);
  }
  free(g->vertex_entity);
  free(g->entity_vertex);
  free(g->eu);
  free(g->ev);
  free(g->ebegin);
  free(g->agr);
  free(g->ustart);
  free(g);
}

/* Vertices: the view's entities in dataset order. */
static int map_vertices(cg_pgraph *g, const cg_dataset *ds) {
  size_t ne = cg_dataset_nentities(ds);
  g->entity_vertex = malloc((ne ? ne : 1) * sizeof *g->entity_vertex);
  g->vertex_entity = malloc((ne ? ne : 1) * sizeof *g->vertex_entity);
  if (!g->entity_vertex || !g->vertex_entity) return -1;
  for (size_t e = 0; e < ne; e++) {
    g->entity_vertex[e] = -1;
    if (cg_view_entity_in(g->view, e)) {
      g->entity_vertex[e] = (int64_t)g->nvertices;
      g->vertex_entity[g->nvertices++] = (int32_t)e;
    }
  }
  return 0;
}

/* Collects every (u, v, agreement) with u < v, bucketed by u. */
static pair *collect_pairs(cg_pgraph *g, const cg_dataset *ds, size_t **bucket_out,
                           size_t *npairs) {
  size_t na = cg_dataset_nagreements(ds), n = g->nvertices, total = 0;
  size_t *bucket = calloc(n + 1, sizeof *bucket), *fill = NULL;
  pair *pairs = NULL;
  if (!bucket) return NULL;
  /* Two passes over the same pairs: the first counts each bucket, the second fills it. */
  for (int place = 0; place < 2; place++) {
    for (size_t a = 0; a < na; a++) {
      uint32_t k;
      const int32_t *p = cg_view_parties(g->view, a, &k);
      for (uint32_t i = 0; i < k; i++)
        for (uint32_t j = i + 1; j < k; j++) {
          int64_t x = g->entity_vertex[p[i]], y = g->entity_vertex[p[j]];
          int64_t u = x < y ? x : y, v = x < y ? y : x;
          if (place)
            pairs[fill[u]++] = (pair){(int32_t)v, (int32_t)a};
          else
            bucket[u + 1]++, total++;
        }
    }
    if (place) break;
    for (size_t u = 0; u < n; u++)
      bucket[u + 1] += bucket[u];
    pairs = malloc((total ? total : 1) * sizeof *pairs);
    fill = malloc((n ? n : 1) * sizeof *fill);
    if (!pairs || !fill) {
      free(pairs);
      free(fill);
      free(bucket);
      return NULL;
    }
    memcpy(fill, bucket, n * sizeof *fill);
  }
  free(fill);
  for (size_t u = 0; u < n; u++)
    qsort(pairs + bucket[u], bucket[u + 1] - bucket[u], sizeof *pairs, pair_cmp);
  *bucket_out = bucket;
  *npairs = total;
  return pairs;
}

/* Merges equal (u, v) runs into weighted edges and builds the igraph graph. */
static cg_status make_edges(cg_pgraph *g, const pair *pairs, const size_t *bucket, size_t npairs) {
  size_t n = g->nvertices, m = 0;
  for (size_t u = 0; u < n; u++)
    for (size_t i = bucket[u]; i < bucket[u + 1]; i++)
      m += i == bucket[u] || pairs[i].v != pairs[i - 1].v;
  g->eu = malloc((m ? m : 1) * sizeof *g->eu);
  g->ev = malloc((m ? m : 1) * sizeof *g->ev);
  g->ebegin = malloc((m + 1) * sizeof *g->ebegin);
  g->agr = malloc((npairs ? npairs : 1) * sizeof *g->agr);
  g->ustart = malloc((n + 1) * sizeof *g->ustart);
  if (!g->eu || !g->ev || !g->ebegin || !g->agr || !g->ustart) return CG_ERR_NOMEM;
  igraph_vector_int_t edges;
  if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m))) return CG_ERR_NOMEM;
  if (igraph_vector_init(&g->weights, (igraph_integer_t)m)) {
    igraph_vector_int_destroy(&edges);
    return CG_ERR_NOMEM;
  }
  size_t e = 0;
  for (size_t u = 0; u < n; u++) {
    g->ustart[u] = e;
    for (size_t i = bucket[u]; i < bucket[u + 1]; i++) {
      if (i == bucket[u] || pairs[i].v != pairs[i - 1].v) {
        g->eu[e] = (int32_t)u;
        g->ev[e] = pairs[i].v;
        g->ebegin[e] = i;
        VECTOR(edges)[2 * e] = (igraph_integer_t)u;
        VECTOR(edges)[2 * e + 1] = pairs[i].v;
        e++;
      }
      VECTOR(g->weights)[e - 1] += 1.0;
      g->agr[i] = pairs[i].a;
    }
  }
  g->ustart[n] = e;
  g->ebegin[m] = npairs;
  g->nedges = m;
  igraph_error_t err = igraph_create(&g->ig, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&edges);
  if (err) {
    igraph_vector_destroy(&g->weights);
    return cg_igraph_status(err);
  }
  g->ig_ready = 1;
  return CG_OK;
}

cg_status cg_pgraph_new(cg_pgraph **out, const cg_view *v) {
  *out = NULL;
  cg_igraph_setup();
  cg_pgraph *g = calloc(1, sizeof *g);
  if (!g) return CG_ERR_NOMEM;
  g->view = v;
  const cg_dataset *ds = cg_view_dataset(v);
  size_t *bucket = NULL, npairs = 0;
  pair *pairs = NULL;
  cg_status st = CG_ERR_NOMEM;
  if (map_vertices(g, ds) == 0 && (pairs = collect_pairs(g, ds, &bucket, &npairs)) != NULL)
    st = make_edges(g, pairs, bucket, npairs);
  free(pairs);
  free(bucket);
  if (st) {
    cg_pgraph_free(g);
    return st;
  }
  *out = g;
  return CG_OK;
}

const cg_view *cg_pgraph_view(const cg_pgraph *g) {
  return g->view;
}
size_t cg_pgraph_nvertices(const cg_pgraph *g) {
  return g->nvertices;
}
size_t cg_pgraph_nedges(const cg_pgraph *g) {
  return g->nedges;
}
int32_t cg_pgraph_entity(const cg_pgraph *g, size_t vertex) {
  return g->vertex_entity[vertex];
}
int64_t cg_pgraph_vertex(const cg_pgraph *g, size_t entity) {
  return g->entity_vertex[entity];
}

void cg_pgraph_edge(const cg_pgraph *g, size_t edge, size_t *u, size_t *v, double *weight) {
  if (u) *u = (size_t)g->eu[edge];
  if (v) *v = (size_t)g->ev[edge];
  if (weight) *weight = VECTOR(g->weights)[edge];
}

const int32_t *cg_pgraph_edge_agreements(const cg_pgraph *g, size_t edge, size_t *count) {
  *count = g->ebegin[edge + 1] - g->ebegin[edge];
  return g->agr + g->ebegin[edge];
}

int64_t cg_pgraph_find_edge(const cg_pgraph *g, size_t u, size_t v) {
  if (u > v) {
    size_t t = u;
    u = v;
    v = t;
  }
  if (u >= g->nvertices) return -1;
  size_t lo = g->ustart[u], hi = g->ustart[u + 1];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((size_t)g->ev[mid] < v)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < g->ustart[u + 1] && (size_t)g->ev[lo] == v ? (int64_t)lo : -1;
}

const igraph_t *cg_pgraph_igraph(const cg_pgraph *g) {
  return &g->ig;
}
const igraph_vector_t *cg_pgraph_weights(const cg_pgraph *g) {
  return &g->weights;
}
