/*
 * svg.h - post-processing of the SVG text Graphviz writes, to make it
 * embeddable in a page (svg.c).
 */
#ifndef COOPGRAPH_SVG_H
#define COOPGRAPH_SVG_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_svg_tidy_options {
  const char *id_prefix; /* NULL or "" = none */
  int responsive;
  const char *title; /* required: text of the <title> added first */
  const char *desc;  /* required: text of the <desc> added second */
} cg_svg_tidy_options;

/*
 * Rewrites Graphviz's SVG text svg[0..len) into out: drops comments and the
 * DOCTYPE, prefixes every id and every reference to one (href="#x",
 * url(#x)), renames repeated ids so they are unique (x, x-2, x-3...), adds
 * role="img", aria-labelledby, and <title>/<desc> as the first children of
 * <svg>, and with responsive sets width="100%" and drops height (viewBox
 * is kept). Returns CG_OK, CG_ERR_DATA (not the SVG Graphviz writes: no
 * <svg> element or an unterminated tag) or CG_ERR_NOMEM. O(len).
 */
cg_status cg_svg_tidy(cg_buf *out, const char *svg, size_t len, const cg_svg_tidy_options *opts);

#ifdef __cplusplus
}
#endif
#endif
