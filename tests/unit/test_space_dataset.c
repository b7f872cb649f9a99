/*
 * test_space_dataset.c - invariants of the default dataset
 * (graphs/space-cooperation): it loads without errors, every type is
 * declared in types.csv, every source is one of the five seed articles,
 * every entity takes part in an agreement, and the only warnings are the
 * undated agreements its README explains.
 */
#include <coopgraph/coopgraph.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

static const char *const SOURCES[] = {"000_e12d497cc069509c.txt", "001_2b0e788459ca4cf3.txt",
                                      "002_8acf025f015edcf4.txt", "003_b29cf7330e2aecb2.txt",
                                      "004_3e4b9ac1984214d5.txt"};

static int setup(void **state) {
  cg_diags *d = cg_diags_new(1000);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, DEFAULT_DATA, NULL, d), CG_OK);
  assert_int_equal(cg_diags_errors(d), 0);
  /* Every warning is an undated agreement; README says which and why. */
  for (size_t i = 0; i < cg_diags_kept(d); i++) {
    const char *m = cg_diags_get(d, i)->message;
    size_t n = strlen(m);
    assert_true(n > 12 && strcmp(m + n - 12, " has no date") == 0);
  }
  cg_diags_free(d);
  *state = ds;
  return 0;
}

static int teardown(void **state) {
  cg_dataset_free(*state);
  return 0;
}

static void every_type_declared_and_used(void **state) {
  const cg_dataset *ds = *state;
  size_t used[64] = {0};
  assert_true(cg_dataset_ntypes(ds) <= 64);
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++)
    used[cg_dataset_agreement(ds, a)->type]++;
  for (size_t t = 0; t < cg_dataset_ntypes(ds); t++) {
    const cg_type *ty = cg_dataset_type(ds, t);
    assert_true(ty->declared);
    assert_true(ty->label[0] && ty->description[0]);
    if (!used[t]) fail_msg("type '%s' is declared but not used", ty->id);
  }
}

static void every_source_is_a_seed_article(void **state) {
  const cg_dataset *ds = *state;
  size_t per_source[5] = {0};
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++) {
    const cg_agreement *ag = cg_dataset_agreement(ds, a);
    size_t k = 0;
    while (k < 5 && strcmp(ag->source, SOURCES[k]) != 0)
      k++;
    if (k == 5) fail_msg("agreement '%s' has source '%s', not a seed article", ag->id, ag->source);
    per_source[k]++;
    assert_true(ag->title[0] != '\0');
  }
  for (size_t k = 0; k < 5; k++)
    if (!per_source[k]) fail_msg("no agreement comes from %s", SOURCES[k]);
}

static void every_entity_takes_part(void **state) {
  const cg_dataset *ds = *state;
  for (size_t e = 0; e < cg_dataset_nentities(ds); e++) {
    size_t n;
    cg_dataset_entity_agreements(ds, e, &n);
    if (!n) fail_msg("entity '%s' takes part in no agreement", cg_dataset_entity(ds, e)->id);
    assert_true(cg_dataset_entity(ds, e)->name[0] != '\0');
  }
}

static void questions_users_ask_have_answers(void **state) {
  const cg_dataset *ds = *state;
  /* The names the issue and README use resolve. */
  assert_true(cg_dataset_find_entity(ds, "ISRO") >= 0);
  assert_true(cg_dataset_find_entity(ds, "Roscosmos") >= 0);
  assert_true(cg_dataset_find_entity(ds, "Federal Space Agency") >= 0);
  assert_true(cg_dataset_find_entity(ds, "european space agency") >= 0);
  /* Agencies and companies name a nation that exists (ESA excepted: it is
   * intergovernmental, the agency of its member states, not of one nation). */
  size_t checked = 0;
  for (size_t e = 0; e < cg_dataset_nentities(ds); e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    if (strcmp(en->kind, "agency") != 0 && strcmp(en->kind, "company") != 0) continue;
    if (strcmp(en->id, "ESA") == 0) {
      assert_int_equal(en->country, -1);
      continue;
    }
    if (en->country < 0) fail_msg("%s '%s' names no nation", en->kind, en->id);
    const cg_entity *nation = cg_dataset_entity(ds, (size_t)en->country);
    if (strcmp(nation->kind, "nation") != 0)
      fail_msg("%s '%s' names '%s', a %s, as its nation", en->kind, en->id, nation->id,
               nation->kind);
    checked++;
  }
  assert_true(checked >= 5); /* ISRO, JAXA, Roscosmos, NASA, CNES at least */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_type_declared_and_used),
      cmocka_unit_test(every_source_is_a_seed_article),
      cmocka_unit_test(every_entity_takes_part),
      cmocka_unit_test(questions_users_ask_have_answers),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
