/*
 * timeline.h - agreements drawn along time: a spine of years from left to
 * right, each agreement a box in its year's column, coloured by type (the
 * palette of render.h), labelled with its type and parties. Laid out with
 * Graphviz dot in the process; deterministic bytes.
 */
#ifndef COOPGRAPH_TIMELINE_H
#define COOPGRAPH_TIMELINE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "filter.h"
#include "render.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Draws the agreements agreements[0..n) of v's dataset (all in-view
 * agreements when agreements is NULL) as a timeline. Undated ones are left
 * out (the description says how many). As SVG (svg = 1: embeddable as
 * cg_render_svg's, with opts->id_prefix, responsive, title and desc) or as
 * the DOT it lays out (svg = 0). Only those fields of opts are used; NULL
 * means defaults. Returns CG_OK, CG_ERR_NOMEM, CG_ERR_ARG (an index out of
 * range) or CG_ERR_INTERNAL (Graphviz failed), with a reason in msg (may be
 * NULL). Time: O(n log n) plus the dot layout, which stays quick for a few
 * hundred agreements (one rank per year).
 */
cg_status cg_render_timeline(const cg_view *v, const int32_t *agreements, size_t n, int svg,
                             const cg_render_options *opts, cg_buf *out, char *msg,
                             size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
