/*
 * fuzz_render.c - fuzz target of the DOT writer (cg_render_dot).
 *
 * Input: as fuzz_load (a flags byte, then the dataset's files). A dataset
 * that loads is drawn as DOT, one edge per partner pair or (flags bit 0)
 * one per agreement, with or without the legend (bit 1); cgraph must read
 * the text back with one node per entity drawn and one edge per pair or per
 * agreement-pair, every entity's name intact, and a second rendering must
 * give the same bytes.
 */
#include "common.h"

#include <coopgraph/filter.h>
#include <coopgraph/graph.h>
#include <coopgraph/render.h>

#include <graphviz/cgraph.h>

#include <string.h>

/*
 * What DOT can hold (render.c's put_dot_safe): a space after a backslash before
 * '"', newline or end, and one before a leading run of spaces then U+FEFF.
 */
static void dot_safe(const char *s, cg_buf *out) {
  cg_buf_clear(out);
  size_t sp = strspn(s, " ");
  if (strncmp(s + sp, "\xEF\xBB\xBF", 3) == 0) cg_buf_putc(out, ' ');
  for (size_t i = 0; s[i]; i++) {
    cg_buf_putc(out, s[i]);
    if (s[i] == '\\' && (!s[i + 1] || s[i + 1] == '\n' || s[i + 1] == '"')) cg_buf_putc(out, ' ');
  }
}

static void check_dot(const cg_pgraph *g, unsigned flags) {
  const cg_view *v = cg_pgraph_view(g);
  const cg_dataset *ds = cg_view_dataset(v);
  cg_render_options o = CG_RENDER_OPTIONS_INIT;
  o.multi = flags & 1;
  o.no_legend = (flags >> 1) & 1;
  cg_buf out = CG_BUF_INIT, again = CG_BUF_INIT, tmp = CG_BUF_INIT;
  char msg[256];
  FUZZ_CHECK(cg_render_dot(g, &o, &out, msg, sizeof msg) == CG_OK);
  FUZZ_CHECK(cg_render_dot(g, &o, &again, msg, sizeof msg) == CG_OK);
  FUZZ_CHECK(out.len == again.len && memcmp(out.data, again.data, out.len) == 0);

  Agraph_t *ag = agmemread(cg_buf_str(&out));
  FUZZ_CHECK(ag != NULL);
  size_t nv = cg_pgraph_nvertices(g), want_edges = 0;
  for (size_t e = 0; e < cg_pgraph_nedges(g); e++) {
    size_t cnt;
    cg_pgraph_edge_agreements(g, e, &cnt);
    want_edges += o.multi ? cnt : 1;
  }
  FUZZ_CHECK((size_t)agnnodes(ag) == nv); /* the legend is the graph's label */
  const char *label = agget(ag, "label");
  FUZZ_CHECK(!o.no_legend == (label && strstr(label, "<TABLE") != NULL));
  FUZZ_CHECK((size_t)agnedges(ag) == want_edges);
  for (size_t i = 0; i < nv; i++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)cg_pgraph_entity(g, i));
    Agnode_t *node = agnode(ag, (char *)en->id, 0);
    FUZZ_CHECK(node != NULL);
    /* No entity with a name: the attribute is never declared. */
    const char *name = agget(node, "name");
    dot_safe(en->name, &tmp);
    FUZZ_CHECK(strcmp(name ? name : "", cg_buf_str(&tmp)) == 0);
  }
  agclose(ag);
  cg_buf_free(&out);
  cg_buf_free(&again);
  cg_buf_free(&tmp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  unsigned flags = data[0];
  cg_file parts[3] = {{"entities.csv", NULL, 0}, {"agreements.csv", NULL, 0},
                      {"types.csv", NULL, 0}};
  size_t n = fuzz_split((const char *)data + 1, size - 1, parts, 3);
  for (size_t i = n; i < 3; i++)
    parts[i].data = "";
  cg_load_options opts = fuzz_load_options();
  cg_diags *diags = cg_diags_new(opts.max_errors);
  FUZZ_CHECK(diags != NULL);
  cg_dataset *ds = NULL;
  if (cg_dataset_load_files(&ds, "fuzz", &parts[0], &parts[1], n == 3 ? &parts[2] : NULL, &opts,
                            diags) == CG_OK) {
    cg_filter f;
    cg_filter_init(&f);
    f.multilateral = (flags >> 2) & 1 ? CG_MULTI_SKIP : CG_MULTI_CLIQUE;
    f.by_nation = (flags >> 3) & 1;
    cg_view *v = NULL;
    cg_pgraph *g = NULL;
    FUZZ_CHECK(cg_view_new(&v, ds, &f) == CG_OK && cg_pgraph_new(&g, v) == CG_OK);
    check_dot(g, flags);
    cg_pgraph_free(g);
    cg_view_free(v);
    cg_dataset_free(ds);
  }
  cg_diags_free(diags);
  return 0;
}
