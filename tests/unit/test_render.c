/*
 * test_render.c - unit tests of drawing: DOT read back with cgraph (counts,
 * attributes of hostile text round-tripping, unique --multi keys, ego
 * subsets), determinism, the palette, and the SVG post-processing.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/dataset.h>
#include <coopgraph/filter.h>
#include <coopgraph/graph.h>
#include <coopgraph/render.h>
#include <coopgraph/timeline.h>

#include <graphviz/cgraph.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct world {
  cg_dataset *ds;
  cg_view *v;
  cg_pgraph *g;
} world;

static world load_path(const char *path) {
  world w = {NULL, NULL, NULL};
  cg_diags *d = cg_diags_new(0);
  assert_non_null(d);
  assert_int_equal(cg_dataset_load_dir(&w.ds, path, NULL, d), CG_OK);
  cg_diags_free(d);
  cg_filter f;
  cg_filter_init(&f);
  assert_int_equal(cg_view_new(&w.v, w.ds, &f), CG_OK);
  assert_int_equal(cg_pgraph_new(&w.g, w.v), CG_OK);
  return w;
}

static world load(const char *name) {
  char path[1024];
  snprintf(path, sizeof path, "%s/render/%s", FIXTURES, name);
  return load_path(path);
}

static void unload(world *w) {
  cg_pgraph_free(w->g);
  cg_view_free(w->v);
  cg_dataset_free(w->ds);
}

static Agraph_t *dot_of(const world *w, const cg_render_options *o, cg_buf *out) {
  char msg[256] = "";
  assert_int_equal(cg_render_dot(w->g, o, out, msg, sizeof msg), CG_OK);
  Agraph_t *ag = agmemread(cg_buf_str(out));
  assert_non_null(ag);
  return ag;
}

static int count_nodes(Agraph_t *ag) {
  return agnnodes(ag);
}

static const char *attr(void *obj, const char *name) {
  const char *s = agget(obj, (char *)name);
  return s ? s : "";
}

/* What the DOT can hold: a space after a backslash before '"', newline or end. */
static void dot_safe(const char *s, char *out, size_t size) {
  size_t k = 0;
  for (size_t i = 0; s[i] && k + 2 < size; i++) {
    out[k++] = s[i];
    if (s[i] == '\\' && (!s[i + 1] || s[i + 1] == '\n' || s[i + 1] == '"')) out[k++] = ' ';
  }
  out[k] = '\0';
}

static void test_mini_counts(void **state) {
  (void)state;
  world w = load("mini");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  cg_buf b = CG_BUF_INIT;
  Agraph_t *ag = dot_of(&w, &o, &b);
  assert_int_equal(count_nodes(ag), 6); /* the legend is the graph's label */
  assert_non_null(strstr(agget(ag, "label"), "<TABLE"));
  assert_string_equal(agget(ag, "layout"), "neato"); /* `dot -Tsvg` draws the same layout */
  assert_string_equal(agget(ag, "splines"), "true");
  assert_int_equal(agnedges(ag), 5);
  Agnode_t *a = agnode(ag, "A", 0), *bb = agnode(ag, "B", 0);
  assert_non_null(a);
  assert_string_equal(attr(a, "aliases"), "Alfa|AA");
  assert_string_equal(attr(a, "country"), "NA");
  assert_string_equal(attr(a, "class"), "kind-agency");
  Agedge_t *e = agedge(ag, a, bb, NULL, 0);
  assert_non_null(e);
  assert_string_equal(attr(e, "agreements"), "4");
  assert_string_equal(attr(e, "type"), "coop");
  assert_string_equal(attr(e, "class"), "group-Cooperation type-coop");
  assert_string_equal(attr(e, "color"),
                      cg_group_colour(w.ds, (size_t)cg_dataset_type(w.ds, (size_t)cg_dataset_find_type(w.ds, "coop"))->group_index));
  agclose(ag);
  cg_buf_free(&b);
  o.no_legend = 1;
  ag = dot_of(&w, &o, &b);
  assert_int_equal(count_nodes(ag), 6);
  assert_true(!agget(ag, "label") || !strstr(agget(ag, "label"), "<TABLE"));
  agclose(ag);
  cg_buf_free(&b);
  unload(&w);
}

static void test_multi_keys(void **state) {
  (void)state;
  world w = load("mini");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  o.multi = 1;
  cg_buf b = CG_BUF_INIT;
  Agraph_t *ag = dot_of(&w, &o, &b);
  /* a1 a2 a3 m1 on A-B, m1 on A-O and B-O, a4, x1 */
  assert_int_equal(agnedges(ag), 8);
  const char *keys[16];
  size_t nk = 0;
  for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n))
    for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e)) {
      assert_true(nk < 16);
      keys[nk++] = agnameof(e);
    }
  assert_int_equal(nk, 8);
  for (size_t i = 0; i < nk; i++)
    for (size_t j = i + 1; j < nk; j++)
      assert_string_not_equal(keys[i], keys[j]);
  Agnode_t *a = agnode(ag, "A", 0), *bb = agnode(ag, "B", 0);
  Agedge_t *e = agedge(ag, a, bb, "a2", 0);
  assert_non_null(e);
  assert_string_equal(attr(e, "date"), "2003-05");
  assert_string_equal(attr(e, "end"), "2010");
  assert_string_equal(attr(e, "title"), "Second coop");
  assert_string_equal(attr(e, "source"), "s1");
  assert_non_null(agedge(ag, a, agnode(ag, "O", 0), "m1#2", 0));
  agclose(ag);
  cg_buf_free(&b);
  unload(&w);
}

static void test_hostile_roundtrip(void **state) {
  (void)state;
  world w = load("hostile");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  o.multi = 1;
  cg_buf b = CG_BUF_INIT;
  Agraph_t *ag = dot_of(&w, &o, &b);
  char want[1024];
  for (size_t i = 0; i < cg_dataset_nentities(w.ds); i++) {
    const cg_entity *en = cg_dataset_entity(w.ds, i);
    Agnode_t *n = agnode(ag, (char *)en->id, 0);
    assert_non_null(n);
    dot_safe(en->name, want, sizeof want);
    assert_string_equal(attr(n, "name"), want);
    assert_string_equal(attr(n, "kind"), en->kind);
  }
  Agnode_t *t = agnode(ag, "T", 0);
  assert_string_equal(attr(t, "name"), "ends\\ "); /* the one documented change */
  Agnode_t *q = agnode(ag, "Q", 0), *bs = agnode(ag, "BS", 0);
  Agedge_t *e = agedge(ag, q, bs, "h1", 0);
  assert_non_null(e);
  assert_string_equal(attr(e, "title"), "Title \"quoted\" & <b>bold</b> \\ back url(#x) id=\"y\"");
  assert_string_equal(attr(e, "source"), "http://example.com/?a=1&b=2");
  /* Labels-like text escaped for Graphviz: backslashes doubled, & as &amp;. */
  assert_non_null(strstr(attr(q, "tooltip"), "&amp; co &amp;amp;"));
  assert_non_null(strstr(attr(bs, "tooltip"), "back\\\\slash \\\\N"));
  Agnode_t *jp = agnode(ag, "JP", 0);
  assert_string_equal(attr(jp, "aliases"), "Ünïcödé|emoji 🛰");
  agclose(ag);
  cg_buf_free(&b);
  unload(&w);
}

static void test_ego(void **state) {
  (void)state;
  world w = load("mini");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  o.no_legend = 1;
  o.ego = cg_dataset_find_entity(w.ds, "A");
  cg_buf b = CG_BUF_INIT;
  Agraph_t *ag = dot_of(&w, &o, &b);
  assert_int_equal(count_nodes(ag), 3); /* A, B, O */
  assert_int_equal(agnedges(ag), 3);
  assert_null(agnode(ag, "X", 0));
  agclose(ag);
  cg_buf_free(&b);
  o.ego_depth = 2;
  ag = dot_of(&w, &o, &b);
  assert_int_equal(count_nodes(ag), 4); /* + X */
  assert_non_null(agnode(ag, "X", 0));
  agclose(ag);
  cg_buf_free(&b);
  /* An entity the filter drops is not found. */
  cg_filter f;
  cg_filter_init(&f);
  int32_t club = cg_dataset_find_kind(w.ds, "agency");
  f.kinds = &club;
  f.nkinds = 1;
  cg_view *v2;
  cg_pgraph *g2;
  assert_int_equal(cg_view_new(&v2, w.ds, &f), CG_OK);
  assert_int_equal(cg_pgraph_new(&g2, v2), CG_OK);
  o.ego = cg_dataset_find_entity(w.ds, "X");
  char msg[128] = "";
  assert_int_equal(cg_render_dot(g2, &o, &b, msg, sizeof msg), CG_ERR_NOTFOUND);
  assert_non_null(strstr(msg, "'X'"));
  cg_buf_free(&b);
  cg_pgraph_free(g2);
  cg_view_free(v2);
  unload(&w);
}

static void test_deterministic(void **state) {
  (void)state;
  world w = load("hostile");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  cg_buf a = CG_BUF_INIT, b = CG_BUF_INIT;
  assert_int_equal(cg_render_dot(w.g, &o, &a, NULL, 0), CG_OK);
  assert_int_equal(cg_render_dot(w.g, &o, &b, NULL, 0), CG_OK);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  cg_buf_clear(&a);
  cg_buf_clear(&b);
  o.layout = CG_LAYOUT_NEATO;
  assert_int_equal(cg_render_svg(w.g, &o, &a, NULL, 0), CG_OK);
  assert_int_equal(cg_render_svg(w.g, &o, &b, NULL, 0), CG_OK);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  cg_buf_free(&a);
  cg_buf_free(&b);
  unload(&w);
}

/*
 * The timeline's year columns are subgraphs. cgraph keeps subgraphs ordered
 * by object id, which by default is the address of the interned name, so
 * their order (in the DOT and for the layout) changed with the heap from
 * run to run. They must come out in creation order: by year.
 */
static void test_timeline_columns_in_order(void **state) {
  (void)state;
  world w = load_path(DEFAULT_DATA);
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  size_t n = cg_dataset_nagreements(w.ds);
  int32_t *all = malloc(n * sizeof *all);
  assert_non_null(all);
  for (size_t i = 0; i < n; i++) all[i] = (int32_t)i;
  for (int round = 0; round < 3; round++) {
    /* Different heap states between rounds. */
    void *noise = malloc((size_t)(round + 1) * 4099);
    cg_buf b = CG_BUF_INIT;
    assert_int_equal(cg_render_timeline(w.v, all, n, 0, &o, &b, NULL, 0), CG_OK);
    int last = 0, columns = 0;
    for (const char *p = cg_buf_str(&b); (p = strstr(p, "subgraph col")); p++) {
      int year = atoi(p + strlen("subgraph col"));
      assert_true(year > last);
      last = year;
      columns++;
    }
    assert_true(columns > 10);
    cg_buf_free(&b);
    free(noise);
  }
  free(all);
  unload(&w);
}

static void test_palette(void **state) {
  (void)state;
  world w = load("mini");
  assert_true(cg_palette_size() >= 8);
  assert_string_equal(cg_palette_colour(0), cg_palette_colour(cg_palette_size()));
  /* Kinds sorted by id: agency, club, company, nation, organisation. */
  assert_int_equal(cg_kind_slot(w.ds, (size_t)cg_dataset_find_kind(w.ds, "agency")), 0);
  assert_int_equal(cg_kind_slot(w.ds, (size_t)cg_dataset_find_kind(w.ds, "organisation")), 4);
  /* Types sorted by id (not file order): coop, launch, membership. */
  assert_int_equal(cg_type_slot(w.ds, (size_t)cg_dataset_find_type(w.ds, "coop")), 0);
  assert_int_equal(cg_type_slot(w.ds, (size_t)cg_dataset_find_type(w.ds, "membership")), 2);
  assert_string_equal(cg_kind_shape("agency"), "box");
  assert_string_equal(cg_kind_shape("club"), "diamond");
  assert_string_equal(cg_palette_text_colour("#332288"), "white");
  assert_string_equal(cg_palette_text_colour("#DDCC77"), "black");
  cg_buf b = CG_BUF_INIT;
  assert_int_equal(cg_css_class(&b, "type-", "a b<\"c"), CG_OK);
  assert_string_equal(cg_buf_str(&b), "type-a_b__c");
  cg_buf_free(&b);
  unload(&w);
}

/* Group colours: readable on white and on a dark page, declared ones kept, the rest grey. */
static void test_group_colours(void **state) {
  (void)state;
  assert_true(cg_group_palette_size() >= 5 && cg_group_palette_size() <= 7);
  for (size_t i = 0; i <= cg_group_palette_size(); i++) {
    const char *c = cg_group_palette_colour(i);
    assert_true(cg_contrast(c, "#FFFFFF") >= 3.0);
    assert_true(cg_contrast(c, "#222222") >= 3.0);
    for (size_t j = 0; j < i; j++)
      assert_string_not_equal(c, cg_group_palette_colour(j));
  }
  assert_string_equal(cg_group_palette_colour(cg_group_palette_size()), CG_GROUP_OTHER_COLOUR);
  /* The fixture's types.csv: group "Agreements" declares #0072b2 on its second type only. */
  world w = load_path(FIXTURES "/render/groups");
  assert_int_equal(cg_dataset_ngroups(w.ds), 9);
  int32_t coop = cg_dataset_find_type(w.ds, "coop"), mou = cg_dataset_find_type(w.ds, "mou");
  size_t g = (size_t)cg_dataset_type(w.ds, (size_t)coop)->group_index;
  assert_int_equal(g, (size_t)cg_dataset_type(w.ds, (size_t)mou)->group_index);
  assert_string_equal(cg_dataset_group(w.ds, g), "Agreements");
  assert_string_equal(cg_group_colour(w.ds, g), "#0072b2");
  /* Groups without a colour take the palette in order, after that grey "other". */
  assert_string_equal(cg_group_colour(w.ds, 1), cg_group_palette_colour(0));
  assert_string_equal(cg_dataset_group(w.ds, 1), "Launch service"); /* no group: its label */
  assert_false(cg_group_is_other(w.ds, 7));
  assert_true(cg_group_is_other(w.ds, 8));
  assert_string_equal(cg_group_colour(w.ds, 8), CG_GROUP_OTHER_COLOUR);
  assert_int_equal((int)(cg_contrast("#000000", "#FFFFFF") + 0.5), 21);
  unload(&w);
}

/* Text on a transparent figure reads on light and dark pages; tints are opaque. */
static void test_any_page_colours(void **state) {
  (void)state;
  assert_true(cg_contrast(CG_INK_ANY_PAGE, "#ffffff") >= 4.5);
  assert_true(cg_contrast(CG_INK_ANY_PAGE, "#000000") >= 4.5);
  assert_true(cg_contrast(CG_INK_ANY_PAGE, "#1e1e1e") >= 3.5);
  char out[8];
  /* 20% of #0072B2 on white: 0.8 * 255 + 0.2 * (0, 114, 178), rounded */
  cg_colour_on_white("#0072B2", 0.2, out);
  assert_string_equal(out, "#cce3f0");
  cg_colour_on_white("#CC79A7", 1.0, out);
  assert_string_equal(out, "#cc79a7");
  cg_colour_on_white("#CC79A7", 0.0, out);
  assert_string_equal(out, "#ffffff");
  cg_colour_on_white("not a colour", 0.5, out); /* black at half: mid grey */
  assert_string_equal(out, "#808080");
}

static void test_svg(void **state) {
  (void)state;
  world w = load("hostile");
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  o.multi = 1;
  o.id_prefix = "fig1-";
  o.responsive = 1;
  cg_buf b = CG_BUF_INIT;
  char msg[256] = "";
  assert_int_equal(cg_render_svg(w.g, &o, &b, msg, sizeof msg), CG_OK);
  const char *s = cg_buf_str(&b);
  assert_null(strstr(s, "<script"));
  assert_null(strstr(s, "<!--"));
  assert_null(strstr(s, "DOCTYPE"));
  assert_null(strstr(s, "Generated by"));
  assert_non_null(strstr(s, "<svg width=\"100%\" viewBox="));
  assert_null(strstr(s, " height=\"") < strstr(s, "<g") ? strstr(s, " height=\"") : NULL);
  assert_non_null(strstr(s, "role=\"img\" aria-labelledby=\"fig1-title fig1-desc\">\n<title "
                            "id=\"fig1-title\">Cooperation network: hostile</title>\n<desc"));
  assert_non_null(strstr(s, "id=\"fig1-graph0\""));
  assert_non_null(strstr(s, "class=\"node kind&#45;agency\""));
  /* Every id is prefixed and unique. */
  const char *ids[512];
  size_t n = 0;
  for (const char *p = strstr(s, " id=\""); p; p = strstr(p + 1, " id=\"")) {
    assert_int_equal(strncmp(p + 5, "fig1-", 5), 0);
    assert_true(n < 512);
    ids[n++] = p + 5;
  }
  assert_true(n > 10);
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      assert_false(strcspn(ids[i], "\"") == strcspn(ids[j], "\"") &&
                   strncmp(ids[i], ids[j], strcspn(ids[i], "\"")) == 0);
  cg_buf_free(&b);
  unload(&w);
}

static void test_tidy(void **state) {
  (void)state;
  const char *in = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\"\n \"y\">\n"
                   "<!-- Generated by graphviz version 2.43.0 (0)\n -->\n"
                   "<svg width=\"10pt\" height=\"20pt\"\n viewBox=\"0 0 10 20\">\n"
                   "<g id=\"graph0\"><g id=\"graph0\"/><use xlink:href=\"#graph0\"/>"
                   "<path fill=\"url(#l_1)\"/>url(#text) id=\"t\"</g>\n</svg>\n";
  cg_svg_tidy_options o = {"p", 0, "T & <t>", "D"};
  cg_buf b = CG_BUF_INIT;
  assert_int_equal(cg_svg_tidy(&b, in, strlen(in), &o), CG_OK);
  assert_string_equal(cg_buf_str(&b),
                      "<?xml version=\"1.0\"?>\n"
                      "<svg width=\"10pt\" height=\"20pt\" viewBox=\"0 0 10 20\" role=\"img\" "
                      "aria-labelledby=\"ptitle pdesc\">\n<title id=\"ptitle\">T &amp; "
                      "&lt;t&gt;</title>\n<desc id=\"pdesc\">D</desc>\n"
                      "<g id=\"pgraph0\"><g id=\"pgraph0-2\"/><use xlink:href=\"#pgraph0\"/>"
                      "<path fill=\"url(#pl_1)\"/>url(#text) id=\"t\"</g>\n</svg>\n");
  cg_buf_free(&b);
  assert_int_equal(cg_svg_tidy(&b, "<svg width=\"1", 13, &o), CG_ERR_DATA);
  cg_buf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_mini_counts),
      cmocka_unit_test(test_multi_keys),
      cmocka_unit_test(test_hostile_roundtrip),
      cmocka_unit_test(test_ego),
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_timeline_columns_in_order),
      cmocka_unit_test(test_palette),
      cmocka_unit_test(test_group_colours),
      cmocka_unit_test(test_any_page_colours),
      cmocka_unit_test(test_svg),
      cmocka_unit_test(test_tidy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
