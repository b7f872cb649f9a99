/*
 * test_generate.c - unit tests of the synthetic dataset generator: the same
 * seed gives the same bytes, another seed other bytes; what it writes loads
 * with no errors, with the asked-for counts, a multilateral share near the
 * asked-for one, every date precision and every kind; bad options and an
 * existing dataset are refused.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, strdup */

/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/dataset.h>
#include <coopgraph/generate.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const FILES[] = {"entities.csv", "agreements.csv", "types.csv"};

/* A fresh directory under /tmp; the caller removes it with rmtree. */
static char *make_tmp(void) {
  char *d = strdup("/tmp/cg-generate-XXXXXX");
  assert_non_null(d);
  assert_non_null(mkdtemp(d));
  return d;
}

static void rmtree(char *d) {
  char path[512];
  for (size_t i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", d, FILES[i]);
    remove(path);
  }
  snprintf(path, sizeof path, "%s/out", d);
  rmdir(path);
  rmdir(d);
  free(d);
}

static char *slurp(const char *dir, const char *name, size_t *len) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = malloc((size_t)n + 1);
  assert_non_null(data);
  assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return data;
}

/* 1 when every file of the two directories is byte-identical. */
static int same_files(const char *a, const char *b) {
  int same = 1;
  for (size_t i = 0; i < 3; i++) {
    size_t na, nb;
    char *da = slurp(a, FILES[i], &na), *db = slurp(b, FILES[i], &nb);
    same &= na == nb && memcmp(da, db, na) == 0;
    free(da);
    free(db);
  }
  return same;
}

static void gen(const char *dir, size_t n, size_t m, double f, uint64_t seed) {
  cg_generate_options o = CG_GENERATE_OPTIONS_INIT;
  char msg[512];
  o.entities = n, o.agreements = m, o.multilateral = f, o.seed = seed;
  cg_status st = cg_generate(&o, dir, msg, sizeof msg);
  if (st) fprintf(stderr, "cg_generate: %s\n", msg);
  assert_int_equal(st, CG_OK);
}

static void test_deterministic(void **state) {
  (void)state;
  char *a = make_tmp(), *b = make_tmp(), *c = make_tmp();
  gen(a, 300, 3000, 0.1, 42);
  gen(b, 300, 3000, 0.1, 42);
  gen(c, 300, 3000, 0.1, 43);
  assert_true(same_files(a, b));
  assert_false(same_files(a, c));
  rmtree(a);
  rmtree(b);
  rmtree(c);
}

static void test_loads_clean(void **state) {
  (void)state;
  char *d = make_tmp();
  const size_t n = 500, m = 20000;
  gen(d, n, m, 0.2, 7);
  cg_diags *diags = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, d, NULL, diags), CG_OK);
  assert_int_equal(cg_diags_errors(diags), 0);
  assert_int_equal(cg_dataset_nentities(ds), n);
  assert_int_equal(cg_dataset_nagreements(ds), m);
  assert_int_equal(cg_dataset_ntypes(ds), 8);

  size_t multi = 0, prec[4] = {0}, ends = 0, maxdeg = 0, total = 0;
  for (size_t a = 0; a < m; a++) {
    const cg_agreement *ag = cg_dataset_agreement(ds, a);
    assert_true(ag->nparties >= 2 && ag->nparties <= 6);
    multi += ag->nparties > 2;
    prec[ag->date.precision]++;
    ends += cg_date_known(ag->end);
    if (cg_date_known(ag->date)) {
      assert_true(ag->date.year >= 1960 && ag->date.year <= 2026);
    }
  }
  double share = (double)multi / (double)m;
  assert_true(share > 0.17 && share < 0.23);
  for (int p = 0; p < 4; p++)
    assert_true(prec[p] > 0);
  assert_true(ends > 0);

  /* Heavy tail: the biggest hub takes part in far more than the mean. */
  for (size_t e = 0; e < n; e++) {
    size_t k;
    cg_dataset_entity_agreements(ds, e, &k);
    total += k;
    if (k > maxdeg) maxdeg = k;
  }
  assert_true(maxdeg > 5 * total / n);

  const char *want[] = {"nation", "agency", "company", "organisation", "university"};
  for (size_t k = 0; k < 5; k++)
    assert_true(cg_dataset_find_kind(ds, want[k]) >= 0);
  size_t nations = 0;
  for (size_t e = 0; e < n; e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    nations += strcmp(en->kind, "nation") == 0;
    if (strcmp(en->kind, "agency") == 0) assert_true(en->country >= 0);
  }
  assert_true(nations > n / 10 && nations < n / 5);
  cg_dataset_free(ds);
  cg_diags_free(diags);
  rmtree(d);
}

/* The smallest network and no agreements at all are valid too. */
static void test_edges(void **state) {
  (void)state;
  char *d = make_tmp();
  char out[512];
  snprintf(out, sizeof out, "%s/out", d);
  gen(out, 2, 50, 1.0, 1);
  cg_diags *diags = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, out, NULL, diags), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 50);
  cg_dataset_free(ds);
  cg_diags_free(diags);
  rmtree(d);

  d = make_tmp();
  gen(d, 10, 0, 0.05, 1);
  diags = cg_diags_new(0);
  assert_int_equal(cg_dataset_load_dir(&ds, d, NULL, diags), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 0);
  cg_dataset_free(ds);
  cg_diags_free(diags);
  rmtree(d);
}

static void test_refusals(void **state) {
  (void)state;
  char *d = make_tmp();
  char msg[512];
  cg_generate_options o = CG_GENERATE_OPTIONS_INIT;
  o.entities = 1, o.agreements = 5;
  assert_int_equal(cg_generate(&o, d, msg, sizeof msg), CG_ERR_ARG);
  o.entities = 5, o.multilateral = 1.5;
  assert_int_equal(cg_generate(&o, d, msg, sizeof msg), CG_ERR_ARG);
  o.multilateral = 0.5;
  assert_int_equal(cg_generate(&o, d, msg, sizeof msg), CG_OK);
  assert_int_equal(cg_generate(&o, d, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "--force"));
  o.force = 1;
  assert_int_equal(cg_generate(&o, d, msg, sizeof msg), CG_OK);
  rmtree(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_loads_clean),
      cmocka_unit_test(test_edges),
      cmocka_unit_test(test_refusals),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
