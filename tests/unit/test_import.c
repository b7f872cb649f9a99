/*
 * test_import.c - unit tests of `import edgelist` (import.c): the files it
 * writes for small edge lists, party lists and node tables (expected text
 * worked out by hand from the rules in import.h), the issues it counts, that
 * what it writes loads without errors, and that bad options, missing
 * columns, unusable input and a non-empty output directory are refused.
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
#include <coopgraph/import.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define FX FIXTURES "/import/"

static const char *const FILES[] = {"entities.csv", "agreements.csv", "types.csv", "other.txt"};

static char *make_tmp(void) {
  char *d = strdup("/tmp/cg-import-XXXXXX");
  assert_non_null(d);
  assert_non_null(mkdtemp(d));
  return d;
}

/* Removes dir/out (with our files), then dir. */
static void rmtree(char *d) {
  char path[512];
  for (size_t i = 0; i < 4; i++) {
    snprintf(path, sizeof path, "%s/out/%s", d, FILES[i]);
    remove(path);
  }
  snprintf(path, sizeof path, "%s/out", d);
  rmdir(path);
  rmdir(d);
  free(d);
}

static char *out_dir(const char *d) {
  static char path[512];
  snprintf(path, sizeof path, "%s/out", d);
  return path;
}

static char *slurp(const char *dir, const char *name) {
  char path[1024];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *data = calloc(1, 1 << 16);
  assert_non_null(data);
  size_t n = fread(data, 1, (1 << 16) - 1, f);
  data[n] = '\0';
  fclose(f);
  return data;
}

static void assert_file(const char *dir, const char *name, const char *want) {
  char *got = slurp(dir, name);
  assert_non_null(got);
  assert_string_equal(got, want);
  free(got);
}

/* The written dataset loads with no errors. */
static void assert_loads(const char *dir, size_t entities, size_t agreements) {
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_dir(&ds, dir, NULL, d), CG_OK);
  assert_int_equal(cg_diags_errors(d), 0);
  assert_int_equal(cg_dataset_nentities(ds), entities);
  assert_int_equal(cg_dataset_nagreements(ds), agreements);
  cg_dataset_free(ds);
  cg_diags_free(d);
}

static cg_status run(const cg_import_options *o, const char *in, const char *out,
                     cg_import_stats *s, cg_diags *d) {
  return cg_import_edgelist(o, in, out, s, d);
}

static int has_message(const cg_diags *d, const char *part) {
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    if (strstr(cg_diags_get(d, i)->message, part)) return 1;
  return 0;
}

static void edge_list(void **state) {
  (void)state;
  char *tmp = make_tmp();
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.source = "source"; /* header names ignore case */
  o.target = "Target";
  o.type = "Kind";
  o.date = "Signed";
  o.end = "Ends";
  o.weight = "6"; /* a column number */
  o.title = "Name";
  cg_import_stats s;
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "edges.csv", out_dir(tmp), &s, d), CG_OK);
  assert_int_equal(s.rows, 9);
  assert_int_equal(s.rows_used, 5);
  assert_int_equal(s.entities, 5);
  assert_int_equal(s.agreements, 7);
  assert_int_equal(s.types, 4);
  assert_int_equal(s.issues[CG_IMPORT_SELF_LOOP], 1);
  assert_int_equal(s.issues[CG_IMPORT_EMPTY_NAME], 1);
  assert_int_equal(s.issues[CG_IMPORT_BAD_WEIGHT], 2);
  assert_int_equal(s.issues[CG_IMPORT_BAD_DATE], 1);
  assert_int_equal(s.issues[CG_IMPORT_BAD_END], 2);
  assert_int_equal(s.issues[CG_IMPORT_EMPTY_TYPE], 1);
  assert_int_equal(cg_diags_errors(d), 0);
  assert_int_equal(cg_diags_warnings(d), 8);
  /* Line 4: the month of "2003-13-01" is at column 28. */
  const cg_diag *dg = cg_diags_get(d, 1);
  assert_int_equal(dg->line, 4);
  assert_int_equal(dg->column, 28);
  assert_string_equal(dg->message, "invalid date '2003-13-01': month 13 is out of range (kept "
                                   "undated)");
  assert_file(out_dir(tmp), "entities.csv",
              "id,kind,name,country,aliases\n"
              "ESA,entity,ESA,,\n"
              "NASA,entity,NASA,,\n"
              "C_te_d_Ivoire,entity,Côte d'Ivoire,,\n"
              "JAXA,entity,JAXA,,\n"
              "esa-2,entity,esa,,\n");
  assert_file(out_dir(tmp), "agreements.csv",
              "id,date,end,type,parties,title,source\n"
              "a1,2001-05,,launch_service,ESA;NASA,First,edges.csv\n"
              "a3.1,,,edge,NASA;C_te_d_Ivoire,bad date,edges.csv\n"
              "a3.2,,,edge,NASA;C_te_d_Ivoire,bad date,edges.csv\n"
              "a5.1,2005,,joint_mission,JAXA;ESA,end before,edges.csv\n"
              "a5.2,2005,,joint_mission,JAXA;ESA,end before,edges.csv\n"
              "a6,2006,,joint_mission,JAXA;esa-2,bad end,edges.csv\n"
              "a9,2009-02-03,2010,type,JAXA;NASA,odd type,edges.csv\n");
  assert_file(out_dir(tmp), "types.csv",
              "type,label,description\n"
              "edge,edge,\n"
              "launch_service,Launch Service,\n"
              "joint_mission,joint mission,\n"
              "type,?!,\n");
  assert_loads(out_dir(tmp), 5, 7);
  cg_diags_free(d);
  rmtree(tmp);
}

static void party_lists(void **state) {
  (void)state;
  char *tmp = make_tmp();
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.parties = "members";
  o.separator = '|';
  o.id = "code";
  o.date = "year";
  o.type_value = "Bilateral Treaty"; /* no type column: every row gets it */
  o.reference_value = "UNCTAD";
  o.kind_value = "Nation";
  cg_import_stats s;
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "parties.csv", out_dir(tmp), &s, d), CG_OK);
  assert_int_equal(s.rows, 7);
  assert_int_equal(s.rows_used, 5);
  assert_int_equal(s.issues[CG_IMPORT_DUPLICATE_ID], 2);
  assert_int_equal(s.issues[CG_IMPORT_DUPLICATE_PARTY], 1);
  assert_int_equal(s.issues[CG_IMPORT_EMPTY_PARTY], 1);
  assert_int_equal(s.issues[CG_IMPORT_TOO_FEW_PARTIES], 1);
  assert_int_equal(s.issues[CG_IMPORT_EMPTY_NAME], 1);
  assert_true(has_message(d, "duplicate id 't1' (first on line 2), written as 't1-3'"));
  assert_file(out_dir(tmp), "agreements.csv",
              "id,date,end,type,parties,title,source\n"
              "T1,1990,,bilateral_treaty,A;B,,UNCTAD\n"
              "T1-2,1995,,bilateral_treaty,B;C;A,,UNCTAD\n"
              "T2,2000,,bilateral_treaty,A;B,,UNCTAD\n"
              "T3,2001,,bilateral_treaty,A;C,,UNCTAD\n"
              "t1-3,2004,,bilateral_treaty,C;D,,UNCTAD\n");
  assert_file(out_dir(tmp), "entities.csv",
              "id,kind,name,country,aliases\n"
              "A,nation,A,,\nB,nation,B,,\nC,nation,C,,\nD,nation,D,,\n");
  assert_file(out_dir(tmp), "types.csv",
              "type,label,description\nbilateral_treaty,Bilateral Treaty,\n");
  assert_loads(out_dir(tmp), 4, 5);
  cg_diags_free(d);
  rmtree(tmp);
}

static void node_table(void **state) {
  (void)state;
  char *tmp = make_tmp();
  const char *names[] = {"Last", "First"};
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.source = "1";
  o.target = "2";
  o.weight = "weight";
  o.nodes = FX "nodes.csv";
  o.node_id = "ID";
  o.node_names = names;
  o.nnode_names = 2;
  o.node_kind = "Group";
  cg_import_stats s;
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "node-edges.csv", out_dir(tmp), &s, d), CG_OK);
  assert_int_equal(s.issues[CG_IMPORT_BAD_NODE], 2);
  assert_int_equal(s.issues[CG_IMPORT_UNKNOWN_NODE], 1);
  assert_int_equal(s.issues[CG_IMPORT_SELF_LOOP], 1);
  /* Every node of the table is an entity, used or not; node 9 is not in it. */
  assert_file(out_dir(tmp), "entities.csv",
              "id,kind,name,country,aliases\n"
              "1,science,\"Curie, Marie\",,\n"
              "2,science,\"Einstein, Albert\",,\n"
              "3,philosophy,\"Bergson, Henri\",,\n"
              "4,entity,4,,\n"
              "9,entity,9,,\n");
  assert_file(out_dir(tmp), "agreements.csv",
              "id,date,end,type,parties,title,source\n"
              "a1,,,edge,1;2,,node-edges.csv\n"
              "a2.1,,,edge,2;3,,node-edges.csv\n"
              "a2.2,,,edge,2;3,,node-edges.csv\n"
              "a2.3,,,edge,2;3,,node-edges.csv\n"
              "a3,,,edge,3;9,,node-edges.csv\n");
  assert_loads(out_dir(tmp), 5, 5);
  cg_diags_free(d);
  rmtree(tmp);
}

static void malformed_rows_are_skipped(void **state) {
  (void)state;
  char *tmp = make_tmp();
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.source = "a";
  o.target = "b";
  cg_import_stats s;
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "malformed.csv", out_dir(tmp), &s, d), CG_OK);
  assert_int_equal(s.rows, 3);
  assert_int_equal(s.rows_used, 2);
  assert_int_equal(s.issues[CG_IMPORT_MALFORMED], 1);
  assert_int_equal(cg_diags_errors(d), 1);
  assert_int_equal(cg_diags_get(d, 0)->line, 3);
  cg_diags_free(d);
  rmtree(tmp);
}

static void bad_options(void **state) {
  (void)state;
  static const struct {
    const char *source, *target, *parties;
    char sep;
    const char *nodes, *node_id;
  } cases[] = {
      {NULL, NULL, NULL, 0, NULL, NULL},         /* no columns */
      {"a", NULL, NULL, 0, NULL, NULL},          /* source alone */
      {"a", "b", "p", 0, NULL, NULL},            /* both forms */
      {NULL, NULL, "p", '"', NULL, NULL},        /* a quote as separator */
      {"a", "b", NULL, 0, FX "nodes.csv", NULL}, /* nodes without an id column */
      {"a", "b", NULL, 0, NULL, "Id"},           /* an id column without nodes */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    cg_import_options o = CG_IMPORT_OPTIONS_INIT;
    o.source = cases[i].source;
    o.target = cases[i].target;
    o.parties = cases[i].parties;
    o.separator = cases[i].sep;
    o.nodes = cases[i].nodes;
    o.node_id = cases[i].node_id;
    cg_diags *d = cg_diags_new(0);
    assert_int_equal(run(&o, FX "edges.csv", "/tmp/cg-import-never", NULL, d), CG_ERR_ARG);
    assert_int_equal(cg_diags_errors(d), 1);
    cg_diags_free(d);
  }
  struct stat sb;
  assert_int_not_equal(stat("/tmp/cg-import-never", &sb), 0);
}

static void unknown_columns(void **state) {
  (void)state;
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.source = "Sorce";
  o.target = "8"; /* there are 7 columns */
  o.date = "nothing like it";
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "edges.csv", "/tmp/cg-import-never", NULL, d), CG_ERR_DATA);
  assert_int_equal(cg_diags_errors(d), 3);
  const cg_diag *dg = cg_diags_get(d, 0);
  assert_int_equal(dg->line, 1);
  assert_string_equal(dg->message, "--source: no column 'Sorce'; did you mean 'Source'?");
  assert_string_equal(cg_diags_get(d, 1)->message,
                      "--target: there is no column 8: the header has 7 columns");
  assert_string_equal(cg_diags_get(d, 2)->message,
                      "--date: no column 'nothing like it' (the columns are 'Source', "
                      "'Target', 'Kind', 'Signed', 'Ends', 'Weight', 'Name')");
  cg_diags_free(d);
  struct stat sb;
  assert_int_not_equal(stat("/tmp/cg-import-never", &sb), 0);
}

static void nothing_usable(void **state) {
  (void)state;
  char *tmp = make_tmp();
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.source = "a";
  o.target = "b";
  cg_import_stats s;
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "unusable.csv", out_dir(tmp), &s, d), CG_ERR_DATA);
  assert_int_equal(s.rows, 2);
  assert_int_equal(s.rows_used, 0);
  assert_true(has_message(d, "nothing to import: none of the 2 rows gave an agreement"));
  struct stat sb;
  assert_int_not_equal(stat(out_dir(tmp), &sb), 0); /* nothing created */
  /* A missing input is an I/O error. */
  assert_int_equal(run(&o, FX "no-such-file.csv", out_dir(tmp), &s, d), CG_ERR_IO);
  cg_diags_free(d);
  rmtree(tmp);
}

static void output_directory(void **state) {
  (void)state;
  char *tmp = make_tmp();
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  o.parties = "members";
  o.separator = '|';
  cg_diags *d = cg_diags_new(0);
  assert_int_equal(run(&o, FX "parties.csv", out_dir(tmp), NULL, d), CG_OK);
  char *first = slurp(out_dir(tmp), "agreements.csv");
  /* Not empty now: refused, files untouched; --force overwrites, keeps others. */
  o.type_value = "other";
  char path[1024];
  snprintf(path, sizeof path, "%s/other.txt", out_dir(tmp));
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs("keep me\n", f);
  fclose(f);
  assert_int_equal(run(&o, FX "parties.csv", out_dir(tmp), NULL, d), CG_ERR_IO);
  assert_true(has_message(d, "not empty (it holds 4 entries, such as 'agreements.csv')"));
  char *again = slurp(out_dir(tmp), "agreements.csv");
  assert_string_equal(first, again);
  free(again);
  o.force = 1;
  assert_int_equal(run(&o, FX "parties.csv", out_dir(tmp), NULL, d), CG_OK);
  again = slurp(out_dir(tmp), "agreements.csv");
  assert_true(strstr(again, ",other,") != NULL);
  free(again);
  assert_file(out_dir(tmp), "other.txt", "keep me\n");
  /* The same input gives the same bytes. */
  o.type_value = NULL;
  assert_int_equal(run(&o, FX "parties.csv", out_dir(tmp), NULL, d), CG_OK);
  again = slurp(out_dir(tmp), "agreements.csv");
  assert_string_equal(first, again);
  free(again);
  free(first);
  cg_diags_free(d);
  rmtree(tmp);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(edge_list),      cmocka_unit_test(party_lists),
      cmocka_unit_test(node_table),     cmocka_unit_test(malformed_rows_are_skipped),
      cmocka_unit_test(bad_options),    cmocka_unit_test(unknown_columns),
      cmocka_unit_test(nothing_usable), cmocka_unit_test(output_directory),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
