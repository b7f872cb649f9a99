/*
 * export_internal.h - what the export writers share: the multigraph they
 * all write (nodes sorted by id, one edge per agreement and pair, sorted,
 * keyed), the names of the extra columns, and the text clean-up XML needs.
 * Private to the library.
 */
#ifndef COOPGRAPH_EXPORT_INTERNAL_H
#define COOPGRAPH_EXPORT_INTERNAL_H

#include <coopgraph/buf.h>
#include <coopgraph/export.h>
#include <coopgraph/graph.h>

#include "core/error_internal.h"

#include <stdint.h>

/* One edge of the multigraph: an agreement between two parties. */
typedef struct cg_xedge {
  uint32_t u, v;   /* node positions (cg_xgraph.nodes), u's id before v's */
  int32_t agr;     /* agreement index */
  uint32_t k;      /* 1 for the agreement's first pair, 2, 3... for further ones */
  uint32_t weight; /* agreements the pair shares (the partnership weight) */
} cg_xedge;

typedef struct cg_xgraph {
  const cg_view *view;
  const cg_dataset *ds;
  size_t nnodes, nedges;
  int32_t *nodes;  /* entity indices sorted by id */
  cg_xedge *edges; /* sorted by endpoint ids, then agreement */
  char **extra;    /* names of the extra columns as written ("extra_NAME" on a clash) */
} cg_xgraph;

/*
 * Builds the multigraph of view v. reserved (NULL-terminated, may be NULL)
 * lists the edge attribute names of the format: an extra column with one of
 * those names is called "extra_NAME". Returns CG_OK, CG_ERR_NOMEM or
 * CG_ERR_INTERNAL (igraph failed), with the reason in msg (as error.h says).
 */
cg_status cg_xgraph_init(cg_xgraph *x, const cg_view *v, const char *const *reserved, char *msg,
                         size_t msg_size);
void cg_xgraph_free(cg_xgraph *x);

/* Writes the key of edge e: "ID" for its first pair, "ID#k" for the k-th. */
void cg_xgraph_key(const cg_xgraph *x, const cg_xedge *e, cg_buf *out);
/* Writes aliases joined by sep. */
void cg_xgraph_aliases(const cg_entity *en, const char *sep, cg_buf *out);
/* The country id of an entity when that nation is in the view, else "". */
const char *cg_xgraph_country(const cg_xgraph *x, const cg_entity *en);
/* The dataset name without its directories ("space-cooperation"). */
const char *cg_xgraph_dataset_name(const cg_xgraph *x);

/*
 * Appends s made fit for XML 1.0 text: characters XML forbids (C0 controls
 * but tab, LF and CR; U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD; with
 * cr_to_lf, CR LF and a lone CR become LF. Nothing is escaped: the XML
 * writers do that.
 */
void cg_xml_clean(cg_buf *out, const char *s, int cr_to_lf);

#endif
