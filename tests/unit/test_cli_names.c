/*
 * test_cli_names.c - the names the command line lists as choices agree
 * with the library's: CLI_MEASURE_NAMES (engine/cli/cli.h) is
 * cg_measure_name(0..CG_NMEASURES), in order.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "cli/cli.h"

#include <string.h>

static void test_measure_names(void **state) {
  (void)state;
  const char *p = CLI_MEASURE_NAMES;
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    size_t len = strcspn(p, " ");
    assert_int_equal(len, strlen(cg_measure_name(k)));
    assert_memory_equal(p, cg_measure_name(k), len);
    p += len;
    p += strspn(p, " ");
  }
  assert_string_equal(p, ""); /* no name more */
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_measure_names)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
