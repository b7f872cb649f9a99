/*
 * test_strmap.c - unit tests of the string maps: case folding exactly on
 * ASCII letters (not on the bytes around them or on UTF-8), keys of every
 * length around the hash's word size, lookups by length into a longer
 * buffer, growth, and the keyset's duplicate detection.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "core/strmap_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void test_nocase(void **state) {
  (void)state;
  cg_strmap m;
  cg_strmap_init(&m, 1);
  assert_int_equal(cg_strmap_put(&m, "ESA", 1), -1);
  assert_int_equal(cg_strmap_put(&m, "esa", 2), 1); /* present: value kept */
  assert_int_equal(cg_strmap_get(&m, "Esa"), 1);
  /* '@' and '[' sit just outside 'A'..'Z'; '`' and '{' just outside 'a'..'z'. */
  assert_int_equal(cg_strmap_put(&m, "@[", 3), -1);
  assert_int_equal(cg_strmap_get(&m, "`{"), -1);
  assert_int_equal(cg_strmap_get(&m, "@["), 3);
  /* Only ASCII folds: "É" and "é" differ. */
  assert_int_equal(cg_strmap_put(&m, "\xC3\x89t\xC3\xA9", 4), -1);
  assert_int_equal(cg_strmap_get(&m, "\xC3\xA9T\xC3\xA9"), -1);
  assert_int_equal(cg_strmap_get(&m, "\xC3\x89T\xC3\xA9"), 4);
  assert_int_equal(cg_strmap_get(&m, ""), -1);
  assert_int_equal(cg_strmap_put(&m, "", 5), -1);
  assert_int_equal(cg_strmap_get(&m, ""), 5);
  cg_strmap_free(&m);
}

static void test_exact(void **state) {
  (void)state;
  cg_strmap m;
  cg_strmap_init(&m, 0);
  assert_int_equal(cg_strmap_put(&m, "agency", 0), -1);
  assert_int_equal(cg_strmap_get(&m, "Agency"), -1);
  assert_int_equal(cg_strmap_get(&m, "agency"), 0);
  cg_strmap_free(&m);
}

/* Keys of length 0 to 40 differing in one byte each: every tail shape of the hash. */
static void test_lengths(void **state) {
  (void)state;
  cg_strmap m;
  cg_strmap_init(&m, 1);
  static char keys[41][42][48];
  int32_t v = 0;
  for (int n = 0; n <= 40; n++)
    for (int at = 0; at <= n; at++) {
      memset(keys[n][at], 'a', (size_t)n);
      keys[n][at][n] = '\0';
      if (at < n) keys[n][at][at] = 'b';
      assert_int_equal(cg_strmap_put(&m, keys[n][at], v), -1);
      v++;
    }
  v = 0;
  for (int n = 0; n <= 40; n++)
    for (int at = 0; at <= n; at++) {
      char up[48];
      for (int k = 0; k <= n; k++)
        up[k] = keys[n][at][k] == 'a' ? 'A' : keys[n][at][k];
      assert_int_equal(cg_strmap_get(&m, up), v);
      v++;
    }
  cg_strmap_free(&m);
}

/* getn reads only key[0..len): the bytes after it do not matter. */
static void test_getn(void **state) {
  (void)state;
  cg_strmap m;
  cg_strmap_init(&m, 1);
  assert_int_equal(cg_strmap_put(&m, "E000002", 7), -1);
  assert_int_equal(cg_strmap_put(&m, "memorandum_of_understanding", 8), -1);
  const char *row = "e000002;MEMORANDUM_of_understanding,x";
  assert_int_equal(cg_strmap_getn(&m, row, 7), 7);
  assert_int_equal(cg_strmap_getn(&m, row + 8, 27), 8);
  assert_int_equal(cg_strmap_getn(&m, row, 6), -1);
  assert_int_equal(cg_strmap_getn(&m, row + 8, 28), -1);
  cg_strmap_free(&m);
}

static void test_growth(void **state) {
  (void)state;
  cg_strmap m;
  cg_strmap_init(&m, 1);
  enum { N = 20000 };
  char(*keys)[16] = malloc(N * sizeof *keys);
  assert_non_null(keys);
  for (int i = 0; i < N; i++) {
    snprintf(keys[i], sizeof keys[i], "E%06d", i);
    assert_int_equal(cg_strmap_put(&m, keys[i], i), -1);
  }
  for (int i = 0; i < N; i++) {
    char k[16];
    snprintf(k, sizeof k, "e%06d", i);
    assert_int_equal(cg_strmap_get(&m, k), i);
  }
  assert_int_equal(cg_strmap_get(&m, "E020000"), -1);
  cg_strmap_free(&m);
  free(keys);
}

/* Keys of the keyset live in a table, as agreement ids do. */
static const char *row_key(const void *ctx, int32_t i) {
  return ((const char *const *)ctx)[i];
}

static void test_keyset(void **state) {
  (void)state;
  enum { N = 5000 };
  char(*ids)[16] = malloc(N * sizeof *ids);
  const char **rows = malloc(N * sizeof *rows);
  assert_non_null(ids);
  assert_non_null(rows);
  cg_keyset s;
  cg_keyset_init(&s, row_key, rows);
  for (int i = 0; i < N; i++) {
    snprintf(ids[i], sizeof ids[i], "A%07d", i);
    rows[i] = ids[i];
    assert_int_equal(cg_keyset_put(&s, ids[i], strlen(ids[i]), i), -1);
  }
  /* A repeat, in any case, names the first row; a prefix or extension is new. */
  assert_int_equal(cg_keyset_put(&s, "a0000042", 8, N), 42);
  assert_int_equal(cg_keyset_put(&s, "A0004999", 8, N), 4999);
  assert_int_equal(cg_keyset_put(&s, "A00000420", 9, N), -1);
  cg_keyset_free(&s);
  cg_keyset_init(&s, row_key, rows);
  rows[0] = "A0000042x";
  assert_int_equal(cg_keyset_put(&s, rows[0], 9, 0), -1);
  assert_int_equal(cg_keyset_put(&s, "A0000042", 8, 1), -1);
  cg_keyset_free(&s);
  free(rows);
  free(ids);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_nocase), cmocka_unit_test(test_exact),  cmocka_unit_test(test_lengths),
      cmocka_unit_test(test_getn),   cmocka_unit_test(test_growth), cmocka_unit_test(test_keyset),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
