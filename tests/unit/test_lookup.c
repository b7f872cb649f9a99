/*
 * test_lookup.c - unit tests of naming entities and types: lookup by id, name
 * or alias in any case, which match wins, "did you mean" suggestions, and the
 * edit distance under them.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "data/dataset_internal.h"

#include <coopgraph/suggest.h>

#include <string.h>

static const char ENTITIES[] =
    "id,kind,name,country,aliases\n"
    "ISRO,agency,Indian Space Research Organisation,,\n"
    "Roscosmos,agency,Federal Space Agency,,Roskosmos|RKA\n"
    "ESA,agency,European Space Agency,,Agence spatiale europ\xc3\xa9"
    "enne\n"
    "NASA,agency,ESA,,\n" /* a name equal to another entity's id */
    "JAXA,agency,Japan Aerospace Exploration Agency,,宇宙機構\n"
    "CNES,agency,Orbit,,\n"
    "Antrix,company,Antrix Corporation,,orbit\n"; /* an alias equal to another's name */
static const char AGREEMENTS[] = "id,date,type,parties\n"
                                 "a1,2001,cooperation_agreement,ISRO;Roscosmos\n"
                                 "a2,2002,statement_of_intent,ESA;NASA;JAXA\n"
                                 "a3,2003,cooperation_agreement,CNES;Antrix\n";
static const char TYPES[] = "type,label\n"
                            "cooperation_agreement,Cooperation agreement\n"
                            "statement_of_intent,Statement of intent\n"
                            "membership,Membership\n";

static int setup(void **state) {
  cg_file e = {"e.csv", ENTITIES, strlen(ENTITIES)}, a = {"a.csv", AGREEMENTS, strlen(AGREEMENTS)},
          t = {"t.csv", TYPES, strlen(TYPES)};
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  cg_status st = cg_dataset_load_files(&ds, "lookup", &e, &a, &t, NULL, d);
  cg_diags_free(d);
  *state = ds;
  return st == CG_OK ? 0 : -1;
}

static int teardown(void **state) {
  cg_dataset_free(*state);
  return 0;
}

static int32_t find(void **state, const char *name) {
  return cg_dataset_find_entity(*state, name);
}

static void test_find_by_id(void **state) {
  assert_int_equal(find(state, "ISRO"), 0);
  assert_int_equal(find(state, "isro"), 0);
  assert_int_equal(find(state, "IsRo"), 0);
  assert_int_equal(find(state, "roscosmos"), 1);
  assert_int_equal(find(state, "ANTRIX"), 6);
}

static void test_find_by_name_and_alias(void **state) {
  assert_int_equal(find(state, "Indian Space Research Organisation"), 0);
  assert_int_equal(find(state, "INDIAN SPACE research organisation"), 0);
  assert_int_equal(find(state, "federal space agency"), 1);
  assert_int_equal(find(state, "Roskosmos"), 1);
  assert_int_equal(find(state, "rka"), 1);
  assert_int_equal(find(state, "宇宙機構"), 4);
  assert_int_equal(find(state, "Agence spatiale europ\xc3\xa9"
                               "enne"),
                   2);
  assert_int_equal(find(state, "AGENCE SPATIALE EUROP\xc3\xa9"
                               "ENNE"),
                   2);
}

static void test_find_precedence(void **state) {
  /* NASA's name is "ESA": the id ESA wins, in any case. */
  assert_int_equal(find(state, "ESA"), 2);
  assert_int_equal(find(state, "esa"), 2);
  /* CNES is named "Orbit", Antrix has the alias "orbit": the alias wins. */
  assert_int_equal(find(state, "Orbit"), 6);
}

static void test_find_missing(void **state) {
  assert_int_equal(find(state, "ISR0"), -1);
  assert_int_equal(find(state, ""), -1);
  assert_int_equal(find(state, "Indian"), -1);
}

/* The one name matcher (names.h): case, accents and punctuation apart. */
static void test_find_folded(void **state) {
  assert_int_equal(find(state, "Agence spatiale europ\xc3\x89"
                               "enne"),
                   2);
  assert_int_equal(find(state, "AGENCE SPATIALE EUROPEENNE"), 2);
  assert_int_equal(find(state, "agence-spatiale europeenne"), 2);
  assert_int_equal(find(state, "Agence spatiale"), -1);
}

static void expect_suggest(void **state, const char *name, const char *want) {
  char buf[64] = "unchanged";
  int got = cg_dataset_suggest_entity(*state, name, buf, sizeof buf);
  if (!want) {
    assert_int_equal(got, 0);
    return;
  }
  assert_int_equal(got, 1);
  assert_string_equal(buf, want);
}

static void test_suggest_entity(void **state) {
  expect_suggest(state, "ISR0", "ISRO");
  expect_suggest(state, "isr", "ISRO");
  expect_suggest(state, "Roscosmo", "Roscosmos");
  expect_suggest(state, "Roskosmoss", "Roscosmos");
  expect_suggest(state, "Indian Space Research Organization", "ISRO");
  expect_suggest(state, "Japan Aerospace Exploration Agncy", "JAXA");
  /* An exact alias or name gives its id. */
  expect_suggest(state, "RKA", "Roscosmos");
  expect_suggest(state, "宇宙機構", "JAXA");
  expect_suggest(state, "federal space agency", "Roscosmos");
  /* Far-off strings get no suggestion. */
  expect_suggest(state, "Zzzzzzzz", NULL);
  expect_suggest(state, "NOAA-Weather", NULL);
  expect_suggest(state, "XY", NULL);
}

static void test_suggest_buffer(void **state) {
  char buf[4] = "zzz";
  assert_int_equal(cg_dataset_suggest_entity(*state, "Roscosmo", buf, sizeof buf), 1);
  assert_string_equal(buf, "Ros"); /* truncated, NUL-terminated */
  assert_int_equal(cg_dataset_suggest_entity(*state, "Roscosmo", buf, 0), 0);
}

static void test_suggest_type(void **state) {
  char buf[64];
  assert_int_equal(cg_dataset_suggest_type(*state, "cooperation_agrement", buf, sizeof buf), 1);
  assert_string_equal(buf, "cooperation_agreement");
  assert_int_equal(cg_dataset_suggest_type(*state, "Statment_of_Intent", buf, sizeof buf), 1);
  assert_string_equal(buf, "statement_of_intent");
  assert_int_equal(cg_dataset_suggest_type(*state, "membershp", buf, sizeof buf), 1);
  assert_string_equal(buf, "membership");
  assert_int_equal(cg_dataset_suggest_type(*state, "treaty", buf, sizeof buf), 0);
  assert_int_equal(cg_dataset_find_type(*state, "STATEMENT_OF_INTENT"), 1);
  assert_int_equal(cg_dataset_find_type(*state, "statement"), -1);
}

/* Without types.csv the types in use are the candidates. */
static void test_suggest_type_undeclared(void **state) {
  (void)state;
  cg_file e = {"e.csv", ENTITIES, strlen(ENTITIES)}, a = {"a.csv", AGREEMENTS, strlen(AGREEMENTS)};
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_files(&ds, "no-types", &e, &a, NULL, NULL, d), CG_OK);
  assert_int_equal(cg_dataset_ntypes(ds), 2);
  char buf[64];
  assert_int_equal(cg_dataset_suggest_type(ds, "statement_of_intnt", buf, sizeof buf), 1);
  assert_string_equal(buf, "statement_of_intent");
  assert_int_equal(cg_dataset_suggest_type(ds, "membership", buf, sizeof buf), 0);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void test_edit_distance(void **state) {
  (void)state;
  assert_int_equal(cg_edit_distance("", "", 3), 0);
  assert_int_equal(cg_edit_distance("", "abc", 3), 3);
  assert_int_equal(cg_edit_distance("abc", "", 3), 3);
  assert_int_equal(cg_edit_distance("abc", "abc", 0), 0);
  assert_int_equal(cg_edit_distance("ABC", "abc", 0), 0); /* ASCII case ignored */
  assert_int_equal(cg_edit_distance("abc", "abd", 5), 1);
  assert_int_equal(cg_edit_distance("kitten", "sitting", 5), 3);
  assert_int_equal(cg_edit_distance("flaw", "lawn", 5), 2);
  assert_int_equal(cg_edit_distance("ab", "ba", 5), 2); /* no transpositions */
  assert_int_equal(cg_edit_distance("ISR0", "ISRO", 1), 1);
  /* Past max it gives up with max + 1, by length alone or midway. */
  assert_int_equal(cg_edit_distance("abc", "", 2), 3);
  assert_int_equal(cg_edit_distance("kitten", "sitting", 2), 3);
  assert_int_equal(cg_edit_distance("aaaa", "bbbb", 1), 2);
  assert_int_equal(cg_edit_distance("abc", "abd", 0), 1);
  /* Long strings are not compared at all. */
  char a[300], b[300];
  memset(a, 'x', 299);
  a[299] = '\0';
  memcpy(b, a, sizeof b);
  assert_int_equal(cg_edit_distance(a, b, 4), 5);
}

/* The one "did you mean": closest within a third of the word, first wins a tie. */
static void test_did_you_mean(void **state) {
  (void)state;
  static const char *const cmds[] = {"check", "summary", "partners", "history", "centrality"};
  assert_string_equal(cg_did_you_mean("partner", cmds, 5), "partners");
  assert_string_equal(cg_did_you_mean("CENTRALTY", cmds, 5), "centrality");
  assert_string_equal(cg_did_you_mean("chek", cmds, 5), "check");
  assert_null(cg_did_you_mean("frobnicate", cmds, 5));
  assert_null(cg_did_you_mean("xyz", cmds, 5));
  /* A NULL entry ends the list. */
  static const char *const some[] = {"year", NULL, "decade"};
  assert_null(cg_did_you_mean("decad", some, 3));
  assert_string_equal(cg_did_you_mean("yeer", some, 3), "year");
  assert_int_equal(cg_typo_budget("ab"), 1);
  assert_int_equal(cg_typo_budget("abcdefghi"), 3);
  assert_int_equal(cg_typo_budget("abcdefghijklmnopqrstuvwxyz"), 4);
  cg_suggest s;
  cg_suggest_init(&s, "ESA");
  cg_suggest_consider(&s, "European Space Agency", "ESA-id");
  cg_suggest_consider(&s, "esa", "esa-id");
  cg_suggest_consider(&s, "ESB", "esb-id");
  assert_string_equal(cg_suggest_best(&s), "esa-id");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_find_by_id),      cmocka_unit_test(test_find_by_name_and_alias),
      cmocka_unit_test(test_find_precedence), cmocka_unit_test(test_find_missing),
      cmocka_unit_test(test_find_folded),
      cmocka_unit_test(test_suggest_entity),  cmocka_unit_test(test_suggest_buffer),
      cmocka_unit_test(test_suggest_type),    cmocka_unit_test(test_edit_distance),
      cmocka_unit_test(test_did_you_mean),
  };
  const struct CMUnitTest alone[] = {cmocka_unit_test(test_suggest_type_undeclared)};
  return cmocka_run_group_tests(tests, setup, teardown) | cmocka_run_group_tests(alone, NULL, NULL);
}
