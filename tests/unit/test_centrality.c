/*
 * test_centrality.c - unit tests of centrality, centrality over time and
 * communities: every measure against NetworkX's values on four datasets
 * (tests/fixtures/reference/<name>.txt, written by scripts/nx-reference),
 * the effect of filters, periods and windows, and deterministic communities
 * whose modularity is recomputed here from its definition.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/coopgraph.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cg_dataset *load(const char *dir) {
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_non_null(d);
  assert_int_equal(cg_dataset_load_dir(&ds, dir, NULL, d), CG_OK);
  cg_diags_free(d);
  return ds;
}

/* View, graph and centrality of ds under f (NULL: no filter). */
typedef struct setup {
  cg_view *v;
  cg_pgraph *g;
  cg_centrality_result r;
} setup;

static void compute(setup *s, const cg_dataset *ds, const cg_filter *f, unsigned measures) {
  cg_filter none;
  cg_filter_init(&none);
  assert_int_equal(cg_view_new(&s->v, ds, f ? f : &none), CG_OK);
  assert_int_equal(cg_pgraph_new(&s->g, s->v), CG_OK);
  assert_int_equal(cg_centrality(&s->r, s->g, measures), CG_OK);
}

static void release(setup *s) {
  cg_centrality_result_free(&s->r);
  cg_pgraph_free(s->g);
  cg_view_free(s->v);
}

static double value_of(const setup *s, const cg_dataset *ds, const char *id, cg_measure m) {
  int32_t e = cg_dataset_find_entity(ds, id);
  assert_true(e >= 0);
  int64_t v = cg_pgraph_vertex(s->g, (size_t)e);
  assert_true(v >= 0);
  return cg_centrality_value(&s->r, m, (size_t)v);
}

static double max_diff[CG_NMEASURES];
static size_t compared[CG_NMEASURES]; /* reference values compared, per measure */

/* Compares every "id measure value" line of the reference file. */
static void check_reference(const char *name, const char *dir) {
  char path[512], line[256];
  snprintf(path, sizeof path, "%s/reference/%s.txt", FIXTURES, name);
  FILE *fp = fopen(path, "r");
  assert_non_null(fp);
  cg_dataset *ds = load(dir);
  setup s;
  compute(&s, ds, NULL, CG_MEASURE_ALL);
  size_t checked = 0;
  while (fgets(line, sizeof line, fp)) {
    char id[128], measure[32];
    double want;
    if (line[0] == '#' || sscanf(line, "%127s %31s %lf", id, measure, &want) != 3) continue;
    if (strcmp(id, "graph") == 0) {
      size_t have = strcmp(measure, "entities") == 0 ? s.r.n
                    : strcmp(measure, "edges") == 0  ? s.r.nedges
                                                     : s.r.nagreements;
      assert_int_equal(have, (size_t)want);
      continue;
    }
    unsigned m = cg_measure_from_name(measure);
    assert_true(m != 0);
    double have = value_of(&s, ds, id, (cg_measure)m), tol = 1e-9;
    /* Eigenvector: the converged vector (NetworkX at tol=1e-13), also on disconnected graphs. */
    if (m == CG_MEASURE_PAGERANK) tol = 1e-6;
    size_t k = 0;
    while ((1u << k) != m)
      k++;
    if (fabs(have - want) > max_diff[k]) max_diff[k] = fabs(have - want);
    compared[k]++;
    if (fabs(have - want) > tol)
      fail_msg("%s: %s %s: have %.17g, NetworkX %.17g", name, id, measure, have, want);
    checked++;
  }
  assert_int_equal(checked, s.r.n * CG_NMEASURES);
  fclose(fp);
  release(&s);
  cg_dataset_free(ds);
}

static void test_reference_small(void **state) {
  (void)state;
  check_reference("small-connected", FIXTURES "/graphs/small-connected");
}
static void test_reference_multi(void **state) {
  (void)state;
  check_reference("multi", FIXTURES "/graphs/multi");
}
static void test_reference_disconnected(void **state) {
  (void)state;
  check_reference("disconnected", FIXTURES "/graphs/disconnected");
}
/* Two classic networks that ship with NetworkX (scripts/nx-reference writes them). */
static void test_reference_florentine(void **state) {
  (void)state;
  check_reference("florentine", FIXTURES "/graphs/florentine");
}
static void test_reference_karate(void **state) {
  (void)state;
  check_reference("karate", FIXTURES "/graphs/karate");
}
/* Two components tie for the largest eigenvalue: both keep a share. */
static void test_reference_tied(void **state) {
  (void)state;
  check_reference("tied", FIXTURES "/graphs/tied");
}
static void test_reference_default(void **state) {
  (void)state;
  check_reference("space-cooperation", DEFAULT_DATA);
}

static void test_names_and_mask(void **state) {
  (void)state;
  assert_int_equal(cg_measure_from_name("pagerank"), CG_MEASURE_PAGERANK);
  assert_int_equal(cg_measure_from_name("PageRank"), 0);
  assert_string_equal(cg_measure_name(3), "betweenness");
  cg_dataset *ds = load(FIXTURES "/graphs/small-connected");
  setup s;
  compute(&s, ds, NULL, CG_MEASURE_PARTNERS | CG_MEASURE_CLOSENESS);
  assert_non_null(s.r.values[0]);
  assert_non_null(s.r.values[4]);
  assert_null(s.r.values[3]); /* betweenness not asked, not computed */
  assert_true(isnan(cg_centrality_value(&s.r, CG_MEASURE_BETWEENNESS, 0)));
  cg_centrality_result bad;
  assert_int_equal(cg_centrality(&bad, s.g, 0), CG_ERR_ARG);
  assert_int_equal(cg_centrality(&bad, s.g, 0x100), CG_ERR_ARG);
  release(&s);
  cg_dataset_free(ds);
}

static void test_filters(void **state) {
  (void)state;
  cg_dataset *ds = load(FIXTURES "/graphs/multi");
  cg_filter f;
  cg_filter_init(&f);
  f.multilateral = CG_MULTI_SKIP; /* m3, m4, m8 left out */
  setup s;
  compute(&s, ds, &f, CG_MEASURE_ALL);
  assert_int_equal(s.r.nagreements, 7);
  assert_true(value_of(&s, ds, "NASA", CG_MEASURE_PARTNERS) == 2);
  assert_true(value_of(&s, ds, "NASA", CG_MEASURE_AGREEMENTS) == 4);
  assert_true(value_of(&s, ds, "NASA", CG_MEASURE_STRENGTH) == 4);
  release(&s);

  cg_filter_init(&f);
  f.by_nation = 1; /* vertices USA, FRA, JPN, ESA; m5 is internal */
  compute(&s, ds, &f, CG_MEASURE_ALL);
  assert_int_equal(s.r.n, 4);
  assert_int_equal(s.r.nagreements, 9);
  assert_true(value_of(&s, ds, "USA", CG_MEASURE_PARTNERS) == 3);
  assert_true(value_of(&s, ds, "USA", CG_MEASURE_STRENGTH) == 10);
  assert_true(value_of(&s, ds, "USA", CG_MEASURE_AGREEMENTS) == 7);
  /* Complete graph on 4 vertices: no betweenness, closeness 1. */
  assert_true(fabs(value_of(&s, ds, "JPN", CG_MEASURE_BETWEENNESS)) < 1e-15);
  assert_true(fabs(value_of(&s, ds, "JPN", CG_MEASURE_CLOSENESS) - 1) < 1e-15);
  release(&s);
  cg_dataset_free(ds);
}

static double period_value(const cg_period_centrality *p, const cg_dataset *ds, const char *id,
                           cg_measure m) {
  int32_t e = cg_dataset_find_entity(ds, id);
  for (size_t i = 0; i < p->c.n; i++)
    if (p->c.entity[i] == e) return cg_centrality_value(&p->c, m, i);
  fail_msg("%s not in period %s", id, p->label);
  return NAN;
}

static void test_over_time(void **state) {
  (void)state;
  cg_dataset *ds = load(FIXTURES "/graphs/small-connected");
  cg_filter f;
  cg_filter_init(&f);
  cg_over_time_options o = CG_OVER_TIME_OPTIONS_INIT;
  cg_centrality_series s;
  assert_int_equal(cg_centrality_over_time(&s, ds, &f, &o), CG_OK);
  assert_int_equal(s.nperiods, 5); /* 2001 .. 2005 */
  assert_string_equal(s.periods[0].label, "2001");
  assert_string_equal(s.periods[4].label, "2005");
  assert_int_equal(s.periods[0].c.nagreements, 2);
  assert_true(period_value(&s.periods[0], ds, "B", CG_MEASURE_PARTNERS) == 2);
  assert_true(period_value(&s.periods[0], ds, "F", CG_MEASURE_PARTNERS) == 0);
  assert_true(period_value(&s.periods[3], ds, "A", CG_MEASURE_PARTNERS) == 2);
  /* ac-1 ended in 2005: out of the graph as of 2005. */
  assert_true(period_value(&s.periods[4], ds, "A", CG_MEASURE_PARTNERS) == 1);
  assert_int_equal(s.periods[4].c.nagreements, 6);
  /* Period P equals a plain as_of = P computation. */
  cg_filter asof = f;
  asof.as_of = (cg_date){2003, 0, 0, CG_DATE_YEAR};
  setup one;
  compute(&one, ds, &asof, CG_MEASURE_ALL);
  for (size_t k = 0; k < CG_NMEASURES; k++)
    for (size_t i = 0; i < one.r.n; i++)
      assert_true(one.r.values[k][i] == s.periods[2].c.values[k][i]);
  release(&one);
  cg_centrality_series_free(&s);

  o.window = 1; /* only agreements dated in the period itself */
  o.measures = CG_MEASURE_PARTNERS;
  assert_int_equal(cg_centrality_over_time(&s, ds, &f, &o), CG_OK);
  assert_int_equal(s.periods[4].c.nagreements, 2); /* ef-1, ce-1 */
  assert_true(period_value(&s.periods[4], ds, "E", CG_MEASURE_PARTNERS) == 2);
  assert_true(period_value(&s.periods[4], ds, "D", CG_MEASURE_PARTNERS) == 0);
  assert_null(s.periods[4].c.values[3]);
  cg_centrality_series_free(&s);

  o.by = CG_PERIOD_DECADE;
  o.window = 0;
  assert_int_equal(cg_centrality_over_time(&s, ds, &f, &o), CG_OK);
  assert_int_equal(s.nperiods, 1);
  assert_string_equal(s.periods[0].label, "2000s");
  assert_int_equal(s.periods[0].last_year, 2009);
  cg_centrality_series_free(&s);

  f.as_of = asof.as_of; /* contradicts the periods */
  assert_int_equal(cg_centrality_over_time(&s, ds, &f, &o), CG_ERR_ARG);
  cg_dataset_free(ds);
}

/* Newman modularity from its definition: sum_c (w_in(c)/m - (d_c/2m)^2). */
static double modularity_by_hand(const cg_pgraph *g, const cg_communities *c) {
  double m = 0, *in = calloc(c->ncommunities, sizeof *in), *deg = calloc(c->ncommunities, 8);
  assert_non_null(in);
  assert_non_null(deg);
  for (size_t e = 0; e < cg_pgraph_nedges(g); e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(g, e, &u, &v, &w);
    m += w;
    deg[c->community[u]] += w;
    deg[c->community[v]] += w;
    if (c->community[u] == c->community[v]) in[c->community[u]] += w;
  }
  double q = 0;
  for (size_t k = 0; k < c->ncommunities; k++)
    q += in[k] / m - (deg[k] / (2 * m)) * (deg[k] / (2 * m));
  free(in);
  free(deg);
  return q;
}

static void check_communities(const char *dir, cg_community_method method) {
  cg_dataset *ds = load(dir);
  setup s;
  compute(&s, ds, NULL, CG_MEASURE_PARTNERS);
  cg_community_options o = CG_COMMUNITY_OPTIONS_INIT;
  o.method = method;
  cg_communities a, b;
  assert_int_equal(cg_communities_find(&a, s.g, &o), CG_OK);
  assert_int_equal(cg_communities_find(&b, s.g, &o), CG_OK);
  assert_int_equal(a.ncommunities, b.ncommunities);
  assert_memory_equal(a.community, b.community, a.nvertices * sizeof *a.community);
  assert_memory_equal(a.members, b.members, a.nvertices * sizeof *a.members);
  assert_true(fabs(a.modularity - modularity_by_hand(s.g, &a)) < 1e-12);
  assert_true(a.modularity > 0);
  for (size_t k = 0; k < a.ncommunities; k++) {
    size_t size = a.start[k + 1] - a.start[k];
    if (k) assert_true(size <= a.start[k] - a.start[k - 1]);
    for (size_t i = a.start[k]; i < a.start[k + 1]; i++)
      assert_int_equal(a.community[a.members[i]], (int32_t)k);
    if (s.r.values[0][a.members[a.start[k]]] == 0) /* isolated: alone */
      assert_int_equal(size, 1);
  }
  assert_int_equal(a.start[a.ncommunities], a.nvertices);
  cg_communities_free(&a);
  cg_communities_free(&b);
  release(&s);
  cg_dataset_free(ds);
}

static void test_communities(void **state) {
  (void)state;
  check_communities(FIXTURES "/graphs/disconnected", CG_COMMUNITY_LEIDEN);
  check_communities(FIXTURES "/graphs/disconnected", CG_COMMUNITY_LOUVAIN);
  check_communities(FIXTURES "/graphs/multi", CG_COMMUNITY_LEIDEN);
  check_communities(DEFAULT_DATA, CG_COMMUNITY_LEIDEN);
  check_communities(DEFAULT_DATA, CG_COMMUNITY_LOUVAIN);
  /* The disconnected fixture: components P, Q, T and the isolated R1, S1. */
  cg_dataset *ds = load(FIXTURES "/graphs/disconnected");
  setup s;
  compute(&s, ds, NULL, CG_MEASURE_PARTNERS);
  cg_communities c;
  assert_int_equal(cg_communities_find(&c, s.g, NULL), CG_OK);
  assert_int_equal(c.ncommunities, 5);
  assert_int_equal(c.start[1], 4); /* P1..P4 first */
  int64_t r1 = cg_pgraph_vertex(s.g, (size_t)cg_dataset_find_entity(ds, "R1"));
  assert_int_equal(c.community[r1], 3); /* singletons last, by id: R1, S1 */
  cg_communities_free(&c);
  release(&s);
  cg_dataset_free(ds);
}

/* Runs last: every measure was compared with NetworkX on every entity of the
 * seven reference datasets, and the largest difference is within tolerance
 * (a reference file that lost a measure would otherwise pass unnoticed). */
static void report(void **state) {
  (void)state;
  size_t entities = 0;
  const char *dirs[] = {FIXTURES "/graphs/small-connected", FIXTURES "/graphs/multi",
                        FIXTURES "/graphs/disconnected",    FIXTURES "/graphs/florentine",
                        FIXTURES "/graphs/karate",          FIXTURES "/graphs/tied",
                        DEFAULT_DATA};
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
    cg_dataset *ds = load(dirs[i]);
    entities += cg_dataset_nentities(ds);
    cg_dataset_free(ds);
  }
  printf("max |ours - NetworkX|:");
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    printf(" %s %.3g", cg_measure_name(k), max_diff[k]);
    if (compared[k] != entities)
      fail_msg("%s: %zu values compared with NetworkX, expected %zu", cg_measure_name(k),
               compared[k], entities);
    /* PageRank: NetworkX's default iteration stops up to ~5e-6 from PRPACK's exact vector. */
    assert_true(max_diff[k] <= (strcmp(cg_measure_name(k), "pagerank") == 0 ? 1e-6 : 1e-9));
  }
  printf("\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_reference_small),
      cmocka_unit_test(test_reference_multi),
      cmocka_unit_test(test_reference_disconnected),
      cmocka_unit_test(test_reference_florentine),
      cmocka_unit_test(test_reference_karate),
      cmocka_unit_test(test_reference_tied),
      cmocka_unit_test(test_reference_default),
      cmocka_unit_test(test_names_and_mask),
      cmocka_unit_test(test_filters),
      cmocka_unit_test(test_over_time),
      cmocka_unit_test(test_communities),
      cmocka_unit_test(report),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
