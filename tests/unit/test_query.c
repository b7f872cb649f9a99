/*
 * test_query.c - unit tests of partners, history and timeline (query.h) on
 * the fixture tests/fixtures/query: ranking and its tie-breaks, dates with
 * unknown ones, type counts, multilateral agreements, each filter, the
 * by-nation roll-up, history order and longest gap, and timeline periods.
 * Expected values were worked out by hand from the fixture's 16 rows.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/coopgraph.h>
#include <coopgraph/filter.h>

#include <string.h>

static cg_dataset *ds;

static int setup(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  cg_status st = cg_dataset_load_dir(&ds, FIXTURES "/query", NULL, d);
  cg_diags_free(d);
  return st == CG_OK ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  cg_dataset_free(ds);
  return 0;
}

static size_t ent(const char *id) {
  int32_t e = cg_dataset_find_entity(ds, id);
  assert_true(e >= 0);
  return (size_t)e;
}

static int32_t type_id(const char *id) {
  int32_t t = cg_dataset_find_type(ds, id);
  assert_true(t >= 0);
  return t;
}

static cg_date date(const char *s) {
  cg_date d;
  assert_int_equal(cg_date_parse(s, strlen(s), &d, NULL, 0, NULL), 0);
  return d;
}

static void assert_date(cg_date d, const char *want) {
  char buf[11];
  assert_string_equal(cg_date_format(d, buf), want);
}

static cg_view *make_view(const cg_filter *f) {
  cg_view *v = NULL;
  assert_int_equal(cg_view_new(&v, ds, f), CG_OK);
  return v;
}

/* Partners of `who` under f, checked against a space-separated list of ids. */
static void expect_partners(const cg_filter *f, const char *who, size_t top, const char *ids,
                            const size_t *counts) {
  cg_view *v = make_view(f);
  cg_partner_list l;
  assert_int_equal(cg_query_partners(&l, v, ent(who), top), CG_OK);
  char got[256] = "";
  for (size_t i = 0; i < l.count; i++) {
    if (i) strcat(got, " ");
    strcat(got, cg_dataset_entity(ds, (size_t)l.items[i].entity)->id);
    assert_int_equal(l.items[i].agreements, counts[i]);
  }
  assert_string_equal(got, ids);
  cg_partner_list_free(&l);
  assert_int_equal(l.count, 0);
  cg_view_free(v);
}

static void test_partners_ranking(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  /* CNES and NASA tie on 3: CNES's last date (2018-03-12) is later. FRA, JAXA
   * and USA tie on 1 and 2016-06: id order. ESA has no dated agreement: last. */
  const size_t n[] = {3, 3, 1, 1, 1, 1, 1};
  expect_partners(&f, "ISRO", 0, "CNES NASA FRA JAXA USA ANT ESA", n);
  expect_partners(&f, "ISRO", 2, "CNES NASA", n);
  expect_partners(&f, "ISRO", 100, "CNES NASA FRA JAXA USA ANT ESA", n);
}

static void test_partners_dates_and_types(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  cg_view *v = make_view(&f);
  cg_partner_list l;
  assert_int_equal(cg_query_partners(&l, v, ent("Indian space agency"), 0), CG_OK);
  assert_int_equal(l.entity, (int32_t)ent("ISRO"));
  const cg_partner *cnes = &l.items[0], *nasa = &l.items[1], *esa = &l.items[6];
  assert_date(cnes->first, "2005");
  assert_date(cnes->last, "2018-03-12");
  assert_int_equal(cnes->ntypes, 2);
  assert_int_equal(cnes->types[0].type, type_id("joint_mission"));
  assert_int_equal(cnes->types[0].count, 2);
  assert_int_equal(cnes->types[1].type, type_id("cooperation_agreement"));
  /* NASA: the undated MoU counts but does not move first/last. */
  assert_date(nasa->first, "1962");
  assert_date(nasa->last, "2014-09-30");
  assert_int_equal(nasa->ntypes, 3); /* one each: in type id order */
  assert_int_equal(nasa->types[0].type, type_id("joint_mission"));
  assert_int_equal(nasa->types[1].type, type_id("memorandum_of_understanding"));
  assert_int_equal(nasa->types[2].type, type_id("technical_assistance"));
  assert_false(cg_date_known(esa->first));
  assert_false(cg_date_known(esa->last));
  cg_partner_list_free(&l);
  /* An entity out of range is an argument error and leaves the list empty. */
  assert_int_equal(cg_query_partners(&l, v, 999, 0), CG_ERR_ARG);
  assert_int_equal(l.count, 0);
  assert_null(l.items);
  cg_view_free(v);
}

static void test_partners_multilateral(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  /* a12 is ISRO;USA;FRA: under clique USA and FRA partner each other too. */
  const size_t usa[] = {1, 1, 1};
  expect_partners(&f, "USA", 0, "FRA ISRO", usa);
  f.multilateral = CG_MULTI_SKIP;
  expect_partners(&f, "ISRO", 0, "CNES NASA JAXA ANT ESA", (const size_t[]){3, 3, 1, 1, 1});
  expect_partners(&f, "USA", 0, "", usa);
}

static void test_partners_filters(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  f.from = date("2010"); /* undated ones go; so do 1962, 1992-09 and 2005 */
  expect_partners(&f, "ISRO", 0, "CNES FRA JAXA USA NASA", (const size_t[]){2, 1, 1, 1, 1});
  cg_filter_init(&f);
  f.to = date("2005-06"); /* a05 "2005" overlaps */
  expect_partners(&f, "ISRO", 0, "CNES ANT NASA", (const size_t[]){1, 1, 1});
  cg_filter_init(&f);
  f.as_of = date("2012"); /* a05 ended in 2010 */
  expect_partners(&f, "ISRO", 0, "CNES ANT NASA", (const size_t[]){1, 1, 1});
  cg_filter_init(&f);
  int32_t jm = type_id("joint_mission");
  f.types = &jm;
  f.ntypes = 1;
  expect_partners(&f, "ISRO", 0, "CNES NASA", (const size_t[]){2, 1});
  cg_filter_init(&f);
  f.exclude_types = &jm;
  f.nexclude_types = 1;
  expect_partners(&f, "ISRO", 0, "NASA FRA JAXA USA CNES ANT ESA",
                  (const size_t[]){2, 1, 1, 1, 1, 1, 1});
  cg_filter_init(&f);
  int32_t agency = cg_dataset_find_kind(ds, "agency");
  f.kinds = &agency;
  f.nkinds = 1;
  expect_partners(&f, "ISRO", 0, "CNES NASA JAXA", (const size_t[]){3, 3, 1});
  expect_partners(&f, "ESA", 0, "", NULL); /* ESA itself is left out */
}

static void test_partners_by_nation(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  f.by_nation = 1;
  cg_view *v = make_view(&f);
  cg_partner_list l;
  assert_int_equal(cg_query_partners(&l, v, ent("ISRO"), 0), CG_OK);
  assert_int_equal(l.entity, (int32_t)ent("IND")); /* ISRO stands for India */
  cg_partner_list_free(&l);
  cg_view_free(v);
  /* FRA: a05 a07 a10 a12 a14; USA: a01 a06 a11 a12; a03 (ANT;ISRO) is internal. */
  expect_partners(&f, "ISRO", 0, "FRA USA JAXA ESA", (const size_t[]){5, 4, 1, 1});
  expect_partners(&f, "IND", 0, "FRA USA JAXA ESA", (const size_t[]){5, 4, 1, 1});
}

static const char *history_ids(const cg_history *h, char *buf) {
  buf[0] = '\0';
  for (size_t i = 0; i < h->count; i++) {
    if (i) strcat(buf, " ");
    strcat(buf, cg_dataset_agreement(ds, (size_t)h->agreements[i])->id);
  }
  return buf;
}

static void test_history(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  cg_view *v = make_view(&f);
  cg_history h;
  char buf[256];
  assert_int_equal(cg_query_history(&h, v, ent("ISRO"), -1), CG_OK);
  /* a12 and a00 share 2016-06: file order; undated last, in file order. */
  assert_string_equal(history_ids(&h, buf), "a01 a03 a05 a10 a11 a12 a00 a14 a06 a13");
  assert_int_equal(h.entities[1], -1);
  assert_date(h.first, "1962");
  assert_date(h.last, "2018-03-12");
  assert_int_equal(h.longest_gap_days, 11201); /* 1962-01-01 to 1992-09-01 */
  assert_date(h.gap_from, "1962");
  assert_date(h.gap_to, "1992-09");
  cg_history_free(&h);

  assert_int_equal(cg_query_history(&h, v, ent("ISRO"), (int32_t)ent("CNES")), CG_OK);
  assert_string_equal(history_ids(&h, buf), "a05 a10 a14");
  assert_int_equal(h.longest_gap_days, 2464); /* 2005-01-01 to 2011-10-01 */
  assert_date(h.gap_from, "2005");
  assert_date(h.gap_to, "2011-10");
  cg_history_free(&h);

  /* One undated agreement: no first, last or gap. */
  assert_int_equal(cg_query_history(&h, v, ent("ESA"), (int32_t)ent("ISRO")), CG_OK);
  assert_string_equal(history_ids(&h, buf), "a13");
  assert_false(cg_date_known(h.first));
  assert_int_equal(h.longest_gap_days, -1);
  assert_false(cg_date_known(h.gap_from));
  cg_history_free(&h);

  /* Nothing in common. */
  assert_int_equal(cg_query_history(&h, v, ent("SPX"), (int32_t)ent("ISRO")), CG_OK);
  assert_int_equal(h.count, 0);
  assert_null(h.agreements);
  cg_history_free(&h);
  assert_int_equal(cg_query_history(&h, v, ent("ISRO"), 999), CG_ERR_ARG);
  assert_int_equal(cg_query_history(&h, v, 999, -1), CG_ERR_ARG);
  cg_view_free(v);
}

static void test_history_filters(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  f.from = date("1990");
  f.multilateral = CG_MULTI_SKIP;
  cg_view *v = make_view(&f);
  cg_history h;
  char buf[256];
  assert_int_equal(cg_query_history(&h, v, ent("ISRO"), -1), CG_OK);
  assert_string_equal(history_ids(&h, buf), "a03 a05 a10 a11 a00 a14");
  assert_int_equal(h.longest_gap_days, 4505); /* 1992-09-01 to 2005-01-01 */
  cg_history_free(&h);
  cg_view_free(v);

  cg_filter_init(&f);
  f.by_nation = 1;
  v = make_view(&f);
  /* ISRO and ANT both stand for India: the history of India alone. */
  assert_int_equal(cg_query_history(&h, v, ent("ISRO"), (int32_t)ent("ANT")), CG_OK);
  assert_int_equal(h.entities[0], (int32_t)ent("IND"));
  assert_int_equal(h.entities[1], -1);
  assert_string_equal(history_ids(&h, buf), "a01 a05 a07 a10 a11 a12 a00 a14 a06 a13");
  cg_history_free(&h);
  assert_int_equal(cg_query_history(&h, v, ent("NASA"), (int32_t)ent("CNES")), CG_OK);
  assert_string_equal(history_ids(&h, buf), "a09 a12"); /* USA with France */
  cg_history_free(&h);
  cg_view_free(v);
}

static void test_timeline_years_and_decades(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  cg_view *v = make_view(&f);
  cg_timeline t;
  assert_int_equal(cg_query_timeline(&t, v, CG_BY_DECADE, -1), CG_OK);
  assert_int_equal(t.nperiods, 6);
  assert_int_equal(t.undated, 2);
  assert_int_equal(t.coarser, 0);
  const char *labels[] = {"1960s", "1970s", "1980s", "1990s", "2000s", "2010s"};
  const size_t n[] = {1, 1, 0, 2, 3, 7}, cum[] = {1, 2, 2, 4, 7, 14};
  for (size_t i = 0; i < 6; i++) {
    assert_string_equal(t.periods[i].label, labels[i]);
    assert_int_equal(t.periods[i].agreements, n[i]);
    assert_int_equal(t.periods[i].cumulative, cum[i]);
  }
  assert_int_equal(t.periods[2].ntypes, 0); /* the empty 1980s */
  assert_date(t.periods[2].start, "1980");
  const cg_period *p = &t.periods[5]; /* joint_mission 3, then one each by id */
  assert_int_equal(p->ntypes, 5);
  assert_int_equal(p->types[0].type, type_id("joint_mission"));
  assert_int_equal(p->types[0].count, 3);
  assert_int_equal(p->types[1].type, type_id("contract"));
  assert_int_equal(p->types[4].type, type_id("research_cooperation"));
  cg_timeline_free(&t);

  assert_int_equal(cg_query_timeline(&t, v, CG_BY_YEAR, (int32_t)ent("ISRO")), CG_OK);
  assert_int_equal(t.nperiods, 2018 - 1962 + 1);
  assert_string_equal(t.periods[0].label, "1962");
  assert_int_equal(t.periods[1].agreements, 0); /* 1963 */
  assert_int_equal(t.periods[2016 - 1962].agreements, 2);
  assert_int_equal(t.periods[t.nperiods - 1].cumulative, 8);
  assert_int_equal(t.undated, 2);
  cg_timeline_free(&t);
  assert_int_equal(cg_query_timeline(&t, v, (cg_timeline_by)7, -1), CG_ERR_ARG);
  assert_int_equal(cg_query_timeline(&t, v, CG_BY_YEAR, 999), CG_ERR_ARG);
  cg_view_free(v);
}

static void test_timeline_months(void **state) {
  (void)state;
  cg_filter f;
  cg_filter_init(&f);
  f.from = date("2011");
  f.to = date("2011");
  cg_view *v = make_view(&f);
  cg_timeline t;
  /* a09 "2011" counts in 2011-01; a10 2011-10 and a15 2011-10-12 in 2011-10. */
  assert_int_equal(cg_query_timeline(&t, v, CG_BY_MONTH, -1), CG_OK);
  assert_int_equal(t.nperiods, 10);
  assert_string_equal(t.periods[0].label, "2011-01");
  assert_int_equal(t.periods[0].agreements, 1);
  assert_int_equal(t.periods[1].agreements, 0);
  assert_string_equal(t.periods[9].label, "2011-10");
  assert_date(t.periods[9].start, "2011-10");
  assert_int_equal(t.periods[9].agreements, 2);
  assert_int_equal(t.periods[9].cumulative, 3);
  assert_int_equal(t.coarser, 1);
  assert_int_equal(t.undated, 0); /* the filter left those out before */
  cg_timeline_free(&t);
  cg_view_free(v);

  cg_filter_init(&f);
  v = make_view(&f);
  assert_int_equal(cg_query_timeline(&t, v, CG_BY_MONTH, -1), CG_OK);
  assert_int_equal(t.nperiods, (2018 - 1962) * 12 + 3);
  assert_int_equal(t.coarser, 4); /* 1962, 1975, 2005, 2011 */
  assert_int_equal(t.periods[t.nperiods - 1].cumulative, 14);
  cg_timeline_free(&t);
  /* Nothing in view: no periods. */
  int32_t none = cg_dataset_find_kind(ds, "company");
  f.kinds = &none;
  f.nkinds = 1;
  cg_view *empty = make_view(&f);
  assert_int_equal(cg_query_timeline(&t, empty, CG_BY_YEAR, -1), CG_OK);
  assert_int_equal(t.nperiods, 0);
  assert_null(t.periods);
  cg_timeline_free(&t);
  cg_view_free(empty);
  cg_view_free(v);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_partners_ranking),
      cmocka_unit_test(test_partners_dates_and_types),
      cmocka_unit_test(test_partners_multilateral),
      cmocka_unit_test(test_partners_filters),
      cmocka_unit_test(test_partners_by_nation),
      cmocka_unit_test(test_history),
      cmocka_unit_test(test_history_filters),
      cmocka_unit_test(test_timeline_years_and_decades),
      cmocka_unit_test(test_timeline_months),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
