/*
 * test_graph.c - unit tests of the partnership graph: vertex order, sorted
 * weighted edges and their agreement lists, edge lookup, isolated vertices,
 * multilateral agreements as cliques or skipped, and by-nation roll-up.
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

#include <string.h>

typedef struct fixture {
  cg_dataset *ds;
  cg_view *v;
  cg_pgraph *g;
} fixture;

static void open_graph(fixture *fx, const char *dir, const cg_filter *f) {
  cg_diags *d = cg_diags_new(0);
  assert_non_null(d);
  assert_int_equal(cg_dataset_load_dir(&fx->ds, dir, NULL, d), CG_OK);
  cg_diags_free(d);
  cg_filter none;
  cg_filter_init(&none);
  assert_int_equal(cg_view_new(&fx->v, fx->ds, f ? f : &none), CG_OK);
  assert_int_equal(cg_pgraph_new(&fx->g, fx->v), CG_OK);
}

static void close_graph(fixture *fx) {
  cg_pgraph_free(fx->g);
  cg_view_free(fx->v);
  cg_dataset_free(fx->ds);
}

static size_t vertex(const fixture *fx, const char *id) {
  int32_t e = cg_dataset_find_entity(fx->ds, id);
  assert_true(e >= 0);
  int64_t v = cg_pgraph_vertex(fx->g, (size_t)e);
  assert_true(v >= 0);
  return (size_t)v;
}

/* Weight of the edge between a and b, 0 when there is none. */
static double weight(const fixture *fx, const char *a, const char *b) {
  int64_t e = cg_pgraph_find_edge(fx->g, vertex(fx, a), vertex(fx, b));
  if (e < 0) return 0;
  double w;
  cg_pgraph_edge(fx->g, (size_t)e, NULL, NULL, &w);
  return w;
}

static void test_small(void **state) {
  (void)state;
  fixture fx;
  open_graph(&fx, FIXTURES "/graphs/small-connected", NULL);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 6);
  assert_int_equal(cg_pgraph_nedges(fx.g), 7);
  assert_ptr_equal(cg_pgraph_view(fx.g), fx.v);
  for (size_t i = 0; i < 6; i++) { /* dataset order */
    assert_int_equal(cg_pgraph_entity(fx.g, i), (int32_t)i);
    assert_int_equal(cg_pgraph_vertex(fx.g, i), (int64_t)i);
  }
  static const size_t want[7][2] = {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {2, 4}, {3, 4}, {4, 5}};
  for (size_t e = 0; e < 7; e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(fx.g, e, &u, &v, &w);
    assert_int_equal(u, want[e][0]);
    assert_int_equal(v, want[e][1]);
    assert_true(w == 1.0);
    assert_int_equal(cg_pgraph_find_edge(fx.g, u, v), (int64_t)e);
    assert_int_equal(cg_pgraph_find_edge(fx.g, v, u), (int64_t)e);
    size_t n;
    const int32_t *agr = cg_pgraph_edge_agreements(fx.g, e, &n);
    assert_int_equal(n, 1);
    (void)agr;
  }
  assert_int_equal(cg_pgraph_find_edge(fx.g, 0, 5), -1);
  assert_int_equal(cg_pgraph_find_edge(fx.g, 1, 1), -1);
  assert_int_equal(cg_pgraph_find_edge(fx.g, 99, 0), -1);
  close_graph(&fx);
}

static void test_multilateral(void **state) {
  (void)state;
  fixture fx;
  open_graph(&fx, FIXTURES "/graphs/multi", NULL);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 8);
  assert_int_equal(cg_pgraph_nedges(fx.g), 11);
  /* m1, m2, m10 bilateral; m3 (3 parties) and m4 (4 parties) as cliques. */
  assert_true(weight(&fx, "NASA", "CNES") == 5);
  assert_true(weight(&fx, "CNES", "NASA") == 5);
  int64_t e = cg_pgraph_find_edge(fx.g, vertex(&fx, "NASA"), vertex(&fx, "CNES"));
  size_t n;
  const int32_t *agr = cg_pgraph_edge_agreements(fx.g, (size_t)e, &n);
  static const int32_t want[5] = {0, 1, 2, 3, 9}; /* dataset order */
  assert_int_equal(n, 5);
  assert_memory_equal(agr, want, sizeof want);
  assert_true(weight(&fx, "ESA", "JAXA") == 3); /* m4, m8, m9 */
  assert_true(weight(&fx, "FRA", "JAXA") == 1); /* m8 */
  assert_true(weight(&fx, "USA", "NASA") == 0);
  close_graph(&fx);

  cg_filter f;
  cg_filter_init(&f);
  f.multilateral = CG_MULTI_SKIP;
  open_graph(&fx, FIXTURES "/graphs/multi", &f);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 8);
  assert_true(weight(&fx, "NASA", "CNES") == 3);
  assert_true(weight(&fx, "ESA", "JAXA") == 1);
  assert_true(weight(&fx, "FRA", "JAXA") == 0);
  assert_true(weight(&fx, "NASA", "ESA") == 0);
  assert_int_equal(cg_pgraph_nedges(fx.g),
                   5); /* NASA-CNES, NOAA-NASA, NOAA-JAXA, USA-JPN, JAXA-ESA */
  close_graph(&fx);
}

static void test_by_nation(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  f.by_nation = 1;
  fixture fx;
  open_graph(&fx, FIXTURES "/graphs/multi", &f);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 4); /* USA, FRA, JPN, ESA */
  assert_int_equal(cg_pgraph_entity(fx.g, 3), 7);
  assert_int_equal(cg_pgraph_vertex(fx.g, 3), -1); /* NASA rolled into USA */
  assert_int_equal(cg_pgraph_nedges(fx.g), 6);
  assert_true(weight(&fx, "USA", "FRA") == 5);
  assert_true(weight(&fx, "USA", "JPN") == 3); /* m4, m6, m7; m5 is internal */
  assert_true(weight(&fx, "ESA", "JPN") == 3);
  close_graph(&fx);
}

static void test_isolated(void **state) {
  (void)state;
  fixture fx;
  open_graph(&fx, FIXTURES "/graphs/disconnected", NULL);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 11);
  assert_int_equal(cg_pgraph_nedges(fx.g), 9);
  size_t r1 = vertex(&fx, "R1"), s1 = vertex(&fx, "S1");
  assert_int_equal(r1, 7);
  assert_int_equal(s1, 8);
  for (size_t e = 0; e < cg_pgraph_nedges(fx.g); e++) {
    size_t u, v;
    cg_pgraph_edge(fx.g, e, &u, &v, NULL);
    assert_true(u < v);
    assert_true(u != r1 && v != r1 && u != s1 && v != s1);
  }
  assert_true(weight(&fx, "P2", "P4") == 2);
  assert_true(weight(&fx, "Q1", "Q2") == 2);
  assert_true(weight(&fx, "P1", "Q1") == 0);
  close_graph(&fx);

  cg_filter f; /* kinds: only companies; the Q triangle and S1 remain */
  cg_filter_init(&f);
  f.by_nation = 0;
  fixture all;
  open_graph(&all, FIXTURES "/graphs/disconnected", NULL);
  int32_t company = cg_dataset_find_kind(all.ds, "company");
  assert_true(company >= 0);
  f.kinds = &company;
  f.nkinds = 1;
  close_graph(&all);
  open_graph(&fx, FIXTURES "/graphs/disconnected", &f);
  assert_int_equal(cg_pgraph_nvertices(fx.g), 4);
  assert_int_equal(cg_pgraph_nedges(fx.g), 3);
  close_graph(&fx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_small),
      cmocka_unit_test(test_multilateral),
      cmocka_unit_test(test_by_nation),
      cmocka_unit_test(test_isolated),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
