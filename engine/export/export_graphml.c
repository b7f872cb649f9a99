/*
 * export_graphml.c - the view as GraphML, written by igraph's GraphML
 * writer from a multigraph carrying string attributes (see export.h).
 *
 * igraph keeps attributes only while an attribute handler is installed, and
 * the handler is process-wide: the C handler is installed for this call only
 * and the previous one put back before returning, so the rest of the library
 * (which uses plain attribute-less graphs) behaves as before.
 *
 * igraph 0.10 escapes & < > " ' but refuses a control character (the call
 * fails, after writing half a file) and writes a CR as is, which XML readers
 * read as LF; so every string goes through cg_xml_clean first.
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include "export/export_internal.h"
#include "analysis/graph_internal.h"

#include <stdio.h>
#include <stdlib.h>

/* Edge attribute names of ours; an extra column with one of these names gets "extra_". */
static const char *const EDGE_ATTRS[] = {
    "key",    "agreement",       "type", "date", "end", "title", "source",
    "weight", "pair_agreements", NULL};

typedef struct writer {
  const cg_xgraph *x;
  igraph_t g;
  cg_buf clean, tmp;
} writer;

/* Sets string attribute `name` of vertex or edge i to s, cleaned for XML. */
static igraph_error_t set_str(writer *w, int edge, const char *name, igraph_integer_t i,
                              const char *s) {
  cg_buf_clear(&w->clean);
  cg_xml_clean(&w->clean, s, 1);
  if (cg_buf_status(&w->clean)) return IGRAPH_ENOMEM;
  return edge ? SETEAS(&w->g, name, i, cg_buf_str(&w->clean))
              : SETVAS(&w->g, name, i, cg_buf_str(&w->clean));
}

static igraph_error_t set_nodes(writer *w) {
  const cg_xgraph *x = w->x;
  igraph_error_t err = IGRAPH_SUCCESS;
  for (size_t i = 0; i < x->nnodes && !err; i++) {
    const cg_entity *en = cg_dataset_entity(x->ds, (size_t)x->nodes[i]);
    igraph_integer_t v = (igraph_integer_t)i;
    cg_buf_clear(&w->tmp);
    cg_xgraph_aliases(en, "|", &w->tmp);
    if (cg_buf_status(&w->tmp)) return IGRAPH_ENOMEM;
    if (!err) err = set_str(w, 0, "id", v, en->id);
    if (!err) err = set_str(w, 0, "kind", v, en->kind);
    if (!err) err = set_str(w, 0, "name", v, en->name);
    if (!err) err = set_str(w, 0, "country", v, cg_xgraph_country(x, en));
    if (!err) err = set_str(w, 0, "aliases", v, cg_buf_str(&w->tmp));
  }
  return err;
}

static igraph_error_t set_edges(writer *w) {
  const cg_xgraph *x = w->x;
  igraph_error_t err = IGRAPH_SUCCESS;
  for (size_t i = 0; i < x->nedges && !err; i++) {
    const cg_xedge *e = &x->edges[i];
    const cg_agreement *a = cg_dataset_agreement(x->ds, (size_t)e->agr);
    igraph_integer_t id = (igraph_integer_t)i;
    char d[11];
    cg_buf_clear(&w->tmp);
    cg_xgraph_key(x, e, &w->tmp);
    if (cg_buf_status(&w->tmp)) return IGRAPH_ENOMEM;
    if (!err) err = set_str(w, 1, "key", id, cg_buf_str(&w->tmp));
    if (!err) err = set_str(w, 1, "agreement", id, a->id);
    if (!err) err = set_str(w, 1, "type", id, cg_dataset_type(x->ds, (size_t)a->type)->id);
    if (!err) err = set_str(w, 1, "date", id, cg_date_format(a->date, d));
    if (!err) err = set_str(w, 1, "end", id, cg_date_format(a->end, d));
    if (!err) err = set_str(w, 1, "title", id, a->title);
    if (!err) err = set_str(w, 1, "source", id, a->source);
    if (!err) err = SETEAN(&w->g, "weight", id, 1.0);
    if (!err) err = SETEAN(&w->g, "pair_agreements", id, (double)e->weight);
    for (size_t c = 0; c < cg_dataset_nextra(x->ds) && !err; c++) {
      cg_buf_clear(&w->tmp);
      cg_xml_clean(&w->tmp, x->extra[c], 1);
      if (cg_buf_status(&w->tmp)) return IGRAPH_ENOMEM;
      err =
          set_str(w, 1, cg_buf_str(&w->tmp), id, cg_dataset_extra_value(x->ds, (size_t)e->agr, c));
    }
  }
  return err;
}

/* Builds the attributed igraph graph in w->g (destroyed by the caller when built). */
static igraph_error_t build(writer *w, int *built) {
  const cg_xgraph *x = w->x;
  igraph_vector_int_t ends;
  igraph_error_t err = igraph_vector_int_init(&ends, (igraph_integer_t)(2 * x->nedges));
  if (err) return err;
  for (size_t i = 0; i < x->nedges; i++) {
    VECTOR(ends)[2 * i] = (igraph_integer_t)x->edges[i].u;
    VECTOR(ends)[2 * i + 1] = (igraph_integer_t)x->edges[i].v;
  }
  err = igraph_create(&w->g, &ends, (igraph_integer_t)x->nnodes, IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy(&ends);
  if (err) return err;
  *built = 1;
  cg_buf_clear(&w->clean);
  cg_xml_clean(&w->clean, cg_xgraph_dataset_name(x), 1);
  err = cg_buf_status(&w->clean) ? IGRAPH_ENOMEM : SETGAS(&w->g, "dataset", cg_buf_str(&w->clean));
  if (!err) err = set_nodes(w);
  if (!err) err = set_edges(w);
  return err;
}

/* Runs igraph's writer into a memory stream and appends its bytes to out. */
static igraph_error_t write_xml(writer *w, cg_buf *out) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (!f) return IGRAPH_ENOMEM;
  igraph_error_t err = igraph_write_graph_graphml(&w->g, f, /* prefixattr: g_, v_, e_ key ids */ 1);
  if (fclose(f) != 0 && !err) err = IGRAPH_ENOMEM;
  if (!err && cg_buf_append(out, text, len)) err = IGRAPH_ENOMEM;
  free(text);
  return err;
}

cg_status cg_export_graphml(const cg_view *v, cg_buf *out, char *msg, size_t msg_size) {
  cg_igraph_setup();
  writer w = {0};
  cg_xgraph x;
  cg_status st = cg_xgraph_init(&x, v, EDGE_ATTRS, msg, msg_size);
  if (st) return st;
  w.x = &x;
  igraph_attribute_table_t *prev = igraph_set_attribute_table(&igraph_cattribute_table);
  int built = 0;
  igraph_error_t err = build(&w, &built);
  if (!err) err = write_xml(&w, out);
  /* The graph must go while the handler that owns its attributes is installed. */
  if (built) igraph_destroy(&w.g);
  igraph_set_attribute_table(prev);
  st = cg_igraph_status(err);
  if (st) cg_msg_set(msg, msg_size, "igraph's GraphML writer failed: %s", igraph_strerror(err));
  cg_buf_free(&w.clean);
  cg_buf_free(&w.tmp);
  cg_xgraph_free(&x);
  return st;
}
