/*
 * test_charts.c - unit tests of the hand-written figures: text measuring,
 * cutting and wrapping, number formatting, the partners and centrality
 * charts (bars in the ranked order with their counts, "and K more", the
 * embed guarantees) and the timeline (a box per dated agreement, undated
 * ones stated, empty decades as a break, determinism).
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "draw/chart_internal.h"

#include <coopgraph/centrality.h>
#include <coopgraph/charts.h>
#include <coopgraph/dataset.h>
#include <coopgraph/filter.h>
#include <coopgraph/graph.h>
#include <coopgraph/query.h>
#include <coopgraph/timeline.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cg_dataset *ds;
static cg_view *view;

static int setup(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(0);
  if (cg_dataset_load_dir(&ds, DEFAULT_DATA, NULL, d) != CG_OK) return -1;
  cg_diags_free(d);
  cg_filter f;
  cg_filter_init(&f);
  return cg_view_new(&view, ds, &f) == CG_OK ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  cg_view_free(view);
  cg_dataset_free(ds);
  return 0;
}

static size_t count(const char *s, const char *needle) {
  size_t n = 0;
  for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
    n++;
  return n;
}

static void test_text_width(void **state) {
  (void)state;
  assert_true(cg_chart_text_width("", 10, 0) == 0);
  assert_true(cg_chart_text_width("i", 10, 0) < cg_chart_text_width("m", 10, 0));
  assert_true(cg_chart_text_width("abc", 20, 0) > 1.9 * cg_chart_text_width("abc", 10, 0));
  assert_true(cg_chart_text_width("abc", 10, 1) > cg_chart_text_width("abc", 10, 0));
  /* one wide character per UTF-8 sequence, not per byte */
  assert_true(cg_chart_text_width("\xC3\xA9", 10, 0) < cg_chart_text_width("ee", 10, 0));
}

static void test_fit_and_wrap(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  assert_int_equal(cg_chart_fit(&b, "short", 10, 0, 200), 0);
  assert_string_equal(cg_buf_str(&b), "short");
  cg_buf_clear(&b);
  const char *longer = "Memorandum of understanding on telecommunications";
  assert_int_equal(cg_chart_fit(&b, longer, 10, 0, 80), 1);
  assert_true(cg_chart_text_width(cg_buf_str(&b), 10, 0) <= 80);
  assert_non_null(strstr(cg_buf_str(&b), "\xE2\x80\xA6"));
  assert_int_equal(strncmp(cg_buf_str(&b), "Memorandum", 10), 0);
  /* wrapping breaks at a space; each line fits */
  cg_buf_clear(&b);
  assert_int_equal(cg_chart_wrap(&b, "United Nations Committee on the Peaceful Uses of Outer Space",
                                 11.5, 0, 250, 2),
                   2);
  const char *nl = strchr(cg_buf_str(&b), '\n');
  assert_non_null(nl);
  assert_true(nl[-1] != ' ' && nl[1] != ' ');
  cg_buf_free(&b);
}

static void test_number(void **state) {
  (void)state;
  char b[32];
  assert_string_equal(cg_chart_number(0.28619, b), "0.2862");
  assert_string_equal(cg_chart_number(0.012345, b), "0.01235");
  assert_string_equal(cg_chart_number(17.58, b), "17.58");
  assert_string_equal(cg_chart_number(1234.6, b), "1235");
  assert_string_equal(cg_chart_number(0, b), "0");
  assert_string_equal(cg_chart_number(34, b), "34");
}

/* The partners chart draws the partners in cg_query_partners' order with their counts. */
static void test_partners_chart(void **state) {
  (void)state;
  int32_t isro = cg_dataset_find_entity(ds, "ISRO"), esa = cg_dataset_find_entity(ds, "ESA");
  assert_true(isro >= 0 && esa >= 0);
  cg_partner_list l = CG_PARTNER_LIST_INIT;
  assert_int_equal(cg_query_partners(&l, view, (size_t)isro, 0), CG_OK);
  cg_buf out = CG_BUF_INIT;
  char msg[256] = "";
  assert_int_equal(cg_chart_partners(view, (size_t)isro, NULL, &out, msg, sizeof msg), CG_OK);
  const char *svg = cg_buf_str(&out);
  assert_int_equal(count(svg, "<g class=\"bar "), l.count);
  /* bars in ranked order, each naming its partner and count */
  const char *at = svg;
  for (size_t i = 0; i < l.count; i++) {
    const cg_entity *e = cg_dataset_entity(ds, (size_t)l.items[i].entity);
    char want[512];
    /* (names are escaped in the SVG: the id and count identify the bar) */
    if (strcmp(e->name, e->id) == 0 || !e->name[0])
      snprintf(want, sizeof want, "<title>%s: %zu agreement", e->id, l.items[i].agreements);
    else
      snprintf(want, sizeof want, " (%s): %zu agreement", e->id, l.items[i].agreements);
    const char *hit = strstr(at, want);
    assert_non_null(hit);
    at = hit;
  }
  assert_non_null(strstr(svg, "role=\"img\""));
  assert_non_null(strstr(svg, "<desc id=\"desc\">"));
  assert_null(strstr(svg, "<script"));
  cg_partner_list_free(&l);
  /* top 3 of ESA's partners, the rest summed up as "and K more" */
  assert_int_equal(cg_query_partners(&l, view, (size_t)esa, 0), CG_OK);
  assert_true(l.count > 3);
  size_t rest = 0;
  for (size_t i = 3; i < l.count; i++)
    rest += l.items[i].agreements;
  cg_chart_options o = CG_CHART_OPTIONS_INIT;
  o.top = 3;
  o.id_prefix = "p-";
  o.responsive = 1;
  cg_buf_clear(&out);
  assert_int_equal(cg_chart_partners(view, (size_t)esa, &o, &out, msg, sizeof msg), CG_OK);
  svg = cg_buf_str(&out);
  assert_int_equal(count(svg, "<g class=\"bar "), 3);
  char more[128];
  snprintf(more, sizeof more, "and %zu more partners with %zu agreements", l.count - 3, rest);
  assert_non_null(strstr(svg, more));
  assert_non_null(strstr(svg, "width=\"100%\""));
  assert_non_null(strstr(svg, "id=\"p-title\""));
  assert_null(strstr(svg, " id=\"title\""));
  /* the same bytes again */
  cg_buf again = CG_BUF_INIT;
  assert_int_equal(cg_chart_partners(view, (size_t)esa, &o, &again, msg, sizeof msg), CG_OK);
  assert_string_equal(cg_buf_str(&again), svg);
  assert_int_equal(cg_chart_partners(view, cg_dataset_nentities(ds), NULL, &again, msg, sizeof msg),
                   CG_ERR_ARG);
  cg_buf_free(&again);
  cg_partner_list_free(&l);
  cg_buf_free(&out);
}

static void test_centrality_chart(void **state) {
  (void)state;
  cg_pgraph *g = NULL;
  cg_centrality_result c = {0};
  assert_int_equal(cg_pgraph_new(&g, view), CG_OK);
  assert_int_equal(cg_centrality(&c, g, CG_MEASURE_PAGERANK | CG_MEASURE_PARTNERS), CG_OK);
  cg_chart_options o = CG_CHART_OPTIONS_INIT;
  o.top = 5;
  cg_buf out = CG_BUF_INIT;
  char msg[256] = "";
  assert_int_equal(cg_chart_centrality(ds, &c, CG_MEASURE_PAGERANK, &o, &out, msg, sizeof msg),
                   CG_OK);
  const char *svg = cg_buf_str(&out);
  assert_int_equal(count(svg, "<g class=\"bar "), 5);
  /* the largest first: ESA, then ISRO (PageRank of the default dataset) */
  const char *esa = strstr(svg, "(ESA, agency): pagerank"), *isro = strstr(svg, "(ISRO, agency)");
  assert_non_null(esa);
  assert_non_null(isro);
  assert_true(esa < isro);
  assert_int_equal(cg_chart_centrality(ds, &c, CG_MEASURE_BETWEENNESS, &o, &out, msg, sizeof msg),
                   CG_ERR_ARG);
  cg_buf_free(&out);
  cg_centrality_result_free(&c);
  cg_pgraph_free(g);
}

static void test_timeline(void **state) {
  (void)state;
  size_t dated = 0, undated = 0;
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++) {
    if (cg_date_known(cg_dataset_agreement(ds, a)->date))
      dated++;
    else
      undated++;
  }
  for (int by = CG_BY_YEAR; by <= CG_BY_DECADE; by++) {
    cg_buf out = CG_BUF_INIT, again = CG_BUF_INIT;
    char msg[256] = "", want[128];
    assert_int_equal(
        cg_render_timeline_svg(view, NULL, 0, (cg_timeline_by)by, NULL, &out, msg, sizeof msg),
        CG_OK);
    const char *svg = cg_buf_str(&out);
    assert_int_equal(count(svg, " class=\"agreement "), dated);
    snprintf(want, sizeof want, "%zu undated agreements left out", undated);
    assert_int_equal(count(svg, want), 2); /* in the figure and in <desc> */
    /* 1980s and 2010s hold no agreement in the default dataset */
    assert_non_null(strstr(svg, "1980s: no dated agreement"));
    assert_non_null(strstr(svg, "2010s: no dated agreement"));
    assert_int_equal(
        cg_render_timeline_svg(view, NULL, 0, (cg_timeline_by)by, NULL, &again, msg, sizeof msg),
        CG_OK);
    assert_string_equal(cg_buf_str(&again), svg);
    cg_buf_free(&out);
    cg_buf_free(&again);
  }
}

/* Equal spans, equal widths: each year column of a row is as wide as the others. */
static void test_timeline_years_equal(void **state) {
  (void)state;
  cg_buf out = CG_BUF_INIT;
  char msg[256] = "";
  assert_int_equal(cg_render_timeline_svg(view, NULL, 0, CG_BY_YEAR, NULL, &out, msg, sizeof msg),
                   CG_OK);
  /* year labels: x of 1990 .. 1999 in the 1990s row */
  double x[10];
  for (int y = 1990; y < 2000; y++) {
    char label[32];
    snprintf(label, sizeof label, "class=\"year\"");
    const char *p = cg_buf_str(&out);
    char year[16];
    snprintf(year, sizeof year, ">%d</text>", y);
    const char *hit = strstr(p, year);
    assert_non_null(hit);
    const char *tag = hit;
    while (tag > p && strncmp(tag, "<text x=\"", 9) != 0)
      tag--;
    x[y - 1990] = strtod(tag + 9, NULL);
  }
  for (int i = 2; i < 10; i++) {
    double d1 = x[i] - x[i - 1], d0 = x[1] - x[0];
    assert_true(d1 - d0 < 0.02 && d0 - d1 < 0.02);
  }
  cg_buf_free(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text_width),
      cmocka_unit_test(test_fit_and_wrap),
      cmocka_unit_test(test_number),
      cmocka_unit_test(test_partners_chart),
      cmocka_unit_test(test_centrality_chart),
      cmocka_unit_test(test_timeline),
      cmocka_unit_test(test_timeline_years_equal),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
