/*
 * timeline.h - agreements drawn along time, for a column 800 px wide: one
 * row per decade running down the page, ten equal year columns (equal
 * widths for equal spans), each agreement a box in its year labelled with
 * its title and type name and coloured by type (the palette of style.h,
 * with a legend); decades without agreements collapse into a marked break,
 * and the figure and its <desc> say how many undated agreements were left
 * out. Hand-written SVG through the one tidy pass (svg.h); deterministic.
 */
#ifndef COOPGRAPH_TIMELINE_H
#define COOPGRAPH_TIMELINE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "filter.h"
#include "query.h"
#include "render.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The timeline SVG of agreements[0..n) of v's dataset (all in-view
 * agreements when agreements is NULL). by: CG_BY_YEAR (and CG_BY_MONTH,
 * drawn as years) puts each agreement in its year's column; CG_BY_DECADE
 * lists each decade's agreements in date order, five to a line. At most 8
 * boxes per year (40 per decade) are drawn, the rest counted as "+K more".
 * Uses opts->id_prefix, responsive, transparent, title, desc and
 * no_legend; NULL means defaults. Returns CG_OK, CG_ERR_NOMEM or
 * CG_ERR_ARG (an index out of range), with a reason in msg (may be NULL).
 * O(n log n).
 */
cg_status cg_render_timeline_svg(const cg_view *v, const int32_t *agreements, size_t n,
                                 cg_timeline_by by, const cg_render_options *opts, cg_buf *out,
                                 char *msg, size_t msg_size);

/*
 * Draws the agreements agreements[0..n) of v's dataset (all in-view
 * agreements when agreements is NULL) as a timeline. Undated ones are left
 * out (the description says how many). As SVG (svg = 1: the same as
 * cg_render_timeline_svg by year) or as DOT (svg = 0: one rank per year,
 * agreements stacked under their year, for Graphviz dot; kept for existing
 * callers, it is not the picture the SVG draws, and coopgraph's own
 * commands no longer write it). Only those fields of opts are used; NULL
 * means defaults. Returns CG_OK, CG_ERR_NOMEM, CG_ERR_ARG (an index out of
 * range) or CG_ERR_INTERNAL (Graphviz failed), with a reason in msg (may be
 * NULL). Time: O(n log n).
 */
cg_status cg_render_timeline(const cg_view *v, const int32_t *agreements, size_t n, int svg,
                             const cg_render_options *opts, cg_buf *out, char *msg,
                             size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
