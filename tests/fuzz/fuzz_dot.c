/*
 * fuzz_dot.c - fuzz target of the DOT dataset reader (cg_dataset_load_dot).
 *
 * Input: the DOT text, whole. A failed load must say why in the
 * diagnostics; a dataset that loads must keep every promise of the dataset
 * API and go through the same walk as fuzz_load's (common.c), with the
 * filter chosen by the input's length.
 *
 * Built only when engine/data/load_dot.c exists (tests/fuzz/fuzz.cmake).
 */
#include "common.h"

/* Declared here as well as in the library's header, so this file builds on its own. */
cg_status cg_dataset_load_dot(cg_dataset **out, const cg_file *file, const cg_load_options *opts,
                              cg_diags *diags);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  cg_file file = {"fuzz.dot", size ? (const char *)data : "", size};
  cg_load_options opts = fuzz_load_options();
  cg_diags *diags = cg_diags_new(opts.max_errors);
  FUZZ_CHECK(diags != NULL);
  cg_dataset *ds = NULL;
  cg_status st = cg_dataset_load_dot(&ds, &file, &opts, diags);
  if (st == CG_OK) {
    FUZZ_CHECK(ds != NULL && cg_diags_errors(diags) == 0);
    fuzz_exercise_dataset(ds, (unsigned)size);
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
