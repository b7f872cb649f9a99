/*
 * charts.h - ranked charts for reports, as small hand-written SVG (no
 * layout engine needed for bars): who partners most with an entity (a
 * horizontal bar per partner, stacked by agreement type, with its count and
 * first and last year) and the entities ranked by a centrality measure.
 * Text is escaped, the SVG goes through the same tidy pass as every figure
 * (svg.h: id prefix, role="img", <title>, <desc> listing the numbers,
 * responsive width), no scripts; deterministic bytes.
 */
#ifndef COOPGRAPH_CHARTS_H
#define COOPGRAPH_CHARTS_H

#include <stddef.h>

#include "buf.h"
#include "centrality.h"
#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CG_CHART_DEFAULT_TOP 15

typedef struct cg_chart_options {
  size_t top;            /* bars drawn; 0 = CG_CHART_DEFAULT_TOP; the rest are counted */
  int responsive;        /* width="100%" */
  int transparent;       /* no white background */
  const char *id_prefix; /* prefix for every id (NULL or "" = none) */
  const char *title;     /* NULL = generated */
  const char *desc;      /* NULL = generated (every bar's numbers) */
} cg_chart_options;

#define CG_CHART_OPTIONS_INIT                                                                      \
  { 0, 0, 0, NULL, NULL, NULL }

/*
 * The partners of `entity` in view v, ranked as cg_query_partners ranks
 * them (so the bars are `partners --format csv` in order), as a horizontal
 * bar chart: one bar per partner with its full name, stacked by agreement
 * type (the palette of style.h, a legend of the types drawn), the count at
 * the end with the first and last year; partners past opts->top are
 * summed up as "and K more". Returns CG_OK, CG_ERR_ARG (entity out of
 * range), CG_ERR_NOMEM or CG_ERR_DATA, with a reason in msg (may be NULL).
 * O(N + P log P) as cg_query_partners, plus the drawing.
 */
cg_status cg_chart_partners(const cg_view *v, size_t entity, const cg_chart_options *opts,
                            cg_buf *out, char *msg, size_t msg_size);

/*
 * The rows of c ranked by measure `measure` (a CG_MEASURE_* bit that c
 * holds), largest first, ties by entity id, as a bar chart of the first
 * opts->top with their values (4 significant digits) and full names.
 * Returns CG_OK, CG_ERR_ARG (a measure c does not hold), CG_ERR_NOMEM or
 * CG_ERR_DATA, with a reason in msg (may be NULL). O(n log n).
 */
cg_status cg_chart_centrality(const cg_dataset *ds, const cg_centrality_result *c, unsigned measure,
                              const cg_chart_options *opts, cg_buf *out, char *msg,
                              size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
