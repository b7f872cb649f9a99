/*
 * test_score.c - the tie rule of rankings: scores equal to 12 significant
 * digits are ties, others compare by value, and the order is consistent.
 */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/score.h>

static void test_ties(void **state) {
  (void)state;
  /* NetworkX and igraph both give 1/4 as these two (a betweenness). */
  assert_int_equal(cg_score_compare(0.24999999999999994, 0.25), 0);
  assert_int_equal(cg_score_compare(0.25, 0.24999999999999994), 0);
  assert_int_equal(cg_score_compare(0.0, 0.0), 0);
  assert_int_equal(cg_score_compare(1e-300, 1.0000000000001e-300), 0);
  assert_int_equal(cg_score_compare(123456.789012, 123456.7890124), 0);
}

static void test_order(void **state) {
  (void)state;
  assert_int_equal(cg_score_compare(0.25, 0.2500000001), -1); /* differs at the 10th digit */
  assert_int_equal(cg_score_compare(0.2500000001, 0.25), 1);
  assert_int_equal(cg_score_compare(0.0, 1e-300), -1);
  assert_int_equal(cg_score_compare(-1.0, 1.0), -1);
  assert_int_equal(cg_score_compare(123456.789012, 123456.78902), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_ties), cmocka_unit_test(test_order)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
