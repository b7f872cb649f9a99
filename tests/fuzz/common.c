/*
 * common.c - the dataset walk and input splitting the fuzz targets share
 * (see common.h). The checks here restate the promises of dataset.h,
 * filter.h, graph.h and query.h, so a fuzzer that reaches a broken promise
 * reports it as a crash.
 */
#include "common.h"

#include <coopgraph/analysis.h>
#include <coopgraph/filter.h>
#include <coopgraph/graph.h>
#include <coopgraph/query.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Analyses that are quadratic or worse only run on graphs this small. */
#define SMALL_GRAPH 64

_Noreturn void fuzz_fail(const char *file, int line, const char *what) {
  fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, what);
  abort();
}

size_t fuzz_split(const char *data, size_t size, cg_file *parts, size_t max) {
  static const char sep[] = FUZZ_FILE_SEPARATOR;
  const size_t seplen = sizeof sep - 1;
  size_t n = 0, start = 0;
  /* A separator counts only at the start of a line. */
  for (size_t i = 0; n + 1 < max && i + seplen <= size; i++) {
    if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, sep, seplen) == 0) {
      parts[n].data = data + start;
      parts[n++].len = i - start;
      start = i + seplen;
      i = start - 1;
    }
  }
  parts[n].data = data + start;
  parts[n++].len = size - start;
  return n;
}

cg_load_options fuzz_load_options(void) {
  cg_load_options o = CG_LOAD_OPTIONS_INIT;
  o.max_errors = 20;
  o.max_field = 4096;
  o.max_file = (size_t)1 << 20;
  /*
   * The default (20 million pairs) lets 10 KB of DOT with an edge default of
   * 1,000 parties build a 500,000-edge graph: 17 s under ASan, over the
   * fuzzer's timeout, for no new code reached. Edges are at most pairs, so
   * 2^17 keeps every run well under a second; the limits themselves are
   * tested in test_load_dot and tests/hostile.sh.
   */
  o.max_pairs = (size_t)1 << 17;
  return o;
}

static void check_entities(const cg_dataset *ds) {
  size_t ne = cg_dataset_nentities(ds), na = cg_dataset_nagreements(ds);
  size_t nk = cg_dataset_nkinds(ds), incidences = 0;
  for (size_t e = 0; e < ne; e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    FUZZ_CHECK(en->id && en->id[0] && en->name && en->kind);
    FUZZ_CHECK(en->kind_index >= 0 && (size_t)en->kind_index < nk);
    FUZZ_CHECK(strcmp(cg_dataset_kind(ds, (size_t)en->kind_index), en->kind) == 0);
    FUZZ_CHECK(en->country >= -1 && en->country < (int32_t)ne);
    if (en->country >= 0)
      FUZZ_CHECK(strcmp(cg_dataset_entity(ds, (size_t)en->country)->kind, "nation") == 0);
    /* An id always finds its entity; an alias too, since collisions are errors. */
    FUZZ_CHECK(cg_dataset_find_entity(ds, en->id) == (int32_t)e);
    for (size_t k = 0; k < en->naliases; k++) {
      FUZZ_CHECK(en->aliases[k] && en->aliases[k][0]);
      FUZZ_CHECK(cg_dataset_find_entity(ds, en->aliases[k]) == (int32_t)e);
    }
    if (en->name[0]) FUZZ_CHECK(cg_dataset_find_entity(ds, en->name) >= 0);
    size_t cnt = 0;
    const int32_t *agr = cg_dataset_entity_agreements(ds, e, &cnt);
    incidences += cnt;
    for (size_t i = 0; i < cnt; i++) {
      FUZZ_CHECK(agr[i] >= 0 && (size_t)agr[i] < na);
      FUZZ_CHECK(i == 0 || agr[i - 1] < agr[i]);
      const cg_agreement *a = cg_dataset_agreement(ds, (size_t)agr[i]);
      int found = 0;
      for (uint32_t p = 0; p < a->nparties; p++)
        found |= a->parties[p] == (int32_t)e;
      FUZZ_CHECK(found);
    }
  }
  size_t parties = 0;
  for (size_t a = 0; a < na; a++)
    parties += cg_dataset_agreement(ds, a)->nparties;
  FUZZ_CHECK(incidences == parties);
  for (size_t k = 0; k < nk; k++)
    FUZZ_CHECK(cg_dataset_find_kind(ds, cg_dataset_kind(ds, k)) == (int32_t)k);
}

static void check_agreements(const cg_dataset *ds) {
  size_t ne = cg_dataset_nentities(ds), na = cg_dataset_nagreements(ds);
  size_t nt = cg_dataset_ntypes(ds), nx = cg_dataset_nextra(ds);
  for (size_t i = 0; i < na; i++) {
    const cg_agreement *a = cg_dataset_agreement(ds, i);
    FUZZ_CHECK(a->id && a->id[0] && a->title && a->source);
    FUZZ_CHECK(a->type >= 0 && (size_t)a->type < nt);
    FUZZ_CHECK(a->nparties >= 2);
    for (uint32_t p = 0; p < a->nparties; p++) {
      FUZZ_CHECK(a->parties[p] >= 0 && (size_t)a->parties[p] < ne);
      for (uint32_t q = 0; q < p; q++)
        FUZZ_CHECK(a->parties[p] != a->parties[q]);
    }
    if (cg_date_known(a->date) && cg_date_known(a->end))
      FUZZ_CHECK(cg_date_end_day(a->end) > cg_date_first_day(a->date));
    for (size_t x = 0; x < nx; x++)
      FUZZ_CHECK(cg_dataset_extra_value(ds, i, x) != NULL);
  }
  for (size_t x = 0; x < nx; x++)
    FUZZ_CHECK(cg_dataset_extra_name(ds, x) != NULL);
  for (size_t t = 0; t < nt; t++) {
    const cg_type *ty = cg_dataset_type(ds, t);
    FUZZ_CHECK(ty->id && ty->label && ty->description);
    FUZZ_CHECK(cg_dataset_find_type(ds, ty->id) == (int32_t)t);
  }
}

/* The date sort gives a permutation, oldest first, ties in file order. */
static void check_sort(const cg_dataset *ds) {
  size_t na = cg_dataset_nagreements(ds);
  int32_t *idx = malloc((na + 1) * sizeof *idx);
  char *seen = calloc(na + 1, 1);
  FUZZ_CHECK(idx && seen);
  for (size_t i = 0; i < na; i++)
    idx[i] = (int32_t)(na - 1 - i); /* reversed, so the sort has work to do */
  FUZZ_CHECK(cg_dataset_sort_by_date(ds, idx, na) == CG_OK);
  for (size_t i = 0; i < na; i++) {
    FUZZ_CHECK(idx[i] >= 0 && (size_t)idx[i] < na && !seen[idx[i]]);
    seen[idx[i]] = 1;
    if (i == 0) continue;
    int c = cg_date_compare(cg_dataset_agreement(ds, (size_t)idx[i - 1])->date,
                            cg_dataset_agreement(ds, (size_t)idx[i])->date);
    FUZZ_CHECK(c < 0 || (c == 0 && idx[i - 1] < idx[i]));
  }
  free(idx);
  free(seen);
}

/* A filter chosen by flags bits 1.. (bit 0 belongs to the caller). */
static void make_filter(const cg_dataset *ds, unsigned flags, cg_filter *f, int32_t *one_kind,
                        int32_t *one_type) {
  cg_filter_init(f);
  f->by_nation = (flags >> 1) & 1;
  f->multilateral = (flags >> 2) & 1 ? CG_MULTI_SKIP : CG_MULTI_CLIQUE;
  if ((flags >> 3) & 1 && cg_dataset_nkinds(ds)) {
    *one_kind = 0;
    f->kinds = one_kind;
    f->nkinds = 1;
  }
  if ((flags >> 4) & 1 && cg_dataset_ntypes(ds)) {
    *one_type = 0;
    f->exclude_types = one_type;
    f->nexclude_types = 1;
  }
  /* A date window around the first and last agreement's dates. */
  size_t na = cg_dataset_nagreements(ds);
  if ((flags >> 5) & 1 && na) {
    f->from = cg_dataset_agreement(ds, 0)->date;
    f->to = cg_dataset_agreement(ds, na - 1)->date;
  }
  if ((flags >> 6) & 1 && na) f->as_of = cg_dataset_agreement(ds, na / 2)->end;
}

static void check_graph(const cg_pgraph *g, const cg_view *v) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t nv = cg_pgraph_nvertices(g), m = cg_pgraph_nedges(g);
  FUZZ_CHECK(nv == cg_view_nentities(v));
  for (size_t i = 0; i < nv; i++) {
    int32_t e = cg_pgraph_entity(g, i);
    FUZZ_CHECK(e >= 0 && (size_t)e < cg_dataset_nentities(ds) && cg_view_entity_in(v, (size_t)e));
    FUZZ_CHECK(cg_pgraph_vertex(g, (size_t)e) == (int64_t)i);
  }
  size_t pu = 0, pv = 0;
  for (size_t i = 0; i < m; i++) {
    size_t u, w, cnt;
    double weight;
    cg_pgraph_edge(g, i, &u, &w, &weight);
    FUZZ_CHECK(u < w && w < nv);
    FUZZ_CHECK(i == 0 || pu < u || (pu == u && pv < w));
    pu = u, pv = w;
    FUZZ_CHECK(cg_pgraph_find_edge(g, u, w) == (int64_t)i);
    FUZZ_CHECK(cg_pgraph_find_edge(g, w, u) == (int64_t)i);
    const int32_t *agr = cg_pgraph_edge_agreements(g, i, &cnt);
    FUZZ_CHECK(cnt >= 1 && weight == (double)cnt);
    for (size_t j = 0; j < cnt; j++) {
      FUZZ_CHECK(cg_view_agreement_in(v, (size_t)agr[j]));
      FUZZ_CHECK(j == 0 || agr[j - 1] < agr[j]);
    }
  }
}

static void run_queries(const cg_view *v, size_t entity) {
  cg_partner_list pl = CG_PARTNER_LIST_INIT;
  FUZZ_CHECK(cg_query_partners(&pl, v, entity, 0) == CG_OK);
  for (size_t i = 0; i < pl.count; i++)
    FUZZ_CHECK(pl.items[i].agreements >= 1);
  int32_t other = pl.count ? pl.items[0].entity : -1;
  cg_partner_list_free(&pl);
  cg_history h = CG_HISTORY_INIT;
  FUZZ_CHECK(cg_query_history(&h, v, entity, other) == CG_OK);
  cg_history_free(&h);
  for (int by = CG_BY_YEAR; by <= CG_BY_MONTH; by++) {
    cg_timeline t = CG_TIMELINE_INIT;
    FUZZ_CHECK(cg_query_timeline(&t, v, (cg_timeline_by)by, -1) == CG_OK);
    /* Each agreement in view is counted once: in a period or as undated. */
    size_t counted = t.nperiods ? t.periods[t.nperiods - 1].cumulative : 0;
    FUZZ_CHECK(counted + t.undated == cg_view_nagreements(v));
    cg_timeline_free(&t);
  }
}

static void run_analysis(const cg_pgraph *g) {
  if (cg_pgraph_nvertices(g) > SMALL_GRAPH) return;
  cg_centrality_result r;
  memset(&r, 0, sizeof r);
  FUZZ_CHECK(cg_centrality(&r, g, CG_MEASURE_ALL) == CG_OK);
  FUZZ_CHECK(r.n == cg_pgraph_nvertices(g));
  cg_centrality_result_free(&r);
  cg_communities c;
  memset(&c, 0, sizeof c);
  cg_community_options o = CG_COMMUNITY_OPTIONS_INIT;
  FUZZ_CHECK(cg_communities_find(&c, g, &o) == CG_OK);
  FUZZ_CHECK(c.nvertices == cg_pgraph_nvertices(g));
  cg_communities_free(&c);
}

void fuzz_exercise_dataset(const cg_dataset *ds, unsigned flags) {
  check_entities(ds);
  check_agreements(ds);
  check_sort(ds);
  size_t ne = cg_dataset_nentities(ds);
  if (ne) {
    char buf[128], hint[64];
    snprintf(buf, sizeof buf, "%sx", cg_dataset_entity(ds, 0)->id);
    cg_dataset_suggest_entity(ds, buf, hint, sizeof hint);
    cg_dataset_suggest_type(ds, buf, hint, sizeof hint);
  }
  cg_filter f;
  int32_t one_kind, one_type;
  make_filter(ds, flags, &f, &one_kind, &one_type);
  cg_view *v = NULL;
  FUZZ_CHECK(cg_view_new(&v, ds, &f) == CG_OK);
  cg_pgraph *g = NULL;
  FUZZ_CHECK(cg_pgraph_new(&g, v) == CG_OK);
  check_graph(g, v);
  if (ne) run_queries(v, ne / 2);
  run_analysis(g);
  cg_pgraph_free(g);
  cg_view_free(v);
}
