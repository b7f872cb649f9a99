/*
 * test_number.c - unit tests of the one whole-number parser: the spellings
 * it takes and refuses, the range, overflow, and lengths shorter than the
 * string.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/number.h>

#include <limits.h>
#include <string.h>

static int parse(const char *s, unsigned long long min, unsigned long long max,
                 unsigned long long *out) {
  return cg_parse_uint(s, strlen(s), min, max, out);
}

static void test_taken(void **state) {
  unsigned long long v = 99;
  assert_int_equal(parse("0", 0, 10, &v), 0);
  assert_int_equal(v, 0);
  assert_int_equal(parse("007", 0, 10, &v), 0);
  assert_int_equal(v, 7);
  assert_int_equal(parse("18446744073709551615", 0, ULLONG_MAX, &v), 0);
  assert_true(v == ULLONG_MAX);
  /* Only the first n bytes count. */
  assert_int_equal(cg_parse_uint("12abc", 2, 0, 100, &v), 0);
  assert_int_equal(v, 12);
  (void)state;
}

static void test_refused(void **state) {
  static const char *const bad[] = {"", " 3", "3 ", "+3", "-1", "3.0", "1e3", "0x10", "３", "3k"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    unsigned long long v = 42;
    assert_int_equal(parse(bad[i], 0, ULLONG_MAX, &v), -1);
    assert_int_equal(v, 42); /* untouched */
  }
  unsigned long long v = 42;
  assert_int_equal(cg_parse_uint("5", 0, 0, 10, &v), -1); /* n = 0 */
  (void)state;
}

static void test_range(void **state) {
  unsigned long long v = 0;
  assert_int_equal(parse("1", 1, 3, &v), 0);
  assert_int_equal(parse("3", 1, 3, &v), 0);
  assert_int_equal(parse("0", 1, 3, &v), -1);
  assert_int_equal(parse("4", 1, 3, &v), -1);
  /* One past 2^64-1, and far past it: out of range, never wrapped to a small value. */
  assert_int_equal(parse("18446744073709551616", 0, ULLONG_MAX, &v), -1);
  assert_int_equal(parse("36893488147419103232", 0, ULLONG_MAX, &v), -1);
  assert_int_equal(parse("99999999999999999999999", 0, ULLONG_MAX, &v), -1);
  (void)state;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_taken),
      cmocka_unit_test(test_refused),
      cmocka_unit_test(test_range),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
