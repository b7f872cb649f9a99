/*
 * test_cli_format.c - the table score formatter of the program
 * (cli_format_score, engine/cli/format.c), held to its contract in cli.h:
 * 4 significant digits in plain decimal notation, never e-notation, and 0
 * for a value below 1e-12 of its column's maximum (numerical noise).
 * The program is not in the library, so this test compiles format.c with
 * the few program files it needs (tests/CMakeLists.txt).
 */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *fmt(double v, double colmax) {
  static char buf[CLI_SCORE_SIZE];
  return cli_format_score(v, colmax, buf);
}

/* "0." and n zeros, then digits. */
static const char *zeros_then(size_t n, const char *digits) {
  static char s[CLI_SCORE_SIZE + 8];
  size_t k = 0;
  s[k++] = '0';
  s[k++] = '.';
  while (n-- && k < CLI_SCORE_SIZE) s[k++] = '0';
  s[k] = '\0';
  strncat(s, digits, sizeof s - k - 1);
  return s;
}

static void test_noise_is_zero(void **state) {
  (void)state;
  /* Below 1e-12 of the column maximum: noise, shown as 0. */
  assert_string_equal(fmt(4.18e-13, 1.0), "0");
  assert_string_equal(fmt(-4.18e-13, 1.0), "0");
  assert_string_equal(fmt(4.18e-53, 1e-40), "0");
  assert_string_equal(fmt(9.9e-13, 1.0), "0");
  assert_string_equal(fmt(0.0, 1.0), "0");
}

static void test_small_but_real(void **state) {
  (void)state;
  /* Above the threshold: not 0, in plain notation with 4 significant digits. */
  assert_string_equal(fmt(1.5e-12, 1.0), zeros_then(11, "15"));
  assert_string_equal(fmt(4.18e-11, 1.0), zeros_then(10, "418"));
  /* A column of tiny values is not noise: 4.18e-53 of a maximum 4.18e-50. */
  assert_string_equal(fmt(4.18e-53, 4.18e-50), zeros_then(52, "418"));
  assert_string_equal(fmt(1.23456e-7, 1.23456e-7), zeros_then(6, "1235"));
}

static void test_four_digits(void **state) {
  (void)state;
  assert_string_equal(fmt(0.123456, 1.0), "0.1235");
  assert_string_equal(fmt(0.5, 1.0), "0.5");
  assert_string_equal(fmt(1.0, 1.0), "1");
  assert_string_equal(fmt(9.99996, 10.0), "10");
  assert_string_equal(fmt(39.5, 39.5), "39.5");
  assert_string_equal(fmt(12345.6, 12345.6), "12350");
  assert_string_equal(fmt(-0.00123456, 1.0), "-0.001235");
}

/* Over every magnitude: no 'e', and the printed value is v to 4 digits. */
static void test_never_e_notation(void **state) {
  (void)state;
  for (int k = -52; k <= 15; k++) {
    double v = 1.234567 * pow(10.0, k);
    const char *s = fmt(v, v);
    assert_null(strchr(s, 'e'));
    assert_null(strchr(s, 'E'));
    double back = strtod(s, NULL);
    assert_true(fabs(back - v) <= 5e-4 * v);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_noise_is_zero),
      cmocka_unit_test(test_small_but_real),
      cmocka_unit_test(test_four_digits),
      cmocka_unit_test(test_never_e_notation),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
