/*
 * test_writer.c - unit tests of the dataset writer (writer.h): the schema's
 * names, the directory policies, all-or-nothing writes that leave nothing
 * behind when they fail, appends that keep the existing bytes, and the
 * row-by-row writer.
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

#include <coopgraph/coopgraph.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[64];
static char path[512];

/* root/name */
static const char *at(const char *name) {
  snprintf(path, sizeof path, "%s/%s", root, name);
  return path;
}

static void put(const char *name, const char *text) {
  FILE *f = fopen(at(name), "wb");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
}

/* The file's bytes (static buffer), or NULL when it cannot be read. */
static const char *slurp(const char *name) {
  static char buf[4096];
  FILE *f = fopen(at(name), "rb");
  if (!f) return NULL;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  return buf;
}

/* The entries of root/name (hidden ones too), sorted, space-separated. */
static const char *listing(const char *name) {
  static char out[1024];
  char names[32][256];
  size_t n = 0;
  DIR *d = opendir(at(name));
  out[0] = '\0';
  if (!d) return "(none)";
  struct dirent *de;
  while ((de = readdir(d)) != NULL && n < 32)
    if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
      snprintf(names[n++], sizeof names[0], "%s", de->d_name);
  closedir(d);
  for (size_t i = 0; i < n; i++)
    for (size_t j = i + 1; j < n; j++)
      if (strcmp(names[j], names[i]) < 0) {
        char t[256];
        memcpy(t, names[i], sizeof t);
        memcpy(names[i], names[j], sizeof t);
        memcpy(names[j], t, sizeof t);
      }
  for (size_t i = 0; i < n; i++) {
    if (i) strcat(out, " ");
    strcat(out, names[i]);
  }
  return out;
}

static int setup(void **state) {
  (void)state;
  snprintf(root, sizeof root, "/tmp/test_writer.XXXXXX");
  return mkdtemp(root) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
  return system(cmd) == 0 ? 0 : -1;
}

static void test_schema(void **state) {
  (void)state;
  size_t n;
  assert_string_equal(cg_table_file(CG_TABLE_ENTITIES), "entities.csv");
  assert_string_equal(cg_table_file(CG_TABLE_AGREEMENTS), "agreements.csv");
  assert_string_equal(cg_table_file(CG_TABLE_TYPES), "types.csv");
  const char *const *c = cg_table_columns(CG_TABLE_ENTITIES, &n);
  assert_int_equal(n, 5);
  assert_string_equal(c[4], "aliases");
  assert_null(c[5]);
  c = cg_table_columns(CG_TABLE_AGREEMENTS, &n);
  assert_int_equal(n, 7);
  assert_string_equal(c[4], "parties");
  c = cg_table_columns(CG_TABLE_TYPES, &n);
  assert_int_equal(n, 3);
  assert_string_equal(c[0], "type");
  cg_buf b = CG_BUF_INIT;
  const char *row[3] = {"a", "b,c", NULL};
  assert_int_equal(cg_write_row(&b, row, 3), CG_OK);
  assert_string_equal(cg_buf_str(&b), "a,\"b,c\",\n");
  cg_buf_free(&b);
}

static void test_single_file(void **state) {
  (void)state;
  char msg[CG_MSG_SIZE];
  assert_int_equal(cg_write_file(at("one.txt"), "hello\n", 6, msg, sizeof msg), CG_OK);
  assert_string_equal(msg, "");
  assert_string_equal(slurp("one.txt"), "hello\n");
  assert_int_equal(cg_write_file(at("one.txt"), "bye\n", 4, msg, sizeof msg), CG_OK);
  assert_string_equal(slurp("one.txt"), "bye\n");
  /* Failures leave the target as it was and no temporary file. */
  assert_int_equal(cg_write_file(at("missing/x.txt"), "x", 1, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "cannot write '"));
  assert_int_equal(mkdir(at("adir"), 0777), 0);
  assert_int_equal(cg_write_file(at("adir"), "x", 1, msg, sizeof msg), CG_ERR_IO);
  assert_string_equal(listing("."), "adir one.txt");
  assert_string_equal(listing("adir"), "");
}

static void test_policies(void **state) {
  (void)state;
  char msg[CG_MSG_SIZE];
  cg_buf a = CG_BUF_INIT, b = CG_BUF_INIT;
  cg_buf_puts(&a, "A\n");
  cg_buf_puts(&b, "B\n");
  const char *names[2] = {"a.txt", "b.txt"};
  const cg_buf *data[2] = {&a, &b};
  char dir[512];
  snprintf(dir, sizeof dir, "%s", at("p"));

  /* EMPTY: a missing directory is created; one holding anything is refused. */
  cg_dir_options empty = {CG_DIR_EMPTY, 0, NULL, NULL};
  assert_int_equal(cg_write_files(dir, &empty, names, data, 2, msg, sizeof msg), CG_OK);
  assert_string_equal(listing("p"), "a.txt b.txt");
  assert_int_equal(cg_write_check_dir(dir, &empty, names, 2, msg, sizeof msg), CG_ERR_IO);
  assert_int_equal(cg_write_files(dir, &empty, names, data, 2, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "is not empty (it holds 2 entries, such as 'a.txt')"));
  assert_non_null(strstr(msg, "--force to write a.txt and b.txt"));

  /* NO_CLOBBER: other files are fine, the ones to write are not. */
  cg_dir_options noclobber = {CG_DIR_NO_CLOBBER, 0, NULL, NULL};
  const char *other[1] = {"c.txt"};
  assert_int_equal(cg_write_files(dir, &noclobber, other, data, 1, msg, sizeof msg), CG_OK);
  assert_int_equal(cg_write_files(dir, &noclobber, names, data, 2, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "already holds a.txt (use --force to overwrite)"));

  /* OURS: only listed names may be there. */
  const char *ours[] = {"a.txt", "b.txt", NULL};
  cg_dir_options mine = {CG_DIR_OURS, 0, ours, "the test"};
  assert_int_equal(cg_write_files(dir, &mine, names, data, 2, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "holds 1 file that the test does not write (such as 'c.txt')"));
  assert_int_equal(remove(at("p/c.txt")), 0);
  assert_int_equal(cg_write_files(dir, &mine, names, data, 2, msg, sizeof msg), CG_OK);

  /* FORCE: overwrites, keeps other files. */
  put("p/keep.txt", "keep\n");
  cg_dir_options force = {CG_DIR_FORCE, 0, NULL, NULL};
  const cg_buf *swapped[2] = {&b, &a};
  assert_int_equal(cg_write_files(dir, &force, names, swapped, 2, msg, sizeof msg), CG_OK);
  assert_string_equal(slurp("p/a.txt"), "B\n");
  assert_string_equal(slurp("p/keep.txt"), "keep\n");
  assert_string_equal(listing("p"), "a.txt b.txt keep.txt");

  /* Missing parents: refused, unless asked to create them. */
  snprintf(dir, sizeof dir, "%s", at("q/r/s"));
  assert_int_equal(cg_write_check_dir(dir, &empty, names, 2, msg, sizeof msg), CG_ERR_IO);
  assert_int_equal(cg_write_files(dir, &empty, names, data, 2, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "cannot create directory"));
  cg_dir_options parents = {CG_DIR_EMPTY, 1, NULL, NULL};
  assert_int_equal(cg_write_check_dir(dir, &parents, names, 2, msg, sizeof msg), CG_OK);
  assert_int_equal(cg_write_files(dir, &parents, names, data, 2, msg, sizeof msg), CG_OK);
  assert_string_equal(listing("q/r/s"), "a.txt b.txt");

  /* Not a directory. */
  assert_int_equal(cg_write_files(at("p/a.txt"), &force, names, data, 2, msg, sizeof msg),
                   CG_ERR_IO);
  assert_non_null(strstr(msg, "exists and is not a directory"));
  cg_buf_free(&a);
  cg_buf_free(&b);
}

/* A failed write of several files writes none of them and leaves no temporary file. */
static void test_all_or_nothing(void **state) {
  (void)state;
  char msg[CG_MSG_SIZE];
  cg_buf a = CG_BUF_INIT, bad = CG_BUF_INIT;
  cg_buf_puts(&a, "A\n");
  bad.failed = 1; /* an append that ran out of memory */
  const char *names[2] = {"a.txt", "b.txt"};
  const cg_buf *data[2] = {&a, &bad};
  assert_int_equal(mkdir(at("n"), 0777), 0);
  cg_dir_options force = {CG_DIR_FORCE, 0, NULL, NULL};
  char dir[512];
  snprintf(dir, sizeof dir, "%s", at("n"));
  assert_int_equal(cg_write_files(dir, &force, names, data, 2, msg, sizeof msg), CG_ERR_NOMEM);
  assert_string_equal(listing("n"), "");
  /* The second target is a directory: the first file is not written either. */
  assert_int_equal(mkdir(at("n/b.txt"), 0777), 0);
  cg_buf b = CG_BUF_INIT;
  cg_buf_puts(&b, "B\n");
  data[1] = &b;
  assert_int_equal(cg_write_files(dir, &force, names, data, 2, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "b.txt"));
  assert_string_equal(listing("n"), "b.txt");
  cg_buf_free(&a);
  cg_buf_free(&b);
}

static void test_append(void **state) {
  (void)state;
  char msg[CG_MSG_SIZE];
  assert_int_equal(mkdir(at("d"), 0777), 0);
  /* No final LF, and bytes a rewrite would normalise (CRLF, quotes). */
  put("d/entities.csv", "id,kind,name,country,aliases\r\nE1,agency,\"One\",,\r\nE2,agency,Two,,");
  put("d/agreements.csv", "id,date,end,type,parties,title,source\nA1,2001,,mou,E1;E2,,s.txt\n");
  cg_buf e = CG_BUF_INIT, ag = CG_BUF_INIT, none = CG_BUF_INIT, t = CG_BUF_INIT;
  const char *row_e[5] = {"E3", "agency", "Three, Inc.", "", ""};
  cg_write_row(&e, row_e, 5);
  const char *row_a[7] = {"A2", "2002", "", "mou", "E1;E3", "", "t.txt"};
  cg_write_row(&ag, row_a, 7);
  const char *row_t[3] = {"mou", "memorandum", ""};
  cg_write_row(&t, row_t, 3);
  char dir[512];
  snprintf(dir, sizeof dir, "%s", at("d"));
  const cg_buf *tables[CG_NTABLES] = {&e, &ag, &none};
  assert_int_equal(cg_write_append(dir, tables, msg, sizeof msg), CG_OK);
  assert_string_equal(slurp("d/entities.csv"),
                      "id,kind,name,country,aliases\r\nE1,agency,\"One\",,\r\nE2,agency,Two,,\n"
                      "E3,agency,\"Three, Inc.\",,\n");
  assert_string_equal(slurp("d/agreements.csv"),
                      "id,date,end,type,parties,title,source\nA1,2001,,mou,E1;E2,,s.txt\n"
                      "A2,2002,,mou,E1;E3,,t.txt\n");
  assert_string_equal(listing("d"), "agreements.csv entities.csv"); /* no types.csv: none given */
  /* A missing types.csv is created with its header. */
  const cg_buf *types_only[CG_NTABLES] = {NULL, NULL, &t};
  assert_int_equal(cg_write_append(dir, types_only, msg, sizeof msg), CG_OK);
  assert_string_equal(slurp("d/types.csv"), "type,label,description\nmou,memorandum,\n");
  /* A missing agreements.csv: an error, and entities.csv is left as it was. */
  assert_int_equal(remove(at("d/agreements.csv")), 0);
  char before[4096];
  snprintf(before, sizeof before, "%s", slurp("d/entities.csv"));
  assert_int_equal(cg_write_append(dir, tables, msg, sizeof msg), CG_ERR_IO);
  assert_non_null(strstr(msg, "agreements.csv"));
  assert_string_equal(slurp("d/entities.csv"), before);
  assert_string_equal(listing("d"), "entities.csv types.csv");
  cg_buf_free(&e);
  cg_buf_free(&ag);
  cg_buf_free(&t);
}

static void test_row_writer(void **state) {
  (void)state;
  char msg[CG_MSG_SIZE];
  char dir[512];
  snprintf(dir, sizeof dir, "%s", at("w"));
  cg_writer *w;
  const char *extra[1] = {"note"};
  assert_int_equal(cg_writer_open(&w, dir, NULL, extra, 1, msg, sizeof msg), CG_OK);
  const char *row_e[5] = {"E1", "agency", "One", "", ""};
  cg_writer_row(w, CG_TABLE_ENTITIES, row_e, 5);
  cg_buf_puts(cg_writer_buf(w, CG_TABLE_TYPES), "mou,memorandum,\n");
  cg_writer_spill(w, CG_TABLE_TYPES);
  /* Nothing is in place before the commit. */
  assert_null(slurp("w/entities.csv"));
  assert_int_equal(cg_writer_commit(w, msg, sizeof msg), CG_OK);
  cg_writer_free(w);
  assert_string_equal(slurp("w/entities.csv"), "id,kind,name,country,aliases\nE1,agency,One,,\n");
  assert_string_equal(slurp("w/agreements.csv"), "id,date,end,type,parties,title,source,note\n");
  assert_string_equal(slurp("w/types.csv"), "type,label,description\nmou,memorandum,\n");
  /* The default policy refuses to overwrite; a writer freed uncommitted leaves nothing. */
  assert_int_equal(cg_writer_open(&w, dir, NULL, NULL, 0, msg, sizeof msg), CG_ERR_IO);
  assert_null(w);
  snprintf(dir, sizeof dir, "%s", at("w2"));
  assert_int_equal(cg_writer_open(&w, dir, NULL, NULL, 0, msg, sizeof msg), CG_OK);
  cg_writer_row(w, CG_TABLE_ENTITIES, row_e, 5);
  cg_writer_free(w);
  assert_string_equal(listing("w2"), "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_schema),
      cmocka_unit_test_setup_teardown(test_single_file, setup, teardown),
      cmocka_unit_test_setup_teardown(test_policies, setup, teardown),
      cmocka_unit_test_setup_teardown(test_all_or_nothing, setup, teardown),
      cmocka_unit_test_setup_teardown(test_append, setup, teardown),
      cmocka_unit_test_setup_teardown(test_row_writer, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
