/*
 * fuzz_dot.c - fuzz target of the DOT dataset reader (cg_dataset_load_dot).
 *
 * Input: the DOT text, whole, except text with an edge to or from a
 * subgraph (see subgraph_edge). A failed load must say why in the
 * diagnostics; a dataset that loads must keep every promise of the dataset
 * API and go through the same walk as fuzz_load's (common.c), with the
 * filter chosen by the input's length.
 *
 * Built only when engine/data/load_dot.c exists (tests/fuzz/fuzz.cmake).
 */
#include "common.h"

#include <string.h>

/* Declared here as well as in the library's header, so this file builds on its own. */
cg_status cg_dataset_load_dot(cg_dataset **out, const cg_file *file, const cg_load_options *opts,
                              cg_diags *diags);

static int space(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\\';
}

static int word_at(const uint8_t *d, size_t n, size_t i, const char *w) {
  size_t k = strlen(w);
  if (i + k > n) return 0;
  for (size_t j = 0; j < k; j++)
    if ((d[i + j] | 0x20) != w[j]) return 0;
  return 1;
}

/*
 * Graphviz's reader turns an edge with a subgraph end into every pair
 * (`{a b} -- {c d}` is four edges, and a line `subgraph s -- subgraph s`
 * repeated is N^2 edges a line), so a few KB ask Graphviz, before coopgraph
 * sees the graph, for millions of edges: time and memory spent in Graphviz's
 * own reader, which the fuzzer reports as a timeout or out-of-memory in code
 * that is not ours. Such inputs are skipped; coopgraph's bound on what
 * Graphviz built (the edge limit) is tested in test_load_dot and hostile.sh.
 * Conservative: a comment or anything unclear next to an edge operator counts.
 */
static int subgraph_edge(const uint8_t *d, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (d[i] != '-' || (d[i + 1] != '-' && d[i + 1] != '>')) continue;
    size_t r = i + 2;
    while (r < n && space(d[r]))
      r++;
    if (r < n && (d[r] == '{' || d[r] == '/' || d[r] == '#' || word_at(d, n, r, "subgraph")))
      return 1;
    size_t l = i;
    while (l > 0 && space(d[l - 1]))
      l--;
    if (l > 0 && (d[l - 1] == '}' || d[l - 1] == '/')) return 1;
    /* `subgraph NAME --`: the word before the end's name. */
    while (l > 0 && !space(d[l - 1]) && d[l - 1] != ';' && d[l - 1] != '{')
      l--;
    while (l > 0 && space(d[l - 1]))
      l--;
    if (l >= 8 && word_at(d, n, l - 8, "subgraph")) return 1;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (subgraph_edge(data, size)) return 0;
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
