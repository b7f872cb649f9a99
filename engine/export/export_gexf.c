/*
 * export_gexf.c - the view as GEXF 1.3 for Gephi, in dynamic mode so that
 * its timeline plays the network's growth (spells: see export.h).
 *
 * Written with libxml2's xmlTextWriter, which escapes for the place it
 * writes in: in attribute values it also writes tab, LF and CR as character
 * references, which XML's attribute-value normalisation would otherwise
 * turn into spaces, so multi-line titles survive. It passes characters that
 * XML 1.0 forbids through unchanged, so strings go through cg_xml_clean
 * first (CR kept: the writer escapes it).
 */
#include "export/export_internal.h"

#include <libxml/xmlwriter.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define GEXF_NS "http://gexf.net/1.3"

/* Edge attribute titles of ours and the keys NetworkX's reader fills itself. */
static const char *const EDGE_ATTRS[] = {
    "agreement", "type",  "date",   "end",    "title", "source", "pair_agreements",
    "id",        "label", "weight", "spells", "start", "key",    NULL};

typedef struct gexf {
  const cg_xgraph *x;
  xmlTextWriterPtr w;
  int failed;
  cg_buf clean;
  int32_t *start; /* per node: first day of its spell, INT32_MAX = always present */
} gexf;

/* xmlOutputBuffer callback: libxml2 hands over the bytes it writes. */
static int to_buf(void *ctx, const char *data, int len) {
  return cg_buf_append(ctx, data, (size_t)len) ? -1 : len;
}

static void check(gexf *g, int rc) {
  if (rc < 0) g->failed = 1;
}

static void start(gexf *g, const char *name) {
  check(g, xmlTextWriterStartElement(g->w, BAD_CAST name));
}
static void end(gexf *g) {
  check(g, xmlTextWriterEndElement(g->w));
}
/* An attribute holding data (cleaned for XML). */
static void attr(gexf *g, const char *name, const char *value) {
  cg_buf_clear(&g->clean);
  cg_xml_clean(&g->clean, value, 0);
  if (cg_buf_status(&g->clean)) g->failed = 1;
  check(g, xmlTextWriterWriteAttribute(g->w, BAD_CAST name, BAD_CAST cg_buf_str(&g->clean)));
}
static void attvalue(gexf *g, const char *id, const char *value) {
  start(g, "attvalue");
  attr(g, "for", id);
  attr(g, "value", value);
  end(g);
}
static void declare(gexf *g, const char *id, const char *title, const char *type) {
  start(g, "attribute");
  attr(g, "id", id);
  attr(g, "title", title);
  attr(g, "type", type);
  end(g);
}
/* A spell from day `from` (INT32_MAX: none) to day `to` (INT32_MAX: open). */
static void spell(gexf *g, int32_t from, int32_t to) {
  char buf[11];
  start(g, "spells");
  start(g, "spell");
  attr(g, "start", cg_date_format(cg_date_from_days(from), buf));
  if (to != INT32_MAX) attr(g, "end", cg_date_format(cg_date_from_days(to), buf));
  end(g);
  end(g);
}

static void write_declarations(gexf *g) {
  static const char *const node_attrs[] = {"kind", "name", "country", "aliases"};
  start(g, "attributes");
  attr(g, "class", "node");
  attr(g, "mode", "static");
  for (size_t i = 0; i < 4; i++)
    declare(g, node_attrs[i], node_attrs[i], "string");
  end(g);
  start(g, "attributes");
  attr(g, "class", "edge");
  attr(g, "mode", "static");
  for (size_t i = 0; i < 6; i++)
    declare(g, EDGE_ATTRS[i], EDGE_ATTRS[i], "string");
  declare(g, "pair_agreements", "pair_agreements", "integer");
  char id[32];
  for (size_t c = 0; c < cg_dataset_nextra(g->x->ds); c++) {
    snprintf(id, sizeof id, "extra%zu", c);
    declare(g, id, g->x->extra[c], "string");
  }
  end(g);
}

/* Each node starts with its earliest edge; an undated edge keeps it always present. */
static int node_starts(gexf *g) {
  const cg_xgraph *x = g->x;
  g->start = malloc((x->nnodes + 1) * sizeof *g->start);
  char *always = calloc(x->nnodes + 1, 1), *seen = calloc(x->nnodes + 1, 1);
  if (!g->start || !always || !seen) {
    free(always);
    free(seen);
    return -1;
  }
  for (size_t i = 0; i < x->nnodes; i++)
    g->start[i] = INT32_MAX;
  for (size_t i = 0; i < x->nedges; i++) {
    const cg_xedge *e = &x->edges[i];
    cg_date d = cg_dataset_agreement(x->ds, (size_t)e->agr)->date;
    int32_t day = cg_date_known(d) ? cg_date_first_day(d) : INT32_MAX;
    uint32_t ends[2] = {e->u, e->v};
    for (int k = 0; k < 2; k++) {
      seen[ends[k]] = 1;
      if (day == INT32_MAX) always[ends[k]] = 1;
      if (day < g->start[ends[k]]) g->start[ends[k]] = day;
    }
  }
  for (size_t i = 0; i < x->nnodes; i++)
    if (always[i] || !seen[i]) g->start[i] = INT32_MAX;
  free(always);
  free(seen);
  return 0;
}

static void write_nodes(gexf *g, cg_buf *tmp) {
  const cg_xgraph *x = g->x;
  start(g, "nodes");
  for (size_t i = 0; i < x->nnodes && !g->failed; i++) {
    const cg_entity *en = cg_dataset_entity(x->ds, (size_t)x->nodes[i]);
    start(g, "node");
    attr(g, "id", en->id);
    attr(g, "label", cg_entity_display_name(en));
    start(g, "attvalues");
    attvalue(g, "kind", en->kind);
    attvalue(g, "name", en->name);
    attvalue(g, "country", cg_xgraph_country(x, en));
    cg_buf_clear(tmp);
    cg_xgraph_aliases(en, "|", tmp);
    attvalue(g, "aliases", cg_buf_str(tmp));
    end(g);
    if (g->start[i] != INT32_MAX) spell(g, g->start[i], INT32_MAX);
    end(g);
  }
  end(g);
}

static void write_edges(gexf *g, cg_buf *tmp) {
  const cg_xgraph *x = g->x;
  start(g, "edges");
  for (size_t i = 0; i < x->nedges && !g->failed; i++) {
    const cg_xedge *e = &x->edges[i];
    const cg_agreement *a = cg_dataset_agreement(x->ds, (size_t)e->agr);
    char d[11];
    start(g, "edge");
    cg_buf_clear(tmp);
    cg_xgraph_key(x, e, tmp);
    attr(g, "id", cg_buf_str(tmp));
    attr(g, "source", cg_dataset_entity(x->ds, (size_t)x->nodes[e->u])->id);
    attr(g, "target", cg_dataset_entity(x->ds, (size_t)x->nodes[e->v])->id);
    start(g, "attvalues");
    attvalue(g, "agreement", a->id);
    attvalue(g, "type", cg_dataset_type(x->ds, (size_t)a->type)->id);
    attvalue(g, "date", cg_date_format(a->date, d));
    attvalue(g, "end", cg_date_format(a->end, d));
    attvalue(g, "title", a->title);
    attvalue(g, "source", a->source);
    snprintf(d, sizeof d, "%u", (unsigned)e->weight);
    attvalue(g, "pair_agreements", d);
    char id[32];
    for (size_t c = 0; c < cg_dataset_nextra(x->ds); c++) {
      snprintf(id, sizeof id, "extra%zu", c);
      attvalue(g, id, cg_dataset_extra_value(x->ds, (size_t)e->agr, c));
    }
    end(g);
    if (cg_date_known(a->date))
      spell(g, cg_date_first_day(a->date),
            cg_date_known(a->end) ? cg_date_end_day(a->end) - 1 : INT32_MAX);
    end(g);
  }
  end(g);
}

static void write_document(gexf *g, cg_buf *tmp) {
  const cg_xgraph *x = g->x;
  check(g, xmlTextWriterSetIndent(g->w, 1));
  check(g, xmlTextWriterSetIndentString(g->w, BAD_CAST "  "));
  check(g, xmlTextWriterStartDocument(g->w, NULL, "UTF-8", NULL));
  check(g, xmlTextWriterStartElementNS(g->w, NULL, BAD_CAST "gexf", BAD_CAST GEXF_NS));
  attr(g, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  attr(g, "xsi:schemaLocation", GEXF_NS " " GEXF_NS "/gexf.xsd");
  attr(g, "version", "1.3");
  start(g, "meta");
  start(g, "creator");
  check(g, xmlTextWriterWriteString(g->w, BAD_CAST "coopgraph"));
  end(g);
  start(g, "description");
  cg_buf_clear(tmp);
  cg_xml_clean(tmp, cg_xgraph_dataset_name(x), 0);
  cg_buf_printf(tmp, ": %zu entities, one edge per agreement and pair of its parties (%zu)",
                x->nnodes, x->nedges);
  check(g, xmlTextWriterWriteString(g->w, BAD_CAST cg_buf_str(tmp)));
  end(g);
  end(g);
  start(g, "graph");
  attr(g, "mode", "dynamic");
  attr(g, "defaultedgetype", "undirected");
  attr(g, "timeformat", "date");
  attr(g, "timerepresentation", "interval");
  write_declarations(g);
  write_nodes(g, tmp);
  write_edges(g, tmp);
  end(g);
  check(g, xmlTextWriterEndDocument(g->w));
}

cg_status cg_export_gexf(const cg_view *v, cg_buf *out, char *msg, size_t msg_size) {
  cg_xgraph x;
  cg_status st = cg_xgraph_init(&x, v, EDGE_ATTRS, msg, msg_size);
  if (st) return st;
  gexf g = {0};
  g.x = &x;
  cg_buf tmp = CG_BUF_INIT;
  st = CG_ERR_NOMEM;
  if (node_starts(&g) == 0) {
    xmlInitParser();
    xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(to_buf, NULL, out, NULL);
    g.w = ob ? xmlNewTextWriter(ob) : NULL; /* owns ob from here */
    if (!g.w && ob) xmlOutputBufferClose(ob);
    if (g.w) {
      write_document(&g, &tmp);
      check(&g, xmlTextWriterFlush(g.w));
      xmlFreeTextWriter(g.w);
      st = cg_buf_status(out) || cg_buf_status(&tmp) || cg_buf_status(&g.clean) ? CG_ERR_NOMEM
           : g.failed                                                           ? CG_ERR_INTERNAL
                                                                                : CG_OK;
    }
  }
  if (st)
    cg_msg_set(msg, msg_size, "%s",
               st == CG_ERR_INTERNAL ? "libxml2 could not write the GEXF" : "out of memory");
  cg_buf_free(&tmp);
  cg_buf_free(&g.clean);
  free(g.start);
  cg_xgraph_free(&x);
  return st;
}
