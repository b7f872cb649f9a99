/*
 * centrality.c - centrality measures of the partnership graph, defined as
 * NetworkX defines them and computed with igraph, and their evolution over
 * time (one filtered graph per period).
 */
#include <coopgraph/centrality.h>
#include <coopgraph/score.h>

#include "analysis/paths_internal.h"
#include "analysis/graph_internal.h"
#include "analysis/workers_internal.h"
#include "core/error_internal.h"
#include "core/sort_internal.h"

#include <math.h>
#ifdef COOPGRAPH_OPENMP
#include <omp.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cg_centrality_result_free(cg_centrality_result *r) {
  if (!r) return;
  free(r->entity);
  for (size_t k = 0; k < CG_NMEASURES; k++)
    free(r->values[k]);
  memset(r, 0, sizeof *r);
}

/* Degree, strength and agreement counts: no igraph needed beyond the edges. */
static cg_status measure_local(cg_centrality_result *r, const cg_pgraph *g,
                               const cg_centrality_options *o, char *msg, size_t msg_size) {
  (void)o, (void)msg, (void)msg_size;
  double *deg = cg_centrality_column(r, CG_MEASURE_PARTNERS);
  double *agr = cg_centrality_column(r, CG_MEASURE_AGREEMENTS);
  double *str = cg_centrality_column(r, CG_MEASURE_STRENGTH);
  for (size_t e = 0; e < r->nedges; e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(g, e, &u, &v, &w);
    if (deg) {
      deg[u] += 1;
      deg[v] += 1;
    }
    if (str) {
      str[u] += w;
      str[v] += w;
    }
  }
  const cg_view *view = cg_pgraph_view(g);
  size_t na = cg_dataset_nagreements(cg_view_dataset(view));
  for (size_t a = 0; a < na; a++) {
    uint32_t k;
    const int32_t *p = cg_view_parties(view, a, &k);
    for (uint32_t i = 0; agr && i < k; i++) {
      int64_t vx = cg_pgraph_vertex(g, (size_t)p[i]);
      if (vx >= 0) agr[vx] += 1;
    }
  }
  return CG_OK;
}

/*
 * The limit of nx.eigenvector_centrality's power iteration: x starts uniform,
 * each step is x <- (A+I) x scaled to Euclidean norm 1, run to convergence
 * (NetworkX's default tol stops it up to ~1e-5 early). On a connected graph
 * that limit is the Perron vector, which igraph computes (ARPACK). On a
 * disconnected one the components whose largest eigenvalue is below the
 * graph's decay to 0, and the components that tie for it keep the share the
 * uniform start gave them: x = sum over those c of (1 . v_c) v_c, normalised,
 * with v_c c's unit Perron vector. So each component that may reach the
 * largest eigenvalue is solved on its own (the Perron value of a component
 * lies between its largest edge weight and its largest strength, which
 * rules out the others without solving them).
 */

/* Eigenvalues this close (relatively) are one: rounding, not a real gap. */
#define EIG_TIE 1e-10

/* Perron value and unit vector of the component whose vertices are
 * verts[0..nv) and edges edges[0..ne) (indices into g), into vec[0..nv). */
static igraph_error_t component_perron(const cg_pgraph *g, const igraph_integer_t *verts,
                                       size_t nv, const igraph_integer_t *edges, size_t ne,
                                       igraph_integer_t *local, double *vec, double *value) {
  igraph_vector_int_t el;
  igraph_vector_t w, res;
  igraph_t sub;
  IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * ne)));
  IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
  IGRAPH_VECTOR_INIT_FINALLY(&w, (igraph_integer_t)ne);
  IGRAPH_VECTOR_INIT_FINALLY(&res, 0);
  for (size_t i = 0; i < nv; i++)
    local[verts[i]] = (igraph_integer_t)i;
  for (size_t k = 0; k < ne; k++) {
    size_t u, v;
    double x;
    cg_pgraph_edge(g, (size_t)edges[k], &u, &v, &x);
    VECTOR(el)[2 * k] = local[u];
    VECTOR(el)[2 * k + 1] = local[v];
    VECTOR(w)[k] = x;
  }
  IGRAPH_CHECK(igraph_create(&sub, &el, (igraph_integer_t)nv, IGRAPH_UNDIRECTED));
  IGRAPH_FINALLY(igraph_destroy, &sub);
  igraph_arpack_options_t arpack;
  igraph_arpack_options_init(&arpack);
  /* igraph perturbs ARPACK's start vector at random: a fixed seed keeps the last bits the same
   * from run to run. */
  igraph_rng_seed(igraph_rng_default(), 42);
  IGRAPH_CHECK(igraph_eigenvector_centrality(&sub, &res, value, IGRAPH_UNDIRECTED, 1, &w,
                                             &arpack));
  double norm = 0;
  for (size_t i = 0; i < nv; i++)
    norm += VECTOR(res)[i] * VECTOR(res)[i];
  norm = sqrt(norm);
  for (size_t i = 0; i < nv; i++)
    vec[i] = norm > 0 ? VECTOR(res)[i] / norm : 1.0 / sqrt((double)nv);
  igraph_destroy(&sub);
  igraph_vector_destroy(&res);
  igraph_vector_destroy(&w);
  igraph_vector_int_destroy(&el);
  IGRAPH_FINALLY_CLEAN(4);
  return IGRAPH_SUCCESS;
}

static igraph_error_t eigenvector(double *x, const cg_pgraph *g) {
  size_t n = cg_pgraph_nvertices(g), m = cg_pgraph_nedges(g);
  if (n == 0) return IGRAPH_SUCCESS;
  for (size_t i = 0; i < n; i++)
    x[i] = 0;
  if (m == 0) { /* A+I = I: the uniform start is the limit */
    for (size_t i = 0; i < n; i++)
      x[i] = 1.0 / sqrt((double)n);
    return IGRAPH_SUCCESS;
  }
  /* Not on igraph's FINALLY stack: component_perron's errors free that stack. */
  igraph_vector_int_t memb;
  igraph_integer_t ncomp;
  igraph_error_t err = igraph_vector_int_init(&memb, 0);
  if (err) return err;
  err = igraph_connected_components(cg_pgraph_igraph(g), &memb, NULL, &ncomp, IGRAPH_WEAK);
  if (err) {
    igraph_vector_int_destroy(&memb);
    return err;
  }
  size_t nc = (size_t)ncomp;
  /* Per component: bounds of the Perron value, and its vertices and edges bucketed. */
  double *lo = calloc(nc, sizeof *lo), *hi = calloc(nc, sizeof *hi), *str = calloc(n, sizeof *str);
  double *value = calloc(nc, sizeof *value), *vec = malloc(n * sizeof *vec);
  igraph_integer_t *vstart = calloc(nc + 1, sizeof *vstart), *estart = calloc(nc + 1, sizeof *estart);
  igraph_integer_t *verts = malloc(n * sizeof *verts), *edges = malloc(m * sizeof *edges);
  igraph_integer_t *local = malloc((n > nc ? n : nc) * sizeof *local);
  err = IGRAPH_ENOMEM;
  if (!lo || !hi || !str || !value || !vec || !vstart || !estart || !verts || !edges || !local)
    goto done;
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(g, e, &u, &v, &w);
    str[u] += w;
    str[v] += w;
    size_t c = (size_t)VECTOR(memb)[u];
    if (w > lo[c]) lo[c] = w;
    estart[c + 1]++;
  }
  double best_lo = 0;
  for (size_t i = 0; i < n; i++) {
    size_t c = (size_t)VECTOR(memb)[i];
    if (str[i] > hi[c]) hi[c] = str[i];
    vstart[c + 1]++;
  }
  for (size_t c = 0; c < nc; c++) {
    if (lo[c] > best_lo) best_lo = lo[c];
    vstart[c + 1] += vstart[c];
    estart[c + 1] += estart[c];
  }
  {
    igraph_integer_t *vfill = local; /* reused as fill cursors, then as the vertex map */
    for (size_t c = 0; c < nc; c++)
      vfill[c] = vstart[c];
    for (size_t i = 0; i < n; i++)
      verts[vfill[VECTOR(memb)[i]]++] = (igraph_integer_t)i;
  }
  {
    igraph_integer_t *efill = local;
    for (size_t c = 0; c < nc; c++)
      efill[c] = estart[c];
    for (size_t e = 0; e < m; e++) {
      size_t u, v;
      double w;
      cg_pgraph_edge(g, e, &u, &v, &w);
      edges[efill[VECTOR(memb)[u]]++] = (igraph_integer_t)e;
    }
  }
  double top = 0;
  err = IGRAPH_SUCCESS;
  for (size_t c = 0; c < nc && !err; c++) {
    value[c] = -1; /* not a candidate */
    if (estart[c + 1] == estart[c] || hi[c] < best_lo * (1 - EIG_TIE)) continue;
    size_t v0 = (size_t)vstart[c];
    err = component_perron(g, verts + v0, (size_t)(vstart[c + 1] - vstart[c]),
                           edges + estart[c], (size_t)(estart[c + 1] - estart[c]), local,
                           vec + v0, &value[c]);
    if (!err && value[c] > top) top = value[c];
  }
  if (err) goto done;
  double norm = 0;
  for (size_t c = 0; c < nc; c++) {
    if (value[c] < top * (1 - EIG_TIE)) continue;
    double share = 0;
    for (igraph_integer_t k = vstart[c]; k < vstart[c + 1]; k++)
      share += vec[k];
    for (igraph_integer_t k = vstart[c]; k < vstart[c + 1]; k++) {
      x[verts[k]] = share * vec[k];
      norm += x[verts[k]] * x[verts[k]];
    }
  }
  norm = sqrt(norm);
  for (size_t i = 0; i < n && norm > 0; i++)
    x[i] /= norm;
done:
  free(lo);
  free(hi);
  free(str);
  free(value);
  free(vec);
  free(vstart);
  free(estart);
  free(verts);
  free(edges);
  free(local);
  igraph_vector_int_destroy(&memb);
  return err;
}

/*
 * PRPACK sums in OpenMP threads whose schedule changes the last digits from
 * run to run; one thread gives the same bits every time (and PageRank is
 * O(m) per iteration, cheap next to the path measures).
 */
static igraph_error_t pagerank(double *out, const igraph_t *ig, const igraph_vector_t *w,
                               size_t n) {
  igraph_vector_t res;
  IGRAPH_CHECK(igraph_vector_init(&res, 0));
#ifdef COOPGRAPH_OPENMP
  int threads = omp_get_max_threads();
  omp_set_num_threads(1);
#endif
  igraph_error_t err = igraph_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL,
                                       igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85, w, NULL);
#ifdef COOPGRAPH_OPENMP
  omp_set_num_threads(threads);
#endif
  for (size_t i = 0; !err && i < n; i++)
    out[i] = VECTOR(res)[i];
  igraph_vector_destroy(&res);
  return err;
}

/* Betweenness, closeness and harmonic: the O(n m) measures, in paths.c. */
static cg_status measure_paths(cg_centrality_result *out, const cg_pgraph *g,
                               const cg_centrality_options *o, char *msg, size_t msg_size) {
  size_t n = out->n;
  double work = (double)n * (double)out->nedges;
  cg_paths_job job = {cg_pgraph_igraph(g),
                      n,
                      cg_centrality_column(out, CG_MEASURE_BETWEENNESS),
                      cg_centrality_column(out, CG_MEASURE_CLOSENESS),
                      cg_centrality_column(out, CG_MEASURE_HARMONIC),
                      NULL,
                      0,
                      o->raw ? 1.0 : n > 2 ? 2.0 / ((double)(n - 1) * (double)(n - 2)) : 0.0,
                      o->jobs,
                      o->progress,
                      o->progress_ctx};
  if (!job.jobs) {
    size_t cpus = cg_workers_cpus();
    job.jobs = work < CG_FORK_MIN_WORK ? 1 : cpus < CG_MAX_JOBS ? cpus : CG_MAX_JOBS;
  }
  size_t k = o->approx;
  if (!k && o->approx_above > 0 && work > o->approx_above) k = CG_APPROX_AUTO_SOURCES;
  igraph_integer_t *sample = NULL;
  if (job.betweenness && k && k < n) {
    if (!(sample = malloc(k * sizeof *sample))) return CG_ERR_NOMEM;
    cg_status st = cg_paths_sample(sample, n, k, o->seed);
    if (st) {
      free(sample);
      return st;
    }
    job.sources = sample;
    job.nsources = k;
    job.scale *= (double)n / (double)k;
    out->approx_sources = k;
    out->approx_seed = o->seed;
  }
  cg_status st = CG_OK;
  if (job.betweenness || job.closeness || job.harmonic) st = cg_paths_compute(&job, msg, msg_size);
  free(sample);
  return st;
}

static cg_status measure_eigenvector(cg_centrality_result *out, const cg_pgraph *g,
                                     const cg_centrality_options *o, char *msg, size_t msg_size) {
  (void)o, (void)msg, (void)msg_size;
  return cg_igraph_status(eigenvector(cg_centrality_column(out, CG_MEASURE_EIGENVECTOR), g));
}

static cg_status measure_pagerank(cg_centrality_result *out, const cg_pgraph *g,
                                  const cg_centrality_options *o, char *msg, size_t msg_size) {
  (void)o, (void)msg, (void)msg_size;
  if (!out->n) return CG_OK;
  return cg_igraph_status(pagerank(cg_centrality_column(out, CG_MEASURE_PAGERANK),
                                   cg_pgraph_igraph(g), cg_pgraph_weights(g), out->n));
}

/* The registry (centrality.h): entry k is bit 1u << k. */
static const cg_measure_info registry[] = {
    {CG_MEASURE_PARTNERS, "partners", "partners", CG_MEASURE_COUNT, "distinct partners (degree)",
     measure_local},
    {CG_MEASURE_AGREEMENTS, "agreements", "agreements", CG_MEASURE_COUNT,
     "agreements the entity is a party to", measure_local},
    {CG_MEASURE_STRENGTH, "strength", "strength", CG_MEASURE_SUM,
     "sum of edge weights (agreements shared with each\npartner)", measure_local},
    {CG_MEASURE_BETWEENNESS, "betweenness", "betweenness", CG_MEASURE_SCORE,
     "share of shortest paths through it (unweighted,\n"
     "normalised; --raw: the number of them, not\n"
     "normalised, as Gephi gives it)",
     measure_paths},
    {CG_MEASURE_CLOSENESS, "closeness", "closeness", CG_MEASURE_SCORE,
     "inverse mean distance, Wasserman-Faust for disconnected\ngraphs (unweighted)",
     measure_paths},
    {CG_MEASURE_HARMONIC, "harmonic", "harmonic", CG_MEASURE_SCORE,
     "sum of 1/distance to the others (unweighted)", measure_paths},
    {CG_MEASURE_EIGENVECTOR, "eigenvector", "eigenvector", CG_MEASURE_SCORE,
     "weighted eigenvector centrality, Euclidean norm 1", measure_eigenvector},
    {CG_MEASURE_PAGERANK, "pagerank", "pagerank", CG_MEASURE_SCORE,
     "weighted PageRank, damping 0.85", measure_pagerank},
};

_Static_assert(sizeof registry / sizeof *registry == CG_NMEASURES,
               "CG_NMEASURES is the number of registry entries");

const cg_measure_info *cg_measure_at(size_t k) {
  return k < CG_NMEASURES ? &registry[k] : NULL;
}

const cg_measure_info *cg_measure_info_of(cg_measure m) {
  for (size_t k = 0; k < CG_NMEASURES; k++)
    if (registry[k].bit == m) return &registry[k];
  return NULL;
}

const char *cg_measure_name(size_t k) {
  return k < CG_NMEASURES ? registry[k].name : "";
}

unsigned cg_measure_from_name(const char *name) {
  for (size_t k = 0; k < CG_NMEASURES; k++)
    if (strcmp(name, registry[k].name) == 0) return registry[k].bit;
  return 0;
}

const char *cg_measure_format(const cg_measure_info *m, double v, int short_form, char *buf) {
  if (m->kind != CG_MEASURE_SCORE)
    snprintf(buf, CG_MEASURE_TEXT_SIZE, "%.0f", v);
  else if (short_form)
    snprintf(buf, CG_MEASURE_TEXT_SIZE, "%.6g", v);
  else /* the shortest form that reads back, as JSON and Python write */
    for (int prec = 15; prec <= 17; prec++) {
      snprintf(buf, CG_MEASURE_TEXT_SIZE, "%.*g", prec, v);
      if (strtod(buf, NULL) == v) break;
    }
  return buf;
}

double *cg_centrality_column(const cg_centrality_result *r, cg_measure m) {
  const cg_measure_info *info = cg_measure_info_of(m);
  return info ? r->values[info - registry] : NULL;
}

double cg_centrality_value(const cg_centrality_result *r, cg_measure m, size_t i) {
  const double *x = cg_centrality_column(r, m);
  return x ? x[i] : NAN;
}

typedef struct order_ctx {
  const double *x;
  const cg_centrality_result *r;
  const cg_dataset *ds;
} order_ctx;

static int by_measure(const void *pa, const void *pb, void *ctx) {
  const order_ctx *o = ctx;
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  int by = cg_score_compare(o->x[a], o->x[b]); /* equal to 12 digits: a tie */
  if (by) return -by;
  return strcmp(cg_dataset_entity(o->ds, (size_t)o->r->entity[a])->id,
                cg_dataset_entity(o->ds, (size_t)o->r->entity[b])->id);
}

void cg_centrality_order(const cg_centrality_result *r, const cg_dataset *ds, cg_measure m,
                         size_t *rows, size_t n) {
  order_ctx o = {cg_centrality_column(r, m), r, ds};
  if (o.x) cg_sort(rows, n, sizeof *rows, by_measure, &o);
}

/* Whether an earlier measure of the mask shares entry k's function (which ran then). */
static int computed_before(size_t k, unsigned mask) {
  for (size_t j = 0; j < k; j++)
    if ((mask & registry[j].bit) && registry[j].compute == registry[k].compute) return 1;
  return 0;
}

cg_status cg_centrality_run(cg_centrality_result *out, const cg_pgraph *g,
                            const cg_centrality_options *opts, char *msg, size_t msg_size) {
  memset(out, 0, sizeof *out);
  cg_msg_clear(msg, msg_size);
  cg_centrality_options o = CG_CENTRALITY_OPTIONS_INIT;
  if (opts) o = *opts;
  unsigned measures = o.measures;
  if (measures == 0 || (measures & ~CG_MEASURE_ALL) || o.jobs > CG_MAX_JOBS) return CG_ERR_ARG;
  cg_igraph_setup();
  size_t n = cg_pgraph_nvertices(g);
  out->n = n;
  out->nedges = cg_pgraph_nedges(g);
  out->nagreements = cg_view_nagreements(cg_pgraph_view(g));
  out->measures = measures;
  out->entity = malloc((n ? n : 1) * sizeof *out->entity);
  if (!out->entity) goto nomem;
  for (size_t i = 0; i < n; i++)
    out->entity[i] = cg_pgraph_entity(g, i);
  for (size_t k = 0; k < CG_NMEASURES; k++)
    if ((measures & registry[k].bit) && !(out->values[k] = calloc(n ? n : 1, sizeof(double)))) goto nomem;
  /* In registry order: the path measures fork workers before PageRank starts OpenMP threads. */
  cg_status st = CG_OK;
  for (size_t k = 0; !st && k < CG_NMEASURES; k++)
    if ((measures & registry[k].bit) && !computed_before(k, measures))
      st = registry[k].compute(out, g, &o, msg, msg_size);
  if (st) cg_centrality_result_free(out);
  return st;
nomem:
  cg_centrality_result_free(out);
  return CG_ERR_NOMEM;
}

cg_status cg_centrality(cg_centrality_result *out, const cg_pgraph *g, unsigned measures) {
  cg_centrality_options o = CG_CENTRALITY_OPTIONS_INIT;
  o.measures = measures;
  return cg_centrality_run(out, g, &o, NULL, 0);
}

/* ---- over time ---- */

void cg_centrality_series_free(cg_centrality_series *s) {
  if (!s) return;
  for (size_t i = 0; i < s->nperiods; i++)
    cg_centrality_result_free(&s->periods[i].c);
  free(s->periods);
  memset(s, 0, sizeof *s);
}

static cg_date year_date(int year) {
  return (cg_date){(int16_t)year, 0, 0, CG_DATE_YEAR};
}

/* Years of the earliest and latest dated agreements in base's view; 0 when none. */
static cg_status year_range(const cg_dataset *ds, const cg_filter *base, int *lo, int *hi) {
  cg_view *v;
  cg_status st = cg_view_new(&v, ds, base);
  if (st) return st;
  int found = 0;
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++) {
    cg_date d = cg_dataset_agreement(ds, a)->date;
    if (!cg_view_agreement_in(v, a) || !cg_date_known(d)) continue;
    if (!found || d.year < *lo) *lo = d.year;
    if (!found || d.year > *hi) *hi = d.year;
    found = 1;
  }
  cg_view_free(v);
  return found ? CG_OK : CG_ERR_NOTFOUND;
}

cg_filter cg_period_filter(const cg_filter *base, int first_year, int last_year, cg_period_unit by,
                           unsigned window) {
  int span = by == CG_PERIOD_DECADE ? 10 : 1;
  cg_filter f = *base;
  f.as_of = year_date(last_year);
  if (window) {
    int from = first_year - (int)(window - 1) * span;
    if (from < 1) from = 1;
    cg_date wf = year_date(from);
    if (!cg_date_known(f.from) || cg_date_first_day(wf) > cg_date_first_day(f.from)) f.from = wf;
  }
  return f;
}

/* The centrality of one period's graph. */
static cg_status period_centrality(cg_period_centrality *p, const cg_dataset *ds,
                                   const cg_filter *base, const cg_over_time_options *o) {
  cg_filter f = cg_period_filter(base, p->first_year, p->last_year, o->by, o->window);
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_status st = cg_view_new(&v, ds, &f);
  if (!st) st = cg_pgraph_new(&g, v);
  if (!st) st = cg_centrality(&p->c, g, o->measures);
  cg_pgraph_free(g);
  cg_view_free(v);
  return st;
}

cg_status cg_centrality_over_time(cg_centrality_series *out, const cg_dataset *ds,
                                  const cg_filter *base, const cg_over_time_options *opts) {
  memset(out, 0, sizeof *out);
  cg_over_time_options o = CG_OVER_TIME_OPTIONS_INIT;
  if (opts) o = *opts;
  if (cg_date_known(base->as_of) || (o.by != CG_PERIOD_YEAR && o.by != CG_PERIOD_DECADE) ||
      o.window > 10000 || o.measures == 0 || (o.measures & ~CG_MEASURE_ALL))
    return CG_ERR_ARG;
  out->by = o.by;
  out->window = o.window;
  int lo = 0, hi = 0, span = o.by == CG_PERIOD_DECADE ? 10 : 1;
  cg_status st = year_range(ds, base, &lo, &hi);
  if (st == CG_ERR_NOTFOUND) return CG_OK;
  if (st) return st;
  lo -= lo % span;
  hi -= hi % span;
  size_t np = (size_t)((hi - lo) / span + 1);
  out->periods = calloc(np, sizeof *out->periods);
  if (!out->periods) return CG_ERR_NOMEM;
  for (size_t i = 0; i < np; i++) {
    cg_period_centrality *p = &out->periods[i];
    p->first_year = lo + (int)i * span;
    p->last_year = p->first_year + span - 1;
    if (p->last_year > 9999) p->last_year = 9999;
    snprintf(p->label, sizeof p->label, span == 10 ? "%ds" : "%d", p->first_year);
    out->nperiods = i + 1;
    if ((st = period_centrality(p, ds, base, &o)) != CG_OK) {
      cg_centrality_series_free(out);
      return st;
    }
  }
  return CG_OK;
}
