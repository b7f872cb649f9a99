/*
 * test_load.c - unit tests of the validating loader: one invalid fixture per
 * error (exact message, line and column), the valid fixture read field by
 * field, several errors reported in one run, the cap on kept errors, and
 * loading from memory giving the same dataset as loading from disk, and
 * the two-thread read of a big agreements.csv giving what one thread gives.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/buf.h>
#include <coopgraph/dataset.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One expected diagnostic: file is the last path component ("entities.csv"). */
typedef struct want {
  cg_severity sev;
  const char *file;
  unsigned long line, column;
  const char *message;
} want;

#define E CG_SEV_ERROR
#define W CG_SEV_WARNING
#define NWANT(w) (sizeof(w) / sizeof(w)[0])

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Asserts that diags holds exactly the diagnostics in w, in that order. */
static void expect_diags(const cg_diags *d, const char *dir, const want *w, size_t n) {
  size_t errors = 0, warnings = 0;
  for (size_t i = 0; i < n; i++) {
    const cg_diag *dg = cg_diags_get(d, i);
    assert_non_null(dg);
    char suffix[512];
    int len = snprintf(suffix, sizeof suffix, "%s/%s", dir, w[i].file);
    assert_true(len > 0 && (size_t)len < sizeof suffix);
    assert_string_equal(dg->message, w[i].message);
    assert_int_equal(dg->severity, w[i].sev);
    assert_non_null(dg->path);
    if (!ends_with(dg->path, suffix)) fail_msg("path '%s' does not end in '%s'", dg->path, suffix);
    assert_int_equal(dg->line, w[i].line);
    assert_int_equal(dg->column, w[i].column);
    errors += w[i].sev == E;
    warnings += w[i].sev == W;
  }
  assert_int_equal(cg_diags_kept(d), n);
  assert_int_equal(cg_diags_errors(d), errors);
  assert_int_equal(cg_diags_warnings(d), warnings);
}

/* Loads FIXTURES/invalid/<name>; expects failure `st` and exactly the diagnostics w. */
static void expect_invalid(const char *name, cg_status st, const want *w, size_t n) {
  char dir[512];
  snprintf(dir, sizeof dir, "%s/invalid/%s", FIXTURES, name);
  cg_diags *d = cg_diags_new(0);
  assert_non_null(d);
  cg_dataset *ds = (cg_dataset *)&ds; /* must be reset to NULL */
  assert_int_equal(cg_dataset_load_dir(&ds, dir, NULL, d), st);
  assert_null(ds);
  char sub[256];
  snprintf(sub, sizeof sub, "invalid/%s", name);
  expect_diags(d, sub, w, n);
  cg_diags_free(d);
}

#define EXPECT_INVALID(name, st, w) expect_invalid(name, st, w, NWANT(w))

static const char ONLY[] = ": only letters, digits, '_', '.' and '-' are allowed";

/* ---- one fixture per error ---- */

static void test_missing_file(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 0, 0, "cannot open: No such file or directory"}};
  EXPECT_INVALID("missing-file", CG_ERR_IO, w);
}

static void test_missing_directory(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, FIXTURES "/no-such-dir", NULL, d), CG_ERR_IO);
  assert_null(ds);
  const cg_diag *dg = cg_diags_get(d, 0);
  assert_non_null(dg);
  assert_true(ends_with(dg->path, "no-such-dir/entities.csv"));
  assert_string_equal(dg->message, "cannot open: No such file or directory");
  assert_int_equal(dg->line, 0);
  cg_diags_free(d);
}

static void test_missing_column(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 1, 1, "missing column 'type'"}};
  EXPECT_INVALID("missing-column", CG_ERR_DATA, w);
}

static void test_missing_column_misspelt(void **state) {
  (void)state;
  static const want w[] = {
      {E, "agreements.csv", 1, 1, "missing column 'type' (is 'typ' a misspelling of it?)"}};
  EXPECT_INVALID("missing-column-misspelt", CG_ERR_DATA, w);
}

static void test_duplicate_column(void **state) {
  (void)state;
  static const want w[] = {{E, "entities.csv", 1, 30, "duplicate column 'kind' in the header"}};
  EXPECT_INVALID("duplicate-column", CG_ERR_DATA, w);
}

static void test_empty_file(void **state) {
  (void)state;
  static const want w[] = {{E, "entities.csv", 1, 1,
                            "empty file: expected the header line 'id,kind,name,country,aliases'"}};
  EXPECT_INVALID("empty-file", CG_ERR_DATA, w);
}

static void test_unbalanced_quote(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 4, 30, "unterminated quoted field"}};
  EXPECT_INVALID("unbalanced-quote", CG_ERR_DATA, w);
}

static void test_quote_in_field(void **state) {
  (void)state;
  static const want w[] = {
      {E, "agreements.csv", 4, 43, "quote character inside an unquoted field"},
      {E, "agreements.csv", 5, 38, "unexpected character after closing quote"}};
  EXPECT_INVALID("quote-in-field", CG_ERR_DATA, w);
}

static void test_invalid_utf8(void **state) {
  (void)state;
  /* Two CJK characters before the bad byte: the column counts characters. */
  static const want w[] = {{E, "entities.csv", 5, 15, "invalid UTF-8 byte 0xFF"}};
  EXPECT_INVALID("invalid-utf8", CG_ERR_DATA, w);
}

static void test_nul_byte(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 4, 33, "NUL byte in input"}};
  EXPECT_INVALID("nul-byte", CG_ERR_DATA, w);
}

static void test_long_field(void **state) {
  (void)state;
  /* The row after the long field is read normally. */
  static const want w[] = {{E, "agreements.csv", 4, 30, "field longer than 65536 bytes"}};
  EXPECT_INVALID("long-field", CG_ERR_DATA, w);
}

static void test_wrong_field_count(void **state) {
  (void)state;
  static const want w[] = {
      {E, "entities.csv", 5, 1, "expected 5 fields as in the header, found 3"},
      {E, "agreements.csv", 4, 1, "expected 7 fields as in the header, found 8"}};
  EXPECT_INVALID("wrong-field-count", CG_ERR_DATA, w);
}

static void test_empty_id(void **state) {
  (void)state;
  static const want w[] = {{E, "entities.csv", 5, 1, "empty entity id"}};
  EXPECT_INVALID("empty-id", CG_ERR_DATA, w);
}

static void test_malformed_id(void **state) {
  (void)state;
  char m1[160], m2[160];
  /* Quoted: the text starts one column after the quote; the space is the 3rd character. */
  snprintf(m1, sizeof m1, "invalid entity id 'IS RO'%s", ONLY);
  snprintf(m2, sizeof m2, "invalid agreement id 'x-\xc3\xa9'%s", ONLY);
  const want w[] = {{E, "entities.csv", 5, 4, m1}, {E, "agreements.csv", 4, 3, m2}};
  EXPECT_INVALID("malformed-id", CG_ERR_DATA, w);
}

static void test_duplicate_id(void **state) {
  (void)state;
  /* Ids are case-insensitive, so 'esa' repeats 'ESA'. */
  static const want w[] = {
      {E, "entities.csv", 5, 1, "duplicate entity id 'esa' (first defined on line 2)"},
      {E, "agreements.csv", 4, 1, "duplicate agreement id 'a1' (first defined on line 2)"}};
  EXPECT_INVALID("duplicate-id", CG_ERR_DATA, w);
}

static void test_unknown_country(void **state) {
  (void)state;
  static const want w[] = {
      {E, "entities.csv", 3, 48, "unknown country 'INDD'; did you mean 'IND'?"},
      {E, "entities.csv", 5, 18, "unknown country 'ZZZZZZ'"}};
  EXPECT_INVALID("unknown-country", CG_ERR_DATA, w);
}

static void test_country_not_nation(void **state) {
  (void)state;
  static const want w[] = {
      {E, "entities.csv", 3, 48, "country 'ESA' is of kind 'agency'; it must be a nation"}};
  EXPECT_INVALID("country-not-nation", CG_ERR_DATA, w);
}

static void test_bad_date(void **state) {
  (void)state;
  static const want w[] = {
      {E, "agreements.csv", 2, 9, "invalid date '2025-13-01': month 13 is out of range"},
      {E, "agreements.csv", 3, 12,
       "invalid date '2025-02-30': day 30 does not exist in February 2025"},
      {E, "agreements.csv", 4, 6, "invalid date '25-05-07': expected YYYY, YYYY-MM or YYYY-MM-DD"},
      {E, "agreements.csv", 5, 15,
       "invalid end date '2021-1': expected YYYY, YYYY-MM or YYYY-MM-DD"}};
  EXPECT_INVALID("bad-date", CG_ERR_DATA, w);
}

static void test_end_before_date(void **state) {
  (void)state;
  /* 2020-05 to 2020-05-01 is fine: the end lies within the date's month. */
  static const want w[] = {
      {E, "agreements.csv", 2, 12, "end date '2020-04-30' is before the date '2020-05'"},
      {E, "agreements.csv", 4, 9, "end date '2019' is before the date '2020'"}};
  EXPECT_INVALID("end-before-date", CG_ERR_DATA, w);
}

static void test_too_few_parties(void **state) {
  (void)state;
  static const want w[] = {
      {E, "agreements.csv", 2, 22, "an agreement needs at least two distinct parties, found 1"},
      {E, "agreements.csv", 3, 22, "an agreement needs at least two distinct parties, found 0"}};
  EXPECT_INVALID("too-few-parties", CG_ERR_DATA, w);
}

static void test_empty_party(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 2, 26, "empty party in 'ESA;;ISRO'"}};
  EXPECT_INVALID("empty-party", CG_ERR_DATA, w);
}

static void test_duplicate_party(void **state) {
  (void)state;
  static const want w[] = {{E, "agreements.csv", 2, 31, "party 'ESA' is listed twice"}};
  EXPECT_INVALID("duplicate-party", CG_ERR_DATA, w);
}

static void test_unknown_party(void **state) {
  (void)state;
  /* Suggestions come from ids, names and aliases alike; parties must be ids. */
  static const want w[] = {
      {E, "agreements.csv", 2, 26, "unknown party 'ISR0'; did you mean 'ISRO'?"},
      {E, "agreements.csv", 3, 22,
       "unknown party 'Indian Space Research Organisatoin'; did you mean 'ISRO'?"},
      {E, "agreements.csv", 4, 26, "unknown party 'Bharath'; did you mean 'IND'?"},
      {E, "agreements.csv", 5, 26, "unknown party 'Bharat'; did you mean 'IND'?"},
      {E, "agreements.csv", 6, 26, "unknown party 'XYZZY123'"}};
  EXPECT_INVALID("unknown-party", CG_ERR_DATA, w);
}

static void test_alias_collision(void **state) {
  (void)state;
  static const want w[] = {
      {E, "entities.csv", 2, 1, "alias 'isro' of entity 'ESA' is the id of entity 'ISRO' (line 3)"},
      {E, "entities.csv", 4, 1,
       "alias 'space agency' of entity 'IND' is also an alias of entity 'ESA' (line 2)"}};
  EXPECT_INVALID("alias-collision", CG_ERR_DATA, w);
}

static void test_undeclared_type(void **state) {
  (void)state;
  static const want w[] = {
      {E, "types.csv", 4, 1, "duplicate type 'cooperation_agreement'"},
      {E, "agreements.csv", 2, 10,
       "type 'cooperation_agreemnt' is not declared in types.csv; did you mean "
       "'cooperation_agreement'?"},
      {E, "agreements.csv", 3, 10, "type 'treaty' is not declared in types.csv"}};
  EXPECT_INVALID("undeclared-type", CG_ERR_DATA, w);
}

/* Errors of different kinds in both files, all reported, sorted by file, line, column. */
static void test_many_errors(void **state) {
  (void)state;
  char m[160];
  snprintf(m, sizeof m, "invalid entity id 'bad id'%s", ONLY);
  const want w[] = {
      {E, "entities.csv", 3, 6, "empty kind"},
      {E, "entities.csv", 5, 4, m},
      {E, "agreements.csv", 2, 9, "invalid date '2025-13-01': month 13 is out of range"},
      {E, "agreements.csv", 2, 32, "unknown party 'ISR0'"},
      {E, "agreements.csv", 4, 9, "end date '2020' is before the date '2021'"},
      {E, "agreements.csv", 4, 34, "party 'ESA' is listed twice"},
      {E, "agreements.csv", 5, 1, "empty agreement id"},
      {E, "agreements.csv", 6, 22, "an agreement needs at least two distinct parties, found 1"}};
  EXPECT_INVALID("many-errors", CG_ERR_DATA, w);
}

/* ---- the valid fixture ---- */

static cg_dataset *load_valid(cg_diags *d) {
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, FIXTURES "/valid", NULL, d), CG_OK);
  assert_non_null(ds);
  return ds;
}

static void test_valid_warnings(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = load_valid(d);
  static const want w[] = {{W, "entities.csv", 10, 1, "entity 'RUS' takes part in no agreement"},
                           {W, "agreements.csv", 6, 1, "agreement 'esa-member-fra' has no date"}};
  expect_diags(d, "valid", w, NWANT(w));
  assert_string_equal(cg_dataset_name(ds), FIXTURES "/valid");
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void expect_entity(const cg_dataset *ds, size_t i, const char *id, const char *kind,
                          const char *name, const char *country, unsigned long line) {
  const cg_entity *en = cg_dataset_entity(ds, i);
  assert_string_equal(en->id, id);
  assert_string_equal(en->kind, kind);
  assert_string_equal(cg_dataset_kind(ds, (size_t)en->kind_index), kind);
  assert_string_equal(en->name, name);
  if (country)
    assert_string_equal(cg_dataset_entity(ds, (size_t)en->country)->id, country);
  else
    assert_int_equal(en->country, -1);
  assert_int_equal(en->line, line);
}

static void test_valid_entities(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = load_valid(d);
  assert_int_equal(cg_dataset_nentities(ds), 10);
  expect_entity(ds, 0, "ESA", "agency",
                "Agence spatiale europ\xc3\xa9"
                "enne",
                NULL, 2);
  expect_entity(ds, 1, "ISRO", "agency", "Indian Space Research Organisation", "IND", 3);
  expect_entity(ds, 2, "JAXA", "agency", "宇宙航空研究開発機構", "JPN", 4);
  expect_entity(ds, 3, "Roscosmos", "agency", "State Corporation \"Roscosmos\"", "RUS", 5);
  expect_entity(ds, 4, "CNES", "agency", "Centre national d'\xc3\xa9tudes spatiales, France", "FRA",
                6);
  expect_entity(ds, 5, "IND", "nation", "India", NULL, 7);
  expect_entity(ds, 6, "JPN", "nation", "Japan", NULL, 8);
  expect_entity(ds, 7, "FRA", "nation", "France", NULL, 9);
  expect_entity(ds, 8, "RUS", "nation", "Russia", NULL, 10);
  expect_entity(ds, 9, "Astro", "company", "Astro, Inc.", "JPN", 11);

  /* Aliases: split on '|', trimmed, empty list when none. */
  const cg_entity *esa = cg_dataset_entity(ds, 0), *jaxa = cg_dataset_entity(ds, 2);
  assert_int_equal(esa->naliases, 2);
  assert_string_equal(esa->aliases[0], "European Space Agency");
  assert_string_equal(esa->aliases[1], "ASE");
  assert_int_equal(jaxa->naliases, 2);
  assert_string_equal(jaxa->aliases[0], "Japan Aerospace Exploration Agency");
  assert_string_equal(jaxa->aliases[1], "宇宙機構");
  assert_int_equal(cg_dataset_entity(ds, 1)->naliases, 1);
  assert_string_equal(cg_dataset_entity(ds, 1)->aliases[0], "ISRO India");
  assert_int_equal(cg_dataset_entity(ds, 4)->naliases, 0);

  assert_int_equal(cg_dataset_nkinds(ds), 3);
  assert_string_equal(cg_dataset_kind(ds, 0), "agency");
  assert_string_equal(cg_dataset_kind(ds, 1), "nation");
  assert_string_equal(cg_dataset_kind(ds, 2), "company");
  assert_int_equal(cg_dataset_find_kind(ds, "company"), 2);
  assert_int_equal(cg_dataset_find_kind(ds, "planet"), -1);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void expect_date(cg_date got, const char *text) {
  char buf[11];
  assert_string_equal(cg_date_format(got, buf), text);
}

static void expect_parties(const cg_dataset *ds, const cg_agreement *ag, const char *ids) {
  cg_buf b = CG_BUF_INIT;
  for (uint32_t k = 0; k < ag->nparties; k++)
    cg_buf_printf(&b, "%s%s", k ? ";" : "", cg_dataset_entity(ds, (size_t)ag->parties[k])->id);
  assert_string_equal(cg_buf_str(&b), ids);
  cg_buf_free(&b);
}

static void test_valid_agreements(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = load_valid(d);
  assert_int_equal(cg_dataset_nagreements(ds), 8);
  static const struct {
    const char *id, *date, *end, *type, *parties, *title, *source, *notes;
    unsigned long line;
    cg_date_precision precision;
  } w[] = {
      {"esa-isro-2005", "2005", "", "cooperation_agreement", "ESA;ISRO",
       "Earth observation, data sharing", "esa.txt", "first", 2, CG_DATE_YEAR},
      {"isro-jaxa-2016-11", "2016-11", "", "cooperation_agreement", "ISRO;JAXA",
       "Lunar polar\nexploration", "jaxa.txt", "", 3, CG_DATE_MONTH},
      {"esa-jaxa-roscosmos-2010", "2010-03-07", "2015-12", "statement_of_intent",
       "ESA;JAXA;Roscosmos", "Trilateral intent", "", "multi, lateral", 5, CG_DATE_DAY},
      {"esa-member-fra", "", "", "membership", "FRA;ESA", "France as an ESA Member State",
       "esa.txt", "", 6, CG_DATE_UNKNOWN},
      {"cnes-astro-2021", "2021-06-01", "", "cooperation_agreement", "CNES;Astro",
       "Debris removal study", "", "", 7, CG_DATE_DAY},
      {"roscosmos-isro-2018", "2018", "2020", "cooperation_agreement", "Roscosmos;ISRO",
       "Human spaceflight \"Gaganyaan\"", "", "", 8, CG_DATE_YEAR},
      {"quad-2023", "2023-01-15", "", "statement_of_intent", "ESA;ISRO;JAXA;CNES",
       "Four-party intent", "esa.txt", "", 9, CG_DATE_DAY},
      {"ind-jpn-2014", "2014-09", "", "cooperation_agreement", "IND;JPN",
       "India\xe2\x80\x93Japan cooperation", "", "", 10, CG_DATE_MONTH},
  };
  assert_int_equal(cg_dataset_nextra(ds), 1);
  assert_string_equal(cg_dataset_extra_name(ds, 0), "notes");
  for (size_t i = 0; i < NWANT(w); i++) {
    const cg_agreement *ag = cg_dataset_agreement(ds, i);
    assert_string_equal(ag->id, w[i].id);
    expect_date(ag->date, w[i].date);
    assert_int_equal(ag->date.precision, w[i].precision);
    expect_date(ag->end, w[i].end);
    assert_string_equal(cg_dataset_type(ds, (size_t)ag->type)->id, w[i].type);
    expect_parties(ds, ag, w[i].parties);
    assert_string_equal(ag->title, w[i].title);
    assert_string_equal(ag->source, w[i].source);
    assert_string_equal(cg_dataset_extra_value(ds, i, 0), w[i].notes);
    assert_int_equal(ag->line, w[i].line);
  }
  /* Strings are slices of the file's buffer, which the dataset keeps: no copy to share. */
  assert_string_equal(cg_dataset_agreement(ds, 0)->source, cg_dataset_agreement(ds, 6)->source);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void test_valid_types(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = load_valid(d);
  assert_int_equal(cg_dataset_ntypes(ds), 4);
  static const char *const ids[] = {"cooperation_agreement", "statement_of_intent", "membership",
                                    "framework_agreement"};
  for (size_t t = 0; t < 4; t++) {
    assert_string_equal(cg_dataset_type(ds, t)->id, ids[t]);
    assert_int_equal(cg_dataset_type(ds, t)->declared, 1);
    assert_int_equal(cg_dataset_find_type(ds, ids[t]), (int32_t)t);
  }
  assert_string_equal(cg_dataset_type(ds, 0)->label, "Cooperation agreement");
  assert_string_equal(cg_dataset_type(ds, 0)->description,
                      "Signed agreement establishing cooperation, in one or more fields.");
  assert_int_equal(cg_dataset_find_type(ds, "MEMBERSHIP"), 2);
  assert_int_equal(cg_dataset_find_type(ds, "treaty"), -1);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static void expect_incidence(const cg_dataset *ds, size_t e, const int32_t *ids, size_t n) {
  size_t count = 99;
  const int32_t *got = cg_dataset_entity_agreements(ds, e, &count);
  assert_int_equal(count, n);
  for (size_t i = 0; i < n; i++)
    assert_int_equal(got[i], ids[i]);
}

static void test_valid_incidence(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = load_valid(d);
  static const int32_t esa[] = {0, 2, 3, 6}, isro[] = {0, 1, 5, 6}, jaxa[] = {1, 2, 6},
                       ros[] = {2, 5}, cnes[] = {4, 6}, ind[] = {7}, jpn[] = {7}, fra[] = {3},
                       astro[] = {4};
  expect_incidence(ds, 0, esa, 4);
  expect_incidence(ds, 1, isro, 4);
  expect_incidence(ds, 2, jaxa, 3);
  expect_incidence(ds, 3, ros, 2);
  expect_incidence(ds, 4, cnes, 2);
  expect_incidence(ds, 5, ind, 1);
  expect_incidence(ds, 6, jpn, 1);
  expect_incidence(ds, 7, fra, 1);
  expect_incidence(ds, 8, NULL, 0);
  expect_incidence(ds, 9, astro, 1);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

/* ---- in memory ---- */

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  char *buf = malloc(1 << 20);
  assert_non_null(buf);
  *len = fread(buf, 1, 1 << 20, f);
  fclose(f);
  return buf;
}

/* The same dataset, field by field, whether read from disk or from memory. */
static void test_memory_equals_disk(void **state) {
  (void)state;
  size_t le, la, lt;
  char *e = slurp(FIXTURES "/valid/entities.csv", &le);
  char *a = slurp(FIXTURES "/valid/agreements.csv", &la);
  char *t = slurp(FIXTURES "/valid/types.csv", &lt);
  cg_file fe = {"mem/entities.csv", e, le}, fa = {"mem/agreements.csv", a, la},
          ft = {"mem/types.csv", t, lt};
  cg_diags *dm = cg_diags_new(0), *dd = cg_diags_new(0);
  cg_dataset *m = NULL;
  assert_int_equal(cg_dataset_load_files(&m, "mem", &fe, &fa, &ft, NULL, dm), CG_OK);
  cg_dataset *disk = load_valid(dd);
  assert_string_equal(cg_dataset_name(m), "mem");
  assert_int_equal(cg_dataset_nentities(m), cg_dataset_nentities(disk));
  assert_int_equal(cg_dataset_nagreements(m), cg_dataset_nagreements(disk));
  assert_int_equal(cg_dataset_ntypes(m), cg_dataset_ntypes(disk));
  for (size_t i = 0; i < cg_dataset_nentities(m); i++) {
    const cg_entity *x = cg_dataset_entity(m, i), *y = cg_dataset_entity(disk, i);
    assert_string_equal(x->id, y->id);
    assert_string_equal(x->name, y->name);
    assert_string_equal(x->kind, y->kind);
    assert_int_equal(x->country, y->country);
    assert_int_equal(x->naliases, y->naliases);
    for (size_t k = 0; k < x->naliases; k++)
      assert_string_equal(x->aliases[k], y->aliases[k]);
    assert_int_equal(x->line, y->line);
  }
  for (size_t i = 0; i < cg_dataset_nagreements(m); i++) {
    const cg_agreement *x = cg_dataset_agreement(m, i), *y = cg_dataset_agreement(disk, i);
    assert_string_equal(x->id, y->id);
    assert_int_equal(cg_date_compare(x->date, y->date), 0);
    assert_int_equal(cg_date_compare(x->end, y->end), 0);
    assert_int_equal(x->type, y->type);
    assert_int_equal(x->nparties, y->nparties);
    assert_memory_equal(x->parties, y->parties, x->nparties * sizeof *x->parties);
    assert_string_equal(x->title, y->title);
    assert_string_equal(x->source, y->source);
    assert_string_equal(cg_dataset_extra_value(m, i, 0), cg_dataset_extra_value(disk, i, 0));
  }
  /* The same warnings, only the paths differ. */
  assert_int_equal(cg_diags_kept(dm), cg_diags_kept(dd));
  for (size_t i = 0; i < cg_diags_kept(dm); i++) {
    const cg_diag *x = cg_diags_get(dm, i), *y = cg_diags_get(dd, i);
    assert_string_equal(x->message, y->message);
    assert_int_equal(x->line, y->line);
    assert_int_equal(x->column, y->column);
    assert_true(ends_with(x->path, strrchr(y->path, '/')));
  }
  cg_dataset_free(m);
  cg_dataset_free(disk);
  cg_diags_free(dm);
  cg_diags_free(dd);
  free(e);
  free(a);
  free(t);
}

/* 150 bad rows: 100 errors kept in full, all 150 counted. No types file. */
static void test_error_cap(void **state) {
  (void)state;
  cg_buf eb = CG_BUF_INIT;
  cg_buf_puts(&eb, "id,kind\n");
  for (int i = 1; i <= 150; i++)
    cg_buf_printf(&eb, "E%d,\n", i);
  static const char ag[] = "id,date,type,parties\n";
  cg_file fe = {"mem/entities.csv", eb.data, eb.len}, fa = {"mem/agreements.csv", ag, strlen(ag)};
  cg_diags *d = cg_diags_new(100);
  cg_dataset *ds = (cg_dataset *)&ds;
  assert_int_equal(cg_dataset_load_files(&ds, "mem", &fe, &fa, NULL, NULL, d), CG_ERR_DATA);
  assert_null(ds);
  assert_int_equal(cg_diags_kept(d), 100);
  assert_int_equal(cg_diags_errors(d), 150);
  for (size_t i = 0; i < 100; i++) {
    const cg_diag *dg = cg_diags_get(d, i);
    assert_string_equal(dg->message, "empty kind");
    assert_string_equal(dg->path, "mem/entities.csv");
    assert_int_equal(dg->line, i + 2);
    assert_int_equal(dg->column, strlen("E") + (i + 1 >= 100 ? 3 : i + 1 >= 10 ? 2 : 1) + 2);
  }
  cg_diags_free(d);
  cg_buf_free(&eb);
}

/* An agreement file in memory with no types file: types are taken as written. */
static void test_memory_no_types(void **state) {
  (void)state;
  static const char en[] = "\xef\xbb\xbfid,kind\r\nA,agency\r\nB,agency\r\n";
  static const char ag[] = "ID,Parties,Type,Date\r\nx,A;B,treaty,1999\r\ny,B;A,Treaty,\r\n";
  cg_file fe = {"e.csv", en, strlen(en)}, fa = {"a.csv", ag, strlen(ag)}, ft = {NULL, NULL, 0};
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_files(&ds, "m", &fe, &fa, &ft, NULL, d), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 2);
  assert_int_equal(cg_dataset_ntypes(ds), 1); /* case-insensitive */
  assert_string_equal(cg_dataset_type(ds, 0)->id, "treaty");
  assert_int_equal(cg_dataset_type(ds, 0)->declared, 0);
  assert_int_equal(cg_dataset_nextra(ds), 0);
  assert_int_equal(cg_diags_warnings(d), 1);
  assert_string_equal(cg_diags_get(d, 0)->message, "agreement 'y' has no date");
  cg_dataset_free(ds);
  cg_diags_free(d);
}

/*
 * A big agreements.csv (line ends LF, CRLF and lone CR), read by one
 * thread and by two (split_min 1), from memory and from disk (a mapped
 * file): the same status, the same messages in the same order, and the same
 * agreements. With `errors`, rows in the second half repeat ids of the
 * first half and of the second, and one names an unknown party (the second
 * thread stops there and the first reads on). A quoted field of 20,000
 * lines that read as rows starts at row `quoted`:
 * - at 45%, it runs across the middle, where the second thread starts: the
 *   first thread drops that thread's rows, puts back the bytes it wrote
 *   over, and reads on alone;
 * - at 10%, the middle is clean: the first thread adds the second thread's
 *   rows while that one reads, 4096 at a time, and repeated ids found at
 *   the end send the load round again, ids checked row by row.
 */
enum { SPLIT_ROWS = 40000 };

static void split_dataset(cg_buf *e, cg_buf *a, int errors, int quoted) {
  cg_buf_puts(e, "id,kind\n");
  for (int i = 0; i < 200; i++)
    cg_buf_printf(e, "E%d,agency\n", i);
  cg_buf_puts(a, "\xef\xbb\xbfid,date,type,parties,title,source\n");
  for (int i = 0; i < SPLIT_ROWS; i++) {
    if (i % 1000 == 999) cg_buf_puts(a, "\n");
    int p = i * 7 % 200, q = (i * 13 + 1) % 200;
    if (q == p) q = (q + 1) % 200;
    char id[32];
    snprintf(id, sizeof id, "A%05d", i);
    if (errors && i == 30000) snprintf(id, sizeof id, "A%05d", 10);
    if (errors && i == 30500) snprintf(id, sizeof id, "a%05d", 30400);
    if (errors && i == 39500) snprintf(id, sizeof id, "A%05d", 39100);
    cg_buf_printf(a, "%s,", id);
    if (i % 7) cg_buf_printf(a, "19%02d-%02d", i % 100, i % 12 + 1);
    cg_buf_printf(a, ",%s,E%d;E%d", i % 2 ? "treaty" : "MOU", p, errors && i == 39000 ? 9999 : q);
    if (i == quoted) { /* 20,000 lines of a field the second thread may take for rows */
      cg_buf_puts(a, ",\"");
      for (int k = 0; k < 20000; k++) /* lines the second thread takes for rows */
        cg_buf_printf(a, "B%05d,1990,treaty,E1;E2,t %d,s\n", k, k);
      cg_buf_puts(a, "\"");
    } else if (i % 97 == 0)
      cg_buf_puts(a, ",\"two\nlines\"");
    else if (i % 5 == 0)
      cg_buf_puts(a, ",\"Quoted, with \"\"doubled\"\" quotes\"");
    else
      cg_buf_printf(a, ",Title %d", i);
    if (!(errors && i == 39600)) cg_buf_printf(a, ",doc-%d.txt", i % 50);
    cg_buf_puts(a, i % 3 == 0 ? "\r\n" : i % 11 == 5 ? "\r" : "\n");
  }
}

static cg_status load_split(const cg_buf *e, const cg_buf *a, const char *dir, size_t split_min,
                            cg_dataset **ds, cg_diags *d) {
  static const char types[] = "type\ntreaty\nmou\n";
  cg_load_options opts = CG_LOAD_OPTIONS_INIT;
  opts.max_errors = 100000;
  opts.max_field = (size_t)1 << 20;
  opts.split_min = split_min;
  if (!dir) {
    cg_file fe = {"mem/entities.csv", e->data, e->len}, fa = {"mem/agreements.csv", a->data, a->len},
            ft = {"mem/types.csv", types, strlen(types)};
    return cg_dataset_load_files(ds, "mem", &fe, &fa, &ft, &opts, d);
  }
  const char *names[] = {"entities.csv", "agreements.csv", "types.csv"};
  const char *data[] = {e->data, a->data, types};
  size_t lens[] = {e->len, a->len, strlen(types)};
  for (int i = 0; i < 3; i++) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data[i], 1, lens[i], f), lens[i]);
    assert_int_equal(fclose(f), 0);
  }
  return cg_dataset_load_dir(ds, dir, &opts, d);
}

static void split_case(int errors, int quoted) {
  cg_buf e = CG_BUF_INIT, a = CG_BUF_INIT;
  split_dataset(&e, &a, errors, quoted);
  char dir[] = "/tmp/cg-test-split-XXXXXX";
  assert_non_null(mkdtemp(dir));
  cg_diags *d1 = cg_diags_new(100000);
  cg_dataset *one = NULL;
  cg_status st = load_split(&e, &a, NULL, SIZE_MAX, &one, d1);
  assert_int_equal(st, errors ? CG_ERR_DATA : CG_OK);
  assert_int_equal(cg_diags_errors(d1), errors ? 5 : 0);
  for (int k = 0; k < 2; k++) {
    cg_diags *d2 = cg_diags_new(100000);
    cg_dataset *two = NULL;
    assert_int_equal(load_split(&e, &a, k ? dir : NULL, 1, &two, d2), st);
    assert_int_equal(cg_diags_kept(d2), cg_diags_kept(d1));
    assert_int_equal(cg_diags_errors(d2), cg_diags_errors(d1));
    assert_int_equal(cg_diags_warnings(d2), cg_diags_warnings(d1));
    for (size_t i = 0; i < cg_diags_kept(d1); i++) {
      const cg_diag *x = cg_diags_get(d1, i), *y = cg_diags_get(d2, i);
      assert_string_equal(x->message, y->message);
      assert_int_equal(x->line, y->line);
      assert_int_equal(x->column, y->column);
    }
    assert_int_equal(!two, !one);
    for (size_t i = 0; one && i < cg_dataset_nagreements(one); i++) {
      const cg_agreement *x = cg_dataset_agreement(one, i), *y = cg_dataset_agreement(two, i);
      assert_string_equal(x->id, y->id);
      assert_int_equal(cg_date_compare(x->date, y->date), 0);
      assert_int_equal(x->type, y->type);
      assert_int_equal(x->nparties, y->nparties);
      assert_memory_equal(x->parties, y->parties, x->nparties * sizeof *x->parties);
      assert_string_equal(x->title, y->title);
      assert_string_equal(x->source, y->source);
      assert_int_equal(x->line, y->line);
    }
    if (one) assert_int_equal(cg_dataset_nagreements(two), cg_dataset_nagreements(one));
    /* And the same incidence lists, counted as the rows went in. */
    for (size_t en = 0; one && en < cg_dataset_nentities(one); en++) {
      size_t n1 = 0, n2 = 0;
      const int32_t *x = cg_dataset_entity_agreements(one, en, &n1);
      const int32_t *y = cg_dataset_entity_agreements(two, en, &n2);
      assert_int_equal(n1, n2);
      assert_memory_equal(x, y, n1 * sizeof *x);
    }
    cg_dataset_free(two);
    cg_diags_free(d2);
  }
  if (errors) {
    /* The repeats in the second half, as the one thread reports them. */
    static const char *const msgs[] = {
        "duplicate agreement id 'A00010' (first defined on line 13)",
        "duplicate agreement id 'a30400' (first defined on line ",
        "unknown party 'E9999'",
        "duplicate agreement id 'A39100' (first defined on line ",
        "expected 6 fields as in the header, found 5"};
    for (size_t i = 0, m = 0; i < cg_diags_kept(d1); i++) {
      const cg_diag *x = cg_diags_get(d1, i);
      if (x->severity != CG_SEV_ERROR) continue;
      assert_true(m < 5);
      assert_true(strncmp(x->message, msgs[m], strlen(msgs[m])) == 0);
      m++;
    }
  }
  cg_dataset_free(one);
  cg_diags_free(d1);
  for (int i = 0; i < 3; i++) {
    static const char *const names[] = {"entities.csv", "agreements.csv", "types.csv"};
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    remove(path);
  }
  remove(dir);
  cg_buf_free(&e);
  cg_buf_free(&a);
}

static void test_split_valid(void **state) {
  (void)state;
  split_case(0, SPLIT_ROWS / 100 * 45);
}

static void test_split_errors(void **state) {
  (void)state;
  split_case(1, SPLIT_ROWS / 100 * 45);
}

static void test_split_merged_valid(void **state) {
  (void)state;
  split_case(0, SPLIT_ROWS / 10);
}

static void test_split_merged_errors(void **state) {
  (void)state;
  split_case(1, SPLIT_ROWS / 10);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_missing_file),       cmocka_unit_test(test_missing_directory),
      cmocka_unit_test(test_missing_column),     cmocka_unit_test(test_missing_column_misspelt),
      cmocka_unit_test(test_duplicate_column),   cmocka_unit_test(test_empty_file),
      cmocka_unit_test(test_unbalanced_quote),   cmocka_unit_test(test_quote_in_field),
      cmocka_unit_test(test_invalid_utf8),       cmocka_unit_test(test_nul_byte),
      cmocka_unit_test(test_long_field),         cmocka_unit_test(test_wrong_field_count),
      cmocka_unit_test(test_empty_id),           cmocka_unit_test(test_malformed_id),
      cmocka_unit_test(test_duplicate_id),       cmocka_unit_test(test_unknown_country),
      cmocka_unit_test(test_country_not_nation), cmocka_unit_test(test_bad_date),
      cmocka_unit_test(test_end_before_date),    cmocka_unit_test(test_too_few_parties),
      cmocka_unit_test(test_empty_party),        cmocka_unit_test(test_duplicate_party),
      cmocka_unit_test(test_unknown_party),      cmocka_unit_test(test_alias_collision),
      cmocka_unit_test(test_undeclared_type),    cmocka_unit_test(test_many_errors),
      cmocka_unit_test(test_valid_warnings),     cmocka_unit_test(test_valid_entities),
      cmocka_unit_test(test_valid_agreements),   cmocka_unit_test(test_valid_types),
      cmocka_unit_test(test_valid_incidence),    cmocka_unit_test(test_memory_equals_disk),
      cmocka_unit_test(test_error_cap),          cmocka_unit_test(test_memory_no_types),
      cmocka_unit_test(test_split_valid),        cmocka_unit_test(test_split_errors),
      cmocka_unit_test(test_split_merged_valid), cmocka_unit_test(test_split_merged_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
