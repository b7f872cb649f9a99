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
 */
#include "common.h"

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
  cg_status st = cg_dataset_load_files(&ds, "fuzz", &parts[0], &parts[1],
                                       with_types ? &parts[2] : NULL, &opts, diags);
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
