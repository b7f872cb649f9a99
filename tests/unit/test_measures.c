/*
 * test_measures.c - unit tests of the measure registry (centrality.h): every
 * measure has a name, a header, help and a function; names are unique and
 * map back to their bit; each function fills its own column, the same
 * alone as with every other measure; values are written by their kind.
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
#include <string.h>

static void test_entries(void **state) {
  (void)state;
  unsigned all = 0;
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    const cg_measure_info *m = cg_measure_at(k);
    assert_non_null(m);
    assert_int_equal(m->bit, 1u << k); /* bit k is column k */
    assert_non_null(m->name);
    assert_true(m->name[0] != '\0');
    assert_non_null(m->header);
    assert_true(m->header[0] != '\0');
    assert_non_null(m->help);
    assert_true(m->help[0] != '\0');
    assert_non_null(m->compute);
    assert_true(m->kind == CG_MEASURE_COUNT || m->kind == CG_MEASURE_SUM ||
                m->kind == CG_MEASURE_SCORE);
    for (size_t j = 0; j < k; j++) {
      assert_string_not_equal(m->name, cg_measure_at(j)->name);
      assert_string_not_equal(m->header, cg_measure_at(j)->header);
    }
    assert_int_equal(cg_measure_from_name(m->name), m->bit);
    assert_ptr_equal(cg_measure_info_of(m->bit), m);
    assert_string_equal(cg_measure_name(k), m->name);
    all |= m->bit;
  }
  assert_int_equal(all, CG_MEASURE_ALL);
  assert_null(cg_measure_at(CG_NMEASURES));
  assert_null(cg_measure_info_of((cg_measure)(CG_MEASURE_PARTNERS | CG_MEASURE_PAGERANK)));
  assert_int_equal(cg_measure_from_name("PageRank"), 0);
  assert_int_equal(cg_measure_from_name(""), 0);
}

/* Each measure alone equals the same measure computed with all the others. */
static void test_each_alone(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, FIXTURES "/graphs/disconnected", NULL, d), CG_OK);
  cg_filter f;
  cg_filter_init(&f);
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  assert_int_equal(cg_view_new(&v, ds, &f), CG_OK);
  assert_int_equal(cg_pgraph_new(&g, v), CG_OK);
  cg_centrality_result all;
  assert_int_equal(cg_centrality(&all, g, CG_MEASURE_ALL), CG_OK);
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    const cg_measure_info *m = cg_measure_at(k);
    cg_centrality_result one;
    assert_int_equal(cg_centrality(&one, g, m->bit), CG_OK);
    assert_int_equal(one.n, all.n);
    for (size_t j = 0; j < CG_NMEASURES; j++)
      if (j != k) assert_null(cg_centrality_column(&one, cg_measure_at(j)->bit));
    const double *x = cg_centrality_column(&one, m->bit), *y = cg_centrality_column(&all, m->bit);
    assert_non_null(x);
    double sum = 0;
    for (size_t i = 0; i < one.n; i++) {
      assert_true(x[i] == y[i]);
      sum += fabs(x[i]);
    }
    assert_true(sum > 0); /* the function filled it */
    cg_centrality_result_free(&one);
  }
  /* The ranking: largest first, ties by id. */
  size_t rows[64];
  assert_true(all.n <= 64);
  for (size_t i = 0; i < all.n; i++)
    rows[i] = i;
  cg_centrality_order(&all, ds, CG_MEASURE_PARTNERS, rows, all.n);
  const double *p = cg_centrality_column(&all, CG_MEASURE_PARTNERS);
  for (size_t i = 1; i < all.n; i++) {
    assert_true(p[rows[i - 1]] >= p[rows[i]]);
    if (p[rows[i - 1]] == p[rows[i]])
      assert_true(strcmp(cg_dataset_entity(ds, (size_t)all.entity[rows[i - 1]])->id,
                         cg_dataset_entity(ds, (size_t)all.entity[rows[i]])->id) < 0);
  }
  cg_centrality_result_free(&all);
  cg_pgraph_free(g);
  cg_view_free(v);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void test_format(void **state) {
  (void)state;
  char buf[CG_MEASURE_TEXT_SIZE];
  const cg_measure_info *count = cg_measure_info_of(CG_MEASURE_PARTNERS);
  const cg_measure_info *sum = cg_measure_info_of(CG_MEASURE_STRENGTH);
  const cg_measure_info *score = cg_measure_info_of(CG_MEASURE_PAGERANK);
  assert_int_equal(count->kind, CG_MEASURE_COUNT);
  assert_int_equal(sum->kind, CG_MEASURE_SUM);
  assert_string_equal(cg_measure_format(count, 12, 1, buf), "12");
  assert_string_equal(cg_measure_format(sum, 4, 0, buf), "4");
  assert_string_equal(cg_measure_format(score, 0.1234567891, 1, buf), "0.123457");
  assert_string_equal(cg_measure_format(score, 0.1, 0, buf), "0.1");
  assert_string_equal(cg_measure_format(score, 1.0 / 3, 0, buf), "0.3333333333333333");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_entries),
      cmocka_unit_test(test_each_alone),
      cmocka_unit_test(test_format),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
