/*
 * test_ident.c - unit tests of id derivation from names: valid names kept,
 * unsafe bytes folded to '_', empty names, and case-insensitive clashes.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "core/ident_internal.h"

#include <string.h>

typedef struct fixture {
  cg_arena arena;
  cg_strmap taken;
} fixture;

static int setup(void **state) {
  static fixture f;
  f.arena = (cg_arena)CG_ARENA_INIT;
  cg_strmap_init(&f.taken, 1);
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  cg_strmap_free(&f->taken);
  cg_arena_free(&f->arena);
  return 0;
}

static const char *make(fixture *f, const char *name) {
  const char *id = cg_ident_make(&f->arena, &f->taken, name, strlen(name), 0);
  assert_non_null(id);
  return id;
}

static void test_valid(void **state) {
  assert_true(cg_ident_valid("ISRO", 4));
  assert_true(cg_ident_valid("a.b-c_9", 7));
  assert_false(cg_ident_valid("", 0));
  assert_false(cg_ident_valid("a b", 3));
  (void)state;
}

static void test_kept_and_cleaned(void **state) {
  fixture *f = *state;
  assert_string_equal(make(f, "ESA"), "ESA");
  assert_string_equal(make(f, "  New   York "), "New_York");
  assert_string_equal(make(f, "C\xc3\xb4te d'Ivoire"), "C_te_d_Ivoire");
  assert_string_equal(make(f, "\xe2\x80\x8f<>"), "entity");
}

static void test_clashes(void **state) {
  fixture *f = *state;
  assert_string_equal(make(f, "esa"), "esa");
  assert_string_equal(make(f, "ESA"), "ESA-2");
  assert_string_equal(make(f, "E S A"), "E_S_A");
  assert_string_equal(make(f, "Esa"), "Esa-3");
  assert_string_equal(make(f, "!!"), "entity");
  assert_string_equal(make(f, "??"), "entity-2");
  /* A name that looks like an earlier suffixed id is itself suffixed. */
  assert_string_equal(make(f, "ESA-2"), "ESA-2-2");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid),
      cmocka_unit_test_setup_teardown(test_kept_and_cleaned, setup, teardown),
      cmocka_unit_test_setup_teardown(test_clashes, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
