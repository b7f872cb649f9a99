/*
 * fuzz_load.c - fuzz target of the whole dataset loader
 * (cg_dataset_load_files on files in memory).
 *
 * Input: one byte of flags, then entities.csv, agreements.csv and optionally
 * types.csv, separated by a line holding only a form feed ("\f\n"). Bit 0
 * of the flags drops types.csv even when given; the other bits choose the
 * filter of the view the dataset walk builds (common.c). A failed load must
 * say why in the diagnostics; a successful one must keep every promise of
 * the dataset API, and the view, the partnership graph, the queries and
 * (on small graphs) centrality and communities must run on it.
 *
 * Every input is loaded twice: by one thread, and with agreements.csv split
 * between two threads however small it is (split_min 1). Both must give the
 * same status, the same messages in the same order and the same agreements.
 */
#include "common.h"

#include <string.h>

static int same_date(cg_date a, cg_date b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.precision == b.precision;
}

static void same_agreement(const cg_agreement *a, const cg_agreement *b) {
  FUZZ_CHECK(strcmp(a->id, b->id) == 0 && strcmp(a->title, b->title) == 0 &&
             strcmp(a->source, b->source) == 0);
  FUZZ_CHECK(a->line == b->line && a->type == b->type && a->nparties == b->nparties);
  FUZZ_CHECK(same_date(a->date, b->date) && same_date(a->end, b->end));
  FUZZ_CHECK(memcmp(a->parties, b->parties, a->nparties * sizeof *a->parties) == 0);
}

/* Loads the input again in two threads and compares with the one-thread load. */
static void compare_split(const cg_file *parts, int with_types, cg_status st,
                          const cg_dataset *ds, const cg_diags *diags) {
  cg_load_options opts = fuzz_load_options();
  opts.split_min = 1;
  cg_diags *d2 = cg_diags_new(opts.max_errors);
  FUZZ_CHECK(d2 != NULL);
  cg_dataset *ds2 = NULL;
  cg_status st2 = cg_dataset_load_files(&ds2, "fuzz", &parts[0], &parts[1],
                                        with_types ? &parts[2] : NULL, &opts, d2);
  FUZZ_CHECK(st2 == st);
  FUZZ_CHECK(cg_diags_errors(d2) == cg_diags_errors(diags) &&
             cg_diags_warnings(d2) == cg_diags_warnings(diags) &&
             cg_diags_kept(d2) == cg_diags_kept(diags));
  for (size_t i = 0; i < cg_diags_kept(diags); i++) {
    char a[512], b[512];
    cg_diag_format(cg_diags_get(diags, i), a, sizeof a);
    cg_diag_format(cg_diags_get(d2, i), b, sizeof b);
    FUZZ_CHECK(strcmp(a, b) == 0);
  }
  if (ds) {
    FUZZ_CHECK(ds2 && cg_dataset_nagreements(ds2) == cg_dataset_nagreements(ds));
    for (size_t i = 0; i < cg_dataset_nagreements(ds); i++)
      same_agreement(cg_dataset_agreement(ds, i), cg_dataset_agreement(ds2, i));
  }
  cg_dataset_free(ds2);
  cg_diags_free(d2);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  unsigned flags = data[0];
  cg_file parts[3] = {{"entities.csv", NULL, 0}, {"agreements.csv", NULL, 0},
                      {"types.csv", NULL, 0}};
  size_t n = fuzz_split((const char *)data + 1, size - 1, parts, 3);
  /* An empty part still has a non-NULL pointer: in memory, never read from disk. */
  for (size_t i = n; i < 3; i++)
    parts[i].data = "";
  int with_types = n == 3 && !(flags & 1);
  cg_load_options opts = fuzz_load_options();
  cg_diags *diags = cg_diags_new(opts.max_errors);
  FUZZ_CHECK(diags != NULL);
  cg_dataset *ds = NULL;
  opts.split_min = SIZE_MAX;
  cg_status st = cg_dataset_load_files(&ds, "fuzz", &parts[0], &parts[1],
                                       with_types ? &parts[2] : NULL, &opts, diags);
  compare_split(parts, with_types, st, ds, diags);
  if (st == CG_OK) {
    FUZZ_CHECK(ds != NULL && cg_diags_errors(diags) == 0);
    fuzz_exercise_dataset(ds, flags);
    cg_dataset_free(ds);
  } else {
    FUZZ_CHECK(ds == NULL && st != CG_ERR_NOMEM);
    FUZZ_CHECK(cg_diags_errors(diags) > 0);
  }
  for (size_t i = 0; i < cg_diags_kept(diags); i++) {
    char buf[512];
    cg_diag_format(cg_diags_get(diags, i), buf, sizeof buf);
  }
  cg_diags_free(diags);
  return 0;
}
