/*
 * growth.h - the partnership graph growing over time, as small multiples:
 * one panel per period (at most CG_GROWTH_MAX_PANELS, evenly spaced, always
 * the last), all on ONE layout so an entity keeps its place from panel to
 * panel. Nodes are sized by a centrality measure scaled over the whole
 * series (sizes compare across panels) and coloured by kind (render.h's
 * palette). Laid out with Graphviz neato in the process, drawn with the
 * positions pinned ("nop"), tidied like every SVG; deterministic bytes.
 * Edges are routed around the nodes they do not join, in every panel of at
 * most CG_RENDER_ROUTE_MAX_EDGES partner pairs; a bigger panel keeps
 * straight edges, and the <desc> names it.
 */
#ifndef COOPGRAPH_GROWTH_H
#define COOPGRAPH_GROWTH_H

#include <stddef.h>

#include "centrality.h"
#include "buf.h"
#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CG_GROWTH_MAX_PANELS 6

typedef struct cg_growth_options {
  cg_period_unit by;
  unsigned window;       /* as cg_over_time_options: 0 = cumulative */
  cg_measure size_by;    /* one measure bit; 0 = CG_MEASURE_PAGERANK */
  size_t max_panels;     /* 0 = CG_GROWTH_MAX_PANELS; more is taken as that */
  int responsive;        /* width="100%" */
  const char *id_prefix; /* prefix for every id (NULL or "" = none) */
  const char *title;     /* NULL = generated */
  const char *desc;      /* NULL = generated (periods shown, measure, filters) */
  int transparent;       /* no white background */
} cg_growth_options;

#define CG_GROWTH_OPTIONS_INIT                                                                     \
  { CG_PERIOD_YEAR, 0, CG_MEASURE_PAGERANK, 0, 0, NULL, NULL, NULL, 0 }

/*
 * Draws the periods of cg_centrality_over_time(ds, base, ...) as an SVG:
 * panel P holds the entities with partners in period P's graph and its
 * partner pairs. The layout is that of the union of the panels' graphs
 * (the last period's graph, plus anyone who left it earlier, e.g. with a
 * window). The <desc> names the periods shown. With no dated agreement
 * the figure says so. Returns CG_OK, CG_ERR_ARG (base sets as_of, or bad
 * options), CG_ERR_NOMEM or CG_ERR_INTERNAL (igraph or Graphviz failed),
 * with a reason in msg (may be NULL). Time: one graph and centrality per
 * period, then one neato layout of the union graph.
 */
cg_status cg_render_growth(const cg_dataset *ds, const cg_filter *base,
                           const cg_growth_options *opts, cg_buf *out, char *msg, size_t msg_size);

/* What a drawing of cg_render_growth_info left out or simplified. */
typedef struct cg_growth_info {
  size_t panels;          /* panels drawn */
  size_t straight_panels; /* of them, with straight edges (too many pairs to route) */
  size_t undated;         /* in-view agreements without a date, in no panel */
} cg_growth_info;

/*
 * cg_render_growth, and when info is not NULL, fills it on success (for a
 * caller that tells its user what the figure left out).
 */
cg_status cg_render_growth_info(const cg_dataset *ds, const cg_filter *base,
                                const cg_growth_options *opts, cg_buf *out, cg_growth_info *info,
                                char *msg, size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
