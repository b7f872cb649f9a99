/*
 * test_export.c - unit tests of the export writers: the XML clean-up, the
 * igraph attribute handler put back after GraphML, GEXF spells for every
 * date precision, node-link JSON keys, CSV order, quoting and filters, and
 * the same bytes twice. Reading every format back with an independent
 * reader is tests/export-check.sh's job.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "export/export_internal.h"
#include <coopgraph/coopgraph.h>

#include <igraph.h>
#include <string.h>

#define HOSTILE FIXTURES "/export/hostile"

typedef struct fixture {
  cg_dataset *ds;
  cg_view *v;
  cg_buf out;
} fixture;

static void open_view(fixture *fx, const char *dir, const cg_filter *f) {
  memset(fx, 0, sizeof *fx);
  cg_diags *d = cg_diags_new(0);
  assert_non_null(d);
  assert_int_equal(cg_dataset_load_dir(&fx->ds, dir, NULL, d), CG_OK);
  cg_diags_free(d);
  cg_filter none;
  cg_filter_init(&none);
  assert_int_equal(cg_view_new(&fx->v, fx->ds, f ? f : &none), CG_OK);
}

static void close_view(fixture *fx) {
  cg_buf_free(&fx->out);
  cg_view_free(fx->v);
  cg_dataset_free(fx->ds);
}

static size_t count(const char *s, const char *what) {
  size_t n = 0;
  for (const char *p = s; (p = strstr(p, what)) != NULL; p += strlen(what))
    n++;
  return n;
}

/* 1 when the text has a byte XML 1.0 forbids (a C0 control but tab, LF, CR). */
static int has_forbidden_byte(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r') return 1;
  return 0;
}

static int starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static void test_xml_clean(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  cg_xml_clean(&b,
               "a\x01"
               "b\x1f"
               "c\x7f"
               "d\t\ne",
               0);
  assert_string_equal(cg_buf_str(&b), "a\xEF\xBF\xBD"
                                      "b\xEF\xBF\xBD"
                                      "c\x7f"
                                      "d\t\ne");
  cg_buf_clear(&b);
  cg_xml_clean(&b, "x\r\ny\rz", 0);
  assert_string_equal(cg_buf_str(&b), "x\r\ny\rz");
  cg_buf_clear(&b);
  cg_xml_clean(&b, "x\r\ny\rz\r", 1);
  assert_string_equal(cg_buf_str(&b), "x\ny\nz\n");
  cg_buf_clear(&b);
  /* U+FFFE, U+FFFF and invalid UTF-8 go; U+FFFD, RTL marks and emoji stay. */
  cg_xml_clean(
      &b, "\xEF\xBF\xBE|\xEF\xBF\xBF|\xC3|\xED\xA0\x80|\xEF\xBF\xBD\xE2\x80\x8F\xF0\x9F\x9A\x80",
      0);
  assert_string_equal(cg_buf_str(&b), "\xEF\xBF\xBD|\xEF\xBF\xBD|\xEF\xBF\xBD|"
                                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD|"
                                      "\xEF\xBF\xBD\xE2\x80\x8F\xF0\x9F\x9A\x80");
  cg_buf_free(&b);
}

static void test_graphml(void **state) {
  (void)state;
  fixture fx;
  open_view(&fx, HOSTILE, NULL);
  igraph_attribute_table_t *before = igraph_set_attribute_table(NULL);
  assert_null(before);
  char msg[128];
  assert_int_equal(cg_export_graphml(fx.v, &fx.out, msg, sizeof msg), CG_OK);
  /* The library's attribute handler is what it was: none. */
  assert_null(igraph_set_attribute_table(NULL));
  const char *s = cg_buf_str(&fx.out);
  assert_false(has_forbidden_byte(s));
  assert_false(strchr(s, '\r'));
  assert_non_null(strstr(s, "Say &quot;hi&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; co "
                            "&amp;amp; ]]&gt; end"));
  assert_non_null(strstr(s, "ctl\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\x7f end \xEF\xBF\xBD<"));
  assert_non_null(strstr(s, "Two\nlines\nand\nCR<"));
  assert_int_equal(count(s, "<node "), 7);
  assert_int_equal(count(s, "<edge "), 13);                 /* 1 + 1 + 3 + 1 + 6 + 1 */
  assert_non_null(strstr(s, "attr.name=\"extra_weight\"")); /* a clash with ours */
  assert_non_null(strstr(s, "attr.name=\"note\""));
  assert_non_null(strstr(s, "<data key=\"e_key\">h5#6</data>"));
  close_view(&fx);
}

static void test_gexf_spells(void **state) {
  (void)state;
  fixture fx;
  open_view(&fx, HOSTILE, NULL);
  assert_int_equal(cg_export_gexf(fx.v, &fx.out, NULL, 0), CG_OK);
  const char *s = cg_buf_str(&fx.out);
  assert_false(has_forbidden_byte(s));
  assert_non_null(strstr(s, "<gexf xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""));
  assert_non_null(strstr(s, "xmlns=\"http://gexf.net/1.3\""));
  assert_non_null(
      strstr(s, "<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\""));
  /* Year: the whole year, open end. */
  const char *h1 = strstr(s, "<edge id=\"h1\"");
  assert_non_null(h1);
  assert_non_null(strstr(h1, "<spell start=\"2020-01-01\"/>"));
  /* Month to year: 2021-02-01 to 2022-12-31. */
  const char *h2 = strstr(s, "<edge id=\"h2\"");
  assert_non_null(h2);
  assert_true(strstr(h2, "<spell start=\"2021-02-01\" end=\"2022-12-31\"/>") <
              strstr(h2, "</edge>"));
  /* Day to month: the end month's last day. */
  assert_non_null(strstr(s, "<spell start=\"2001-07-15\" end=\"2003-02-28\"/>"));
  /* Undated: no spell; its parties are always present. */
  const char *h3 = strstr(s, "<edge id=\"h3\"");
  assert_non_null(h3);
  assert_true(strstr(h3, "</edge>") < strstr(h3, "<spell") || !strstr(h3, "<spell"));
  const char *q = strstr(s, "<node id=\"Q\"");
  assert_non_null(q);
  assert_true(strstr(q, "</node>") < strstr(q, "<spell"));
  /* A node starts with its earliest agreement: BS with h5 (2001), not h1 (2020). */
  const char *bs = strstr(s, "<node id=\"BS\"");
  assert_non_null(bs);
  assert_non_null(strstr(bs, "<spell start=\"2001-01-01\"/>"));
  /* Multi-line text survives attribute-value normalisation as references. */
  assert_non_null(strstr(s, "value=\"Two&#10;lines&#13;&#10;and&#13;CR\""));
  assert_non_null(strstr(s, "label=\"line one&#10;line two&#9;tabbed\""));
  assert_non_null(strstr(s, "<node id=\"Lonely\" label=\"Lonely\">"));
  close_view(&fx);
}

static void test_node_link(void **state) {
  (void)state;
  fixture fx;
  open_view(&fx, HOSTILE, NULL);
  assert_int_equal(cg_export_node_link(fx.v, &fx.out, NULL, 0), CG_OK);
  const char *s = cg_buf_str(&fx.out);
  assert_non_null(strstr(s, "\"directed\": false,\n  \"multigraph\": true,"));
  assert_non_null(strstr(s, "\"dataset\": \"hostile\""));
  assert_int_equal(count(s, "\"key\": "), 13);
  /* The agreement's source cannot be "source", the link's first end. */
  assert_non_null(strstr(s, "\"agreement_source\": \"http://example.com/?a=1&b=2\""));
  assert_non_null(strstr(s, "\"extra_weight\": \"w\""));
  assert_non_null(
      strstr(s, "\"source\": \"JP\",\n      \"target\": \"NL\",\n      \"key\": \"h2\""));
  assert_non_null(strstr(s, "\"date\": null,\n      \"end\": null"));
  assert_non_null(strstr(s, "\"note\": \"tri\\u0001\""));
  assert_non_null(strstr(s, "\"country\": null"));
  assert_non_null(strstr(s, "\"aliases\": [\n        \"Q-alias\",\n        \"spaced alias\""));
  close_view(&fx);
}

static void test_csv(void **state) {
  (void)state;
  fixture fx;
  open_view(&fx, HOSTILE, NULL);
  cg_buf a = CG_BUF_INIT, t = CG_BUF_INIT;
  assert_int_equal(cg_export_csv(fx.v, &fx.out, &a, &t, NULL, 0), CG_OK);
  assert_string_equal(cg_buf_str(&t), "type,label,description\nodd_type,,\nother,,\n");
  const char *e = cg_buf_str(&fx.out);
  assert_true(starts_with(
      e, "id,kind,name,country,aliases\nBS,nation,\"back\\slash \\N \\n \\\"\" mid\",,\n"
         "JP,"));
  const char *order[] = {"\nBS,", "\nJP,", "\nLonely,", "\nNL,", "\nQ,", "\nT,", "\nZ,"};
  for (size_t i = 1; i < 7; i++)
    assert_true(strstr(e, order[i - 1]) < strstr(e, order[i]));
  assert_non_null(strstr(e, "\nZ,agency,\" leading and trailing spaces \",,\n"));
  assert_non_null(strstr(e, "\nQ,agency,\"Say \"\"hi\"\" <script>"));
  assert_non_null(strstr(e, ",NL,Q-alias|spaced alias|emoji \xF0\x9F\x9A\x80\n"));
  /* Agreements by date (a year before its days), then id; undated last. */
  const char *g = cg_buf_str(&a);
  assert_true(starts_with(
      g, "id,date,end,type,parties,title,source,note,weight\nh5,2001,,other,Z;BS;Q;T,"));
  const char *agr[] = {"\nh5,", "\nh4,", "\nh6,", "\nh1,", "\nh2,", "\nh3,"};
  for (size_t i = 1; i < 6; i++)
    assert_true(strstr(g, agr[i - 1]) < strstr(g, agr[i]));
  assert_non_null(strstr(g, "\nh2,2021-02,2022,odd_type,NL;JP,\"Two\nlines\r\nand\rCR\",src,,\n"));
  assert_non_null(strstr(g, "\nh3,,,other,Q;JP;NL,Trilateral \xF0\x9F\x9A\x80,s,tri\x01,\n"));
  cg_buf_free(&a);
  cg_buf_free(&t);
  close_view(&fx);
}

/* A view: kinds that leave out the nations empty the countries that point at them. */
static void test_csv_filtered(void **state) {
  (void)state;
  fixture fx;
  cg_filter f;
  cg_filter_init(&f);
  f.multilateral = CG_MULTI_SKIP;
  open_view(&fx, HOSTILE, &f);
  int32_t kinds[3] = {cg_dataset_find_kind(fx.ds, "agency"), cg_dataset_find_kind(fx.ds, "company"),
                      cg_dataset_find_kind(fx.ds, "organisation")};
  cg_view_free(fx.v);
  f.multilateral = CG_MULTI_CLIQUE;
  f.kinds = kinds;
  f.nkinds = 3;
  assert_int_equal(cg_view_new(&fx.v, fx.ds, &f), CG_OK);
  cg_buf a = CG_BUF_INIT, t = CG_BUF_INIT;
  assert_int_equal(cg_export_csv(fx.v, &fx.out, &a, &t, NULL, 0), CG_OK);
  const char *e = cg_buf_str(&fx.out);
  assert_null(strstr(e, "\nBS,"));
  assert_non_null(strstr(e, "\nQ,agency,\"Say"));
  assert_non_null(strstr(e, "]]> end\",,Q-alias")); /* country NL is not in the view */
  assert_non_null(strstr(e, "\nT,company,ctl\x01\x02\x1b\x7f end \xEF\xBF\xBE,,\n"));
  /* h5's parties as the view sees them; h1 (Q;BS) and h2 (NL;JP) are gone. */
  const char *g = cg_buf_str(&a);
  assert_non_null(strstr(g, "\nh5,2001,,other,Z;Q;T,"));
  assert_null(strstr(g, "\nh1,"));
  assert_null(strstr(g, "\nh2,"));
  cg_buf_free(&a);
  cg_buf_free(&t);
  close_view(&fx);
}

static void test_multilateral_skip(void **state) {
  (void)state;
  fixture fx;
  cg_filter f;
  cg_filter_init(&f);
  f.multilateral = CG_MULTI_SKIP;
  open_view(&fx, HOSTILE, &f);
  assert_int_equal(cg_export_node_link(fx.v, &fx.out, NULL, 0), CG_OK);
  assert_int_equal(count(cg_buf_str(&fx.out), "\"key\": "), 4); /* h1, h2, h4, h6 */
  cg_buf_clear(&fx.out);
  assert_int_equal(cg_export_graphml(fx.v, &fx.out, NULL, 0), CG_OK);
  assert_int_equal(count(cg_buf_str(&fx.out), "<edge "), 4);
  close_view(&fx);
}

/* Nothing in the view: valid documents without edges. */
static void test_empty_view(void **state) {
  (void)state;
  fixture fx;
  cg_filter f;
  cg_filter_init(&f);
  f.to = (cg_date){1900, 0, 0, CG_DATE_YEAR};
  open_view(&fx, HOSTILE, &f);
  assert_int_equal(cg_export_gexf(fx.v, &fx.out, NULL, 0), CG_OK);
  assert_int_equal(count(cg_buf_str(&fx.out), "<edge "), 0);
  assert_non_null(strstr(cg_buf_str(&fx.out), "</gexf>"));
  cg_buf_clear(&fx.out);
  assert_int_equal(cg_export_graphml(fx.v, &fx.out, NULL, 0), CG_OK);
  assert_non_null(strstr(cg_buf_str(&fx.out), "</graphml>"));
  close_view(&fx);
}

/* The same view gives the same bytes, every format. */
static void test_deterministic(void **state) {
  (void)state;
  fixture fx;
  open_view(&fx, DEFAULT_DATA, NULL);
  cg_status (*writers[3])(const cg_view *, cg_buf *, char *,
                          size_t) = {cg_export_graphml, cg_export_gexf, cg_export_node_link};
  for (int i = 0; i < 3; i++) {
    cg_buf a = CG_BUF_INIT, b = CG_BUF_INIT;
    assert_int_equal(writers[i](fx.v, &a, NULL, 0), CG_OK);
    assert_int_equal(writers[i](fx.v, &b, NULL, 0), CG_OK);
    assert_true(a.len > 1000);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    cg_buf_free(&a);
    cg_buf_free(&b);
  }
  close_view(&fx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_xml_clean),
      cmocka_unit_test(test_graphml),
      cmocka_unit_test(test_gexf_spells),
      cmocka_unit_test(test_node_link),
      cmocka_unit_test(test_csv),
      cmocka_unit_test(test_csv_filtered),
      cmocka_unit_test(test_multilateral_skip),
      cmocka_unit_test(test_empty_view),
      cmocka_unit_test(test_deterministic),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
