/*
 * test_load_dot.c - unit tests of reading Graphviz graphs as datasets:
 * attribute mapping and defaults, parallel edges, directed graphs, clusters,
 * self-loops, names that are not ids, multilateral agreements as drawn by
 * `dot --multi`, messages with lines, syntax errors, empty graphs, limits,
 * and file versus in-memory input.
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

#include <stdio.h>
#include <string.h>

/*
 * Loads DOT text from memory as `path` with options o (NULL: defaults);
 * returns the status, dataset in *ds, new diags in *d.
 */
static cg_status load_with(const char *path, const char *text, const cg_load_options *o,
                           cg_dataset **ds, cg_diags **d) {
  *d = cg_diags_new(0);
  assert_non_null(*d);
  cg_file f = {path, text, strlen(text)};
  return cg_dataset_load_dot(ds, &f, o, *d);
}

static cg_status load_text(const char *text, cg_dataset **ds, cg_diags **d) {
  return load_with("test.dot", text, NULL, ds, d);
}

static cg_dataset *load_ok(const char *text) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  cg_status st = load_text(text, &ds, &d);
  if (st) {
    char line[512];
    for (size_t i = 0; i < cg_diags_kept(d); i++)
      fprintf(stderr, "%s\n", cg_diag_format(cg_diags_get(d, i), line, sizeof line));
  }
  assert_int_equal(st, CG_OK);
  assert_non_null(ds);
  cg_diags_free(d);
  return ds;
}

/* 1 when some kept diagnostic formats exactly as want. */
static int has_diag(const cg_diags *d, const char *want) {
  char line[1024];
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    if (strcmp(cg_diag_format(cg_diags_get(d, i), line, sizeof line), want) == 0) return 1;
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    fprintf(stderr, "  have: %s\n", cg_diag_format(cg_diags_get(d, i), line, sizeof line));
  fprintf(stderr, "  want: %s\n", want);
  return 0;
}

static const cg_entity *entity(const cg_dataset *ds, const char *id) {
  int32_t e = cg_dataset_find_entity(ds, id);
  assert_true(e >= 0);
  return cg_dataset_entity(ds, (size_t)e);
}

static const char *type_of(const cg_dataset *ds, size_t a) {
  return cg_dataset_type(ds, (size_t)cg_dataset_agreement(ds, a)->type)->id;
}

static void test_attributes(void **state) {
  cg_dataset *ds = load_ok("graph {\n"
                           "  IND [kind=nation, name=India];\n"
                           "  ISRO [kind=agency, name=\"Indian Space Research Organisation\",\n"
                           "        country=IND, aliases=\"Indian agency | ISRO HQ|\"];\n"
                           "  ISRO -- IND [key=k1, type=membership, date=\"2005-03\",\n"
                           "               end=2010, title=\"A title\", source=\"s.pdf\"];\n"
                           "}\n");
  assert_int_equal(cg_dataset_nentities(ds), 2);
  const cg_entity *isro = entity(ds, "ISRO");
  assert_string_equal(isro->kind, "agency");
  assert_string_equal(isro->name, "Indian Space Research Organisation");
  assert_string_equal(cg_entity_display_name(isro), "Indian Space Research Organisation");
  assert_string_equal(cg_dataset_entity(ds, (size_t)isro->country)->id, "IND");
  assert_int_equal(isro->naliases, 2);
  assert_string_equal(isro->aliases[0], "Indian agency");
  assert_string_equal(isro->aliases[1], "ISRO HQ");
  assert_int_equal(cg_dataset_find_entity(ds, "isro hq"), cg_dataset_find_entity(ds, "ISRO"));
  assert_int_equal(cg_dataset_nagreements(ds), 1);
  const cg_agreement *a = cg_dataset_agreement(ds, 0);
  char buf[11];
  assert_string_equal(a->id, "k1");
  assert_string_equal(type_of(ds, 0), "membership");
  assert_string_equal(cg_date_format(a->date, buf), "2005-03");
  assert_string_equal(cg_date_format(a->end, buf), "2010");
  assert_string_equal(a->title, "A title");
  assert_string_equal(a->source, "s.pdf");
  assert_int_equal(a->nparties, 2);
  assert_string_equal(cg_dataset_entity(ds, (size_t)a->parties[0])->id, "ISRO");
  assert_string_equal(cg_dataset_entity(ds, (size_t)a->parties[1])->id, "IND");
  cg_dataset_free(ds);
  (void)state;
}

static void test_defaults(void **state) {
  cg_dataset *ds = load_ok("graph { a -- b; b -- c [key=x]; c -- d }");
  assert_int_equal(cg_dataset_nentities(ds), 4);
  assert_string_equal(entity(ds, "a")->kind, "entity");
  assert_string_equal(entity(ds, "a")->name, "");
  /* Without a name or a label, readers are shown the id. */
  assert_string_equal(cg_entity_display_name(entity(ds, "a")), "a");
  assert_string_equal(cg_type_display_name(cg_dataset_type(ds, 0)), "edge");
  assert_int_equal(entity(ds, "a")->country, -1);
  assert_int_equal(cg_dataset_nagreements(ds), 3);
  /* Generated ids number edges in file order. */
  assert_string_equal(cg_dataset_agreement(ds, 0)->id, "e1");
  assert_string_equal(cg_dataset_agreement(ds, 1)->id, "x");
  assert_string_equal(cg_dataset_agreement(ds, 2)->id, "e3");
  assert_string_equal(type_of(ds, 0), "edge");
  assert_false(cg_date_known(cg_dataset_agreement(ds, 0)->date));
  assert_string_equal(cg_dataset_agreement(ds, 0)->title, "");
  cg_dataset_free(ds);
  (void)state;
}

static void test_parallel_edges_and_ids(void **state) {
  /* A key "e2" on a later edge keeps its id; the unkeyed second edge cannot take it. */
  cg_dataset *ds = load_ok("graph { a -- b; a -- b; b -- a [key=e2]; a -- b [key=\"x y\"] }");
  assert_int_equal(cg_dataset_nagreements(ds), 4);
  assert_string_equal(cg_dataset_agreement(ds, 0)->id, "e1");
  assert_string_equal(cg_dataset_agreement(ds, 1)->id, "e2-2");
  assert_string_equal(cg_dataset_agreement(ds, 2)->id, "e2");
  assert_string_equal(cg_dataset_agreement(ds, 3)->id, "x_y");
  size_t n;
  cg_dataset_entity_agreements(ds, (size_t)cg_dataset_find_entity(ds, "a"), &n);
  assert_int_equal(n, 4);
  cg_dataset_free(ds);
  (void)state;
}

static void test_duplicate_keys(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph {\n a -- b [key=k]\n c -- d [key=k]\n}\n", &ds, &d), CG_OK);
  assert_string_equal(cg_dataset_agreement(ds, 1)->id, "k-2");
  assert_true(has_diag(d, "test.dot:3: warning: edge \"c\" -- \"d\" (key k): key \"k\" is already "
                          "the id of another edge; this agreement becomes \"k-2\""));
  cg_dataset_free(ds);
  cg_diags_free(d);
  (void)state;
}

static void test_directed(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("digraph { a -> b; b -> a }", &ds, &d), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 2);
  assert_true(has_diag(d,
                       "test.dot: warning: directed graph read as undirected: partnerships have no "
                       "direction"));
  cg_dataset_free(ds);
  cg_diags_free(d);
  (void)state;
}

static void test_clusters_flattened(void **state) {
  cg_dataset *ds = load_ok("graph {\n"
                           "  subgraph cluster_a { label=A; x -- y; subgraph s { y -- z } }\n"
                           "  { rank=same; z -- w }\n"
                           "  x -- w\n"
                           "}\n");
  assert_int_equal(cg_dataset_nentities(ds), 4);
  assert_int_equal(cg_dataset_nagreements(ds), 4);
  assert_string_equal(cg_dataset_agreement(ds, 3)->id, "e4");
  cg_dataset_free(ds);
  (void)state;
}

static void test_self_loop(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph {\n a -- b\n a -- a [key=loop]\n}\n", &ds, &d), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 1);
  assert_true(has_diag(d, "test.dot:3: warning: edge \"a\" -- \"a\" (key loop): a self-loop is "
                          "not an agreement (that needs two distinct parties); left out"));
  cg_dataset_free(ds);
  cg_diags_free(d);
  (void)state;
}

static void test_names_to_ids(void **state) {
  /* "a b" must not take "a_b" from the node that is called so. */
  cg_dataset *ds =
      load_ok("graph { \"a b\" -- a_b; \"C\xc3\xb4te d'Ivoire\" -- A; a -- \"\"; \"x\" [name=X] }");
  assert_string_equal(cg_dataset_entity(ds, 0)->id, "a_b-2");
  assert_string_equal(cg_dataset_entity(ds, 0)->name, "a b");
  assert_string_equal(cg_dataset_entity(ds, 1)->id, "a_b");
  assert_string_equal(cg_dataset_entity(ds, 1)->name, "");
  assert_string_equal(cg_dataset_entity(ds, 2)->id, "C_te_d_Ivoire");
  assert_string_equal(cg_dataset_entity(ds, 2)->name, "C\xc3\xb4te d'Ivoire");
  assert_string_equal(cg_dataset_entity(ds, 3)->id, "A");
  assert_string_equal(cg_dataset_entity(ds, 4)->id, "a-2"); /* ids ignore case */
  assert_string_equal(cg_dataset_entity(ds, 4)->name, "a");
  assert_string_equal(cg_dataset_entity(ds, 5)->id, "entity");
  assert_string_equal(cg_dataset_entity(ds, 6)->name, "X");
  /* The original name still finds the entity. */
  assert_int_equal(cg_dataset_find_entity(ds, "c\xc3\xb4te d'ivoire"), 2);
  cg_dataset_free(ds);
  (void)state;
}

static void test_multilateral_round_trip(void **state) {
  /* What `dot --multi` writes for a 3-party agreement, plus a reversed 2-party one. */
  cg_dataset *ds = load_ok("graph {\n"
                           "  A [order=2]; B [order=1]; C [order=3];\n"
                           "  A -- B [key=m, parties=\"C;A;B\", order=2];\n"
                           "  A -- C [key=\"m#2\", parties=\"C;A;B\", order=2];\n"
                           "  B -- C [key=\"m#3\", parties=\"C;A;B\", order=2];\n"
                           "  A -- B [key=r, parties=\"B;A\", order=1];\n"
                           "}\n");
  assert_string_equal(cg_dataset_entity(ds, 0)->id, "B");
  assert_string_equal(cg_dataset_entity(ds, 1)->id, "A");
  assert_int_equal(cg_dataset_nagreements(ds), 2);
  const cg_agreement *r = cg_dataset_agreement(ds, 0), *m = cg_dataset_agreement(ds, 1);
  assert_string_equal(r->id, "r");
  assert_string_equal(m->id, "m");
  assert_int_equal(m->nparties, 3);
  assert_string_equal(cg_dataset_entity(ds, (size_t)m->parties[0])->id, "C");
  assert_string_equal(cg_dataset_entity(ds, (size_t)m->parties[2])->id, "B");
  assert_string_equal(cg_dataset_entity(ds, (size_t)r->parties[0])->id, "B");
  cg_dataset_free(ds);
  (void)state;
}

/* Five parties: ten edges, keys "m" to "m#10"; "m#01" and "m#1" are not such keys. */
static void test_multilateral_many(void **state) {
  char text[4096] = "graph {\n";
  const char *v = "ABCDE";
  int k = 0;
  for (int i = 0; i < 5; i++)
    for (int j = i + 1; j < 5; j++) {
      char key[16];
      if (k++ == 0)
        snprintf(key, sizeof key, "m");
      else
        snprintf(key, sizeof key, "m#%d", k);
      snprintf(text + strlen(text), sizeof text - strlen(text),
               "  %c -- %c [key=\"%s\", parties=\"A;B;C;D;E\"];\n", v[i], v[j], key);
    }
  strcat(text, "  A -- B [key=\"m#01\", parties=\"A;B;C;D;E\"];\n}\n");
  cg_dataset *ds = load_ok(text);
  assert_int_equal(cg_dataset_nagreements(ds), 2);
  assert_string_equal(cg_dataset_agreement(ds, 0)->id, "m");
  assert_int_equal(cg_dataset_agreement(ds, 0)->nparties, 5);
  assert_string_equal(cg_dataset_agreement(ds, 1)->id, "m_01");
  cg_dataset_free(ds);
  (void)state;
}

static void test_legend_skipped(void **state) {
  cg_dataset *ds = load_ok("graph { a -- b; \"@legend\" [class=legend, shape=plaintext] }");
  assert_int_equal(cg_dataset_nentities(ds), 2);
  cg_dataset_free(ds);
  (void)state;
}

static void test_bad_values(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph {\n"
                             "  A -- B [key=e1, date=2020]\n"
                             "  A -- C [key=e3,\n"
                             "          date=\"2020-13-01\"]\n"
                             "  B -- C [date=2021, end=2019, type=\"a b\"]\n"
                             "  C [country=B]\n"
                             "  B [country=Bx]\n"
                             "  A -- B [parties=\"A;Z\"]\n"
                             "}\n",
                             &ds, &d),
                   CG_ERR_DATA);
  assert_null(ds);
  assert_true(has_diag(d, "test.dot:3: error: edge \"A\" -- \"C\" (key e3): bad date "
                          "\"2020-13-01\": month 13 is out of range"));
  assert_true(has_diag(d, "test.dot:5: error: edge \"B\" -- \"C\": end date \"2019\" is before "
                          "the date \"2021\""));
  assert_true(has_diag(d, "test.dot:5: error: edge \"B\" -- \"C\": invalid type \"a b\": only "
                          "letters, digits, '_', '.' and '-' are allowed"));
  assert_true(has_diag(d, "test.dot:6: error: node \"C\": country \"B\" is of kind \"entity\"; it "
                          "must be a nation"));
  assert_true(has_diag(d, "test.dot:7: error: node \"B\": unknown country \"Bx\"; did you mean "
                          "\"B\"?"));
  /* A -- B occurs twice, so that edge's line cannot be told. */
  assert_true(has_diag(d, "test.dot: error: edge \"A\" -- \"B\": parties \"A;Z\": \"Z\" is not a "
                          "node of the graph"));
  cg_diags_free(d);
  (void)state;
}

/* Lines are counted past escapes, multi-line strings and comments, as cgraph reads them. */
static void test_lines_after_escapes(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph {\n"
                             "  \"a\\\\\" -- b /* \"\n */ [label=\"x\\\"\n\"]\n"
                             "  c [kind=\"x y\"] // \"\n"
                             "}\n",
                             &ds, &d),
                   CG_ERR_DATA);
  assert_true(has_diag(d, "test.dot:5: error: node \"c\": invalid kind \"x y\": only letters, "
                          "digits, '_', '.' and '-' are allowed"));
  cg_diags_free(d);
  (void)state;
}

static void test_syntax_error(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph {\n  a -- b;\n  b -- ;\n}\n", &ds, &d), CG_ERR_DATA);
  assert_null(ds);
  assert_true(has_diag(d, "test.dot:3: error: syntax error near ';'"));
  cg_diags_free(d);
  /* The parser starts afresh on the next input. */
  cg_dataset_free(load_ok("graph { x -- y }"));
  assert_int_equal(load_text("graph {\n \"open }\n", &ds, &d), CG_ERR_DATA);
  assert_int_equal(cg_diags_errors(d), 1);
  cg_diags_free(d);
  assert_int_equal(load_text("not a graph", &ds, &d), CG_ERR_DATA);
  cg_diags_free(d);
  (void)state;
}

static void test_empty(void **state) {
  cg_dataset *ds = load_ok("graph {}");
  assert_int_equal(cg_dataset_nentities(ds), 0);
  assert_int_equal(cg_dataset_nagreements(ds), 0);
  cg_dataset_free(ds);
  cg_diags *d = NULL;
  assert_int_equal(load_text("// only a comment\n", &ds, &d), CG_ERR_DATA);
  assert_true(has_diag(d, "test.dot: error: no graph found (expected 'graph {...}' or "
                          "'digraph {...}')"));
  cg_diags_free(d);
  (void)state;
}

static void test_several_graphs(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  assert_int_equal(load_text("graph one { a -- b } graph two { c -- d }", &ds, &d), CG_OK);
  assert_int_equal(cg_dataset_nentities(ds), 2);
  assert_true(has_diag(d, "test.dot: warning: the file holds 2 graphs; only the first is read"));
  cg_dataset_free(ds);
  cg_diags_free(d);
  /* The second graph is not left over for the next read. */
  ds = load_ok("graph { x -- y -- z }");
  assert_int_equal(cg_dataset_nentities(ds), 3);
  cg_dataset_free(ds);
  (void)state;
}

static void test_bytes(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  static const char nul[] = "graph {\n a -- b\n c\0 }";
  cg_file f = {"nul.dot", nul, sizeof nul - 1};
  d = cg_diags_new(0);
  assert_int_equal(cg_dataset_load_dot(&ds, &f, NULL, d), CG_ERR_DATA);
  assert_true(has_diag(d, "nul.dot:3: error: NUL byte in input"));
  cg_diags_free(d);
  assert_int_equal(load_text("graph {\n \"caf\xe9\" -- b }", &ds, &d), CG_ERR_DATA);
  assert_true(has_diag(d, "test.dot:2: error: invalid UTF-8 byte 0xE9 (a Latin-1 graph must say "
                          "charset=latin1)"));
  cg_diags_free(d);
  /* Latin-1 declared: converted to UTF-8. */
  ds = load_ok("graph { charset=latin1; \"caf\xe9\" -- b [title=\"\xe0 la\"] }");
  assert_string_equal(cg_dataset_entity(ds, 0)->name, "caf\xc3\xa9");
  assert_string_equal(cg_dataset_agreement(ds, 0)->title, "\xc3\xa0 la");
  cg_dataset_free(ds);
  (void)state;
}

static void test_limit(void **state) {
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  cg_load_options o = CG_LOAD_OPTIONS_INIT;
  o.max_file = 5;
  assert_int_equal(load_with("big.dot", "graph { a -- b }", &o, &ds, &d), CG_ERR_LIMIT);
  assert_true(has_diag(d, "big.dot: error: file is larger than the limit of 5 bytes"));
  cg_diags_free(d);
  (void)state;
}

/*
 * An edge default repeats one parties list on every edge, so a few lines can
 * ask for millions of pairs (the fuzzer's out-of-memory input was this): the
 * load options' party and pair limits hold for DOT as they do for CSV.
 */
static void test_party_limits(void **state) {
  const char *text = "graph {\n"
                     "  edge [parties=\"a;b;c;d\"]\n"
                     "  a -- b [key=x]\n"
                     "  c -- d [key=y]\n"
                     "  a -- c [key=z]\n"
                     "}\n";
  cg_load_options o = CG_LOAD_OPTIONS_INIT;
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  o.max_parties = 3;
  assert_int_equal(load_with("wide.dot", text, &o, &ds, &d), CG_ERR_DATA);
  assert_null(ds);
  assert_true(has_diag(d, "wide.dot:3: error: edge \"a\" -- \"b\" (key x): agreement lists 4 "
                          "parties, more than the limit of 3"));
  cg_diags_free(d);

  /* Three 4-party agreements make 18 pairs: 17 is over, 18 is not. */
  o.max_parties = 0;
  o.max_pairs = 17;
  assert_int_equal(load_with("wide.dot", text, &o, &ds, &d), CG_ERR_DATA);
  assert_true(has_diag(d, "wide.dot: error: the agreements make 18 pairs of partners (k(k-1)/2 "
                          "per k-party agreement), more than the limit of 17"));
  cg_diags_free(d);
  o.max_pairs = 18;
  assert_int_equal(load_with("wide.dot", text, &o, &ds, &d), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 3);
  cg_dataset_free(ds);
  cg_diags_free(d);
  (void)state;
}

/*
 * `{a b c} -- {d e f}` is every pair of the two sets: nine edges from one
 * statement. Each edge between two nodes is a pair of partners at least, so
 * more edges than max_pairs are refused as soon as Graphviz has read them.
 */
static void test_edge_limit(void **state) {
  const char *text = "graph {\n  {a b c} -- {d e f}\n  a -- a\n}\n";
  cg_load_options o = CG_LOAD_OPTIONS_INIT;
  cg_dataset *ds = NULL;
  cg_diags *d = NULL;
  o.max_pairs = 8;
  assert_int_equal(load_with("cross.dot", text, &o, &ds, &d), CG_ERR_DATA);
  assert_true(has_diag(d, "cross.dot: error: the graph has 9 edges between two nodes, each at "
                          "least one pair of partners, more than the limit of 8 pairs"));
  cg_diags_free(d);
  /* The self-loop is no pair: 9 is within a limit of 9. */
  o.max_pairs = 9;
  assert_int_equal(load_with("cross.dot", text, &o, &ds, &d), CG_OK);
  assert_int_equal(cg_dataset_nagreements(ds), 9);
  cg_dataset_free(ds);
  cg_diags_free(d);
  (void)state;
}

/* Figures title a dataset by the last part of its path. */
static void test_short_name(void **state) {
  static const char *const paths[][2] = {
      {"g.dot", "g.dot"}, {"some/dir/g.dot", "g.dot"}, {"odd/", "odd/"}};
  for (size_t i = 0; i < 3; i++) {
    cg_dataset *ds = NULL;
    cg_diags *d = NULL;
    assert_int_equal(load_with(paths[i][0], "graph { a -- b }", NULL, &ds, &d), CG_OK);
    assert_string_equal(cg_dataset_short_name(ds), paths[i][1]);
    cg_dataset_free(ds);
    cg_diags_free(d);
  }
  (void)state;
}

/* The same bytes from a file and from memory give the same dataset. */
static void test_file_and_memory(void **state) {
  const char *path = FIXTURES "/dot/attrs.dot";
  FILE *fp = fopen(path, "rb");
  assert_non_null(fp);
  static char text[1 << 16];
  size_t len = fread(text, 1, sizeof text, fp);
  fclose(fp);
  cg_dataset *a = NULL, *b = NULL;
  cg_diags *d = cg_diags_new(0);
  cg_file on_disk = {path, NULL, 0}, in_memory = {path, text, len};
  assert_int_equal(cg_dataset_load_dot(&a, &on_disk, NULL, d), CG_OK);
  assert_int_equal(cg_dataset_load_dot(&b, &in_memory, NULL, d), CG_OK);
  assert_int_equal(cg_dataset_nentities(a), cg_dataset_nentities(b));
  assert_int_equal(cg_dataset_nagreements(a), cg_dataset_nagreements(b));
  for (size_t i = 0; i < cg_dataset_nagreements(a); i++)
    assert_string_equal(cg_dataset_agreement(a, i)->id, cg_dataset_agreement(b, i)->id);
  assert_string_equal(cg_dataset_name(a), path);
  cg_dataset_free(a);
  cg_dataset_free(b);
  cg_file missing = {FIXTURES "/dot/no-such.dot", NULL, 0};
  assert_int_equal(cg_dataset_load_dot(&a, &missing, NULL, d), CG_ERR_IO);
  assert_null(a);
  cg_diags_free(d);
  (void)state;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_attributes),
      cmocka_unit_test(test_defaults),
      cmocka_unit_test(test_parallel_edges_and_ids),
      cmocka_unit_test(test_duplicate_keys),
      cmocka_unit_test(test_directed),
      cmocka_unit_test(test_clusters_flattened),
      cmocka_unit_test(test_self_loop),
      cmocka_unit_test(test_names_to_ids),
      cmocka_unit_test(test_multilateral_round_trip),
      cmocka_unit_test(test_multilateral_many),
      cmocka_unit_test(test_legend_skipped),
      cmocka_unit_test(test_bad_values),
      cmocka_unit_test(test_lines_after_escapes),
      cmocka_unit_test(test_syntax_error),
      cmocka_unit_test(test_empty),
      cmocka_unit_test(test_several_graphs),
      cmocka_unit_test(test_bytes),
      cmocka_unit_test(test_limit),
      cmocka_unit_test(test_party_limits),
      cmocka_unit_test(test_edge_limit),
      cmocka_unit_test(test_short_name),
      cmocka_unit_test(test_file_and_memory),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
