/*
 * paths.c - betweenness, closeness and harmonic centrality, split across
 * worker processes (workers_internal.h) so that every core is used.
 *
 * Closeness and harmonic are per vertex: each worker takes a range of
 * vertices and sends their values. Betweenness is a sum over sources, and
 * floating-point sums depend on their order, so the order is fixed however
 * many workers there are: the sources are cut into LEAVES chunks, each
 * chunk's vector comes from one igraph_betweenness_subset call, and the
 * chunk vectors are added pairwise along one fixed binary tree. A worker
 * owns a run of leaves and sends the sums of the aligned subtrees that
 * cover its run; the parent adds those up the same tree. One worker (in
 * process) sends the root: the same additions, the same bits.
 */
#include "analysis/paths_internal.h"

#include "analysis/graph_internal.h"
#include "analysis/workers_internal.h"

#include <stdlib.h>
#include <string.h>

#define LEAVES 64 /* a power of two; also the most workers that get betweenness work */

enum { TAG_PROGRESS = 1, TAG_BLOCK, TAG_CLOSENESS, TAG_HARMONIC };

typedef struct state {
  const cg_paths_job *job;
  double *block[2 * LEAVES]; /* parent: received subtree sums, by heap index (root 1) */
  size_t done, total;        /* progress units */
  unsigned last_percent;
} state;

/* ---- in the worker ---- */

/* Sources of leaf c: [first, last) in job->sources (or as vertex ids). */
static void leaf_span(const cg_paths_job *job, size_t c, size_t *first, size_t *last) {
  size_t k = job->sources ? job->nsources : job->n;
  *first = c * k / LEAVES;
  *last = (c + 1) * k / LEAVES;
}

static cg_status leaf(const cg_paths_job *job, size_t c, double *out, cg_worker_out *w) {
  size_t first, last;
  leaf_span(job, c, &first, &last);
  memset(out, 0, job->n * sizeof *out);
  if (first == last) return CG_OK;
  igraph_vector_t res;
  igraph_vector_int_t view;
  igraph_vs_t src = igraph_vss_range((igraph_integer_t)first, (igraph_integer_t)last);
  if (job->sources)
    src = igraph_vss_vector(
        igraph_vector_int_view(&view, job->sources + first, (igraph_integer_t)(last - first)));
  if (igraph_vector_init(&res, 0)) return CG_ERR_NOMEM;
  igraph_error_t err =
      igraph_betweenness_subset(job->ig, &res, igraph_vss_all(), 0, src, igraph_vss_all(), NULL);
  if (!err) memcpy(out, VECTOR(res), job->n * sizeof *out);
  igraph_vector_destroy(&res);
  if (err) return cg_igraph_status(err);
  return cg_worker_send(w, TAG_PROGRESS, last - first, NULL, 0);
}

/* The sum of leaves [lo, lo + size) along the fixed tree, into out. */
static cg_status subtree(const cg_paths_job *job, size_t lo, size_t size, double *out,
                         cg_worker_out *w) {
  if (size == 1) return leaf(job, lo, out, w);
  cg_status st = subtree(job, lo, size / 2, out, w);
  double *right = st ? NULL : malloc(job->n * sizeof *right);
  if (!st && !right) st = CG_ERR_NOMEM;
  if (!st) st = subtree(job, lo + size / 2, size / 2, right, w);
  for (size_t i = 0; !st && i < job->n; i++)
    out[i] += right[i];
  free(right);
  return st;
}

/* Betweenness of leaves [a, b): the sums of the aligned subtrees covering them. */
static cg_status betweenness_part(const cg_paths_job *job, size_t a, size_t b, cg_worker_out *w) {
  double *sum = malloc((job->n ? job->n : 1) * sizeof *sum);
  if (!sum) return CG_ERR_NOMEM;
  cg_status st = CG_OK;
  for (size_t lo = a; !st && lo < b;) {
    size_t size = LEAVES;
    while (lo % size || lo + size > b)
      size /= 2;
    st = subtree(job, lo, size, sum, w);
    if (!st)
      st = cg_worker_send(w, TAG_BLOCK, LEAVES / size + lo / size, sum, job->n * sizeof *sum);
    lo += size;
  }
  free(sum);
  return st;
}

/* Closeness (Wasserman-Faust) or harmonic centrality of vertices [lo, hi). */
static cg_status per_vertex(const cg_paths_job *job, int harmonic, size_t lo, size_t hi,
                            cg_worker_out *w) {
  size_t step = (job->n + LEAVES - 1) / LEAVES, n = job->n;
  igraph_vector_t res;
  igraph_vector_int_t reach;
  if (igraph_vector_init(&res, 0)) return CG_ERR_NOMEM;
  if (igraph_vector_int_init(&reach, 0)) {
    igraph_vector_destroy(&res);
    return CG_ERR_NOMEM;
  }
  cg_status st = CG_OK;
  for (size_t a = lo; !st && a < hi; a += step) {
    size_t b = a + step < hi ? a + step : hi;
    igraph_vs_t vs = igraph_vss_range((igraph_integer_t)a, (igraph_integer_t)b);
    igraph_error_t err =
        harmonic ? igraph_harmonic_centrality(job->ig, &res, vs, IGRAPH_ALL, NULL, 0)
                 : igraph_closeness(job->ig, &res, &reach, NULL, vs, IGRAPH_ALL, NULL, 1);
    if (err) {
      st = cg_igraph_status(err);
      break;
    }
    for (size_t i = 0; !harmonic && i < b - a; i++) {
      double r = (double)VECTOR(reach)[i]; /* reachable others */
      VECTOR(res)[i] = r > 0 && n > 1 ? VECTOR(res)[i] * r / (double)(n - 1) : 0.0;
    }
    st = cg_worker_send(w, harmonic ? TAG_HARMONIC : TAG_CLOSENESS, a, VECTOR(res),
                        (b - a) * sizeof(double));
    if (!st) st = cg_worker_send(w, TAG_PROGRESS, b - a, NULL, 0);
  }
  igraph_vector_int_destroy(&reach);
  igraph_vector_destroy(&res);
  return st;
}

static cg_status work(void *ctx, size_t index, size_t nworkers, cg_worker_out *w) {
  const cg_paths_job *job = ((state *)ctx)->job;
  size_t n = job->n;
  cg_igraph_setup(); /* a forked child inherits it, but say so */
  cg_status st = CG_OK;
  if (job->betweenness)
    st = betweenness_part(job, index * LEAVES / nworkers, (index + 1) * LEAVES / nworkers, w);
  if (!st && job->closeness)
    st = per_vertex(job, 0, index * n / nworkers, (index + 1) * n / nworkers, w);
  if (!st && job->harmonic)
    st = per_vertex(job, 1, index * n / nworkers, (index + 1) * n / nworkers, w);
  return st;
}

/* ---- in the parent ---- */

static cg_status on_msg(void *ctx, size_t worker, uint32_t tag, uint64_t arg, const void *data,
                        size_t len) {
  (void)worker;
  state *s = ctx;
  const cg_paths_job *job = s->job;
  size_t n = job->n;
  if (tag == TAG_PROGRESS) {
    s->done += (size_t)arg;
    unsigned percent = s->total ? (unsigned)(100.0 * (double)s->done / (double)s->total) : 100;
    if (job->progress && percent != s->last_percent)
      job->progress(job->progress_ctx, s->done, s->total);
    s->last_percent = percent;
    return CG_OK;
  }
  if (tag == TAG_BLOCK) {
    if (arg == 0 || arg >= 2 * LEAVES || len != n * sizeof(double) || s->block[arg])
      return CG_ERR_INTERNAL;
    if (!(s->block[arg] = malloc(len ? len : 1))) return CG_ERR_NOMEM;
    memcpy(s->block[arg], data, len);
    return CG_OK;
  }
  double *out = tag == TAG_CLOSENESS ? job->closeness : tag == TAG_HARMONIC ? job->harmonic : NULL;
  if (!out || len % sizeof(double) || arg > n || len / sizeof(double) > n - arg)
    return CG_ERR_INTERNAL;
  memcpy(out + arg, data, len);
  return CG_OK;
}

/* Node `node` of the tree (heap index) into out: received, or its children added. */
static cg_status combine(state *s, size_t node, double *out) {
  size_t n = s->job->n;
  if (s->block[node]) {
    memcpy(out, s->block[node], n * sizeof *out);
    return CG_OK;
  }
  if (node >= LEAVES) return CG_ERR_INTERNAL; /* a leaf nobody sent */
  cg_status st = combine(s, 2 * node, out);
  double *right = st ? NULL : malloc((n ? n : 1) * sizeof *right);
  if (!st && !right) st = CG_ERR_NOMEM;
  if (!st) st = combine(s, 2 * node + 1, right);
  for (size_t i = 0; !st && i < n; i++)
    out[i] += right[i];
  free(right);
  return st;
}

cg_status cg_paths_compute(const cg_paths_job *job, char *msg, size_t msg_size) {
  state s;
  memset(&s, 0, sizeof s);
  s.job = job;
  s.last_percent = (unsigned)-1;
  size_t nw = job->jobs ? job->jobs : 1;
  if (nw > LEAVES) nw = LEAVES;
  if (nw > job->n) nw = job->n ? job->n : 1;
  if (job->betweenness) s.total += job->sources ? job->nsources : job->n;
  s.total += (job->closeness ? job->n : 0) + (job->harmonic ? job->n : 0);
  cg_status st = cg_workers_run(nw, work, on_msg, &s, msg, msg_size);
  if (!st && job->betweenness) {
    st = combine(&s, 1, job->betweenness);
    for (size_t i = 0; !st && i < job->n; i++)
      job->betweenness[i] *= job->scale;
  }
  for (size_t i = 0; i < 2 * LEAVES; i++)
    free(s.block[i]);
  return st;
}

/* splitmix64: a tiny generator with the same output everywhere. */
static uint64_t next_random(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static int id_cmp(const void *a, const void *b) {
  igraph_integer_t x = *(const igraph_integer_t *)a, y = *(const igraph_integer_t *)b;
  return (x > y) - (x < y);
}

cg_status cg_paths_sample(igraph_integer_t *out, size_t n, size_t k, unsigned long seed) {
  igraph_integer_t *perm = malloc((n ? n : 1) * sizeof *perm);
  if (!perm) return CG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    perm[i] = (igraph_integer_t)i;
  uint64_t x = seed;
  for (size_t i = 0; i < k && i < n; i++) {
    /* j uniform in [i, n), without modulo bias */
    uint64_t range = n - i, limit = UINT64_MAX - UINT64_MAX % range, r;
    do
      r = next_random(&x);
    while (r >= limit);
    size_t j = i + (size_t)(r % range);
    igraph_integer_t t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  memcpy(out, perm, (k < n ? k : n) * sizeof *out);
  free(perm);
  qsort(out, k < n ? k : n, sizeof *out, id_cmp);
  return CG_OK;
}
