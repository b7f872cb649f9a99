/*
 * gvc_internal.h - what every module that lays out or renders with
 * Graphviz shares (render.c, timeline.c, growth.c): the process's one
 * context, capture of Graphviz's error messages, failure messages, and text
 * escaping for label-like attributes. Private to the library.
 *
 * Graphviz 2.43 caches font data across contexts (the pango plugin's
 * text-size cache), so a second context after gvFreeContext reads freed
 * memory: there must be one context per process, freed only by
 * cg_render_cleanup at exit.
 */
#ifndef COOPGRAPH_GVC_INTERNAL_H
#define COOPGRAPH_GVC_INTERNAL_H

#include <coopgraph/buf.h>
#include <coopgraph/error.h>

#include <gvc.h>

/* The context, created on first use; NULL when Graphviz cannot start. */
GVC_t *cg_gvc(void);

/*
 * Graphviz reports errors through a process-wide callback, and by default
 * prints them. Between begin and end its first message of one drawing is
 * kept instead (the library never prints). Returns the previous callback,
 * to pass to end.
 */
agusererrf cg_gv_capture_begin(void);
void cg_gv_capture_end(agusererrf previous);

/*
 * Writes the message for a drawing's failure into msg (when not NULL):
 * for CG_ERR_INTERNAL `what` followed by Graphviz's captured message; for
 * CG_ERR_NOMEM and CG_ERR_DATA (SVG that could not be post-processed) a
 * fixed text. Other statuses leave msg as it is.
 */
void cg_gv_failure(cg_status st, const char *what, char *msg, size_t size);

/*
 * A cgraph discipline whose writer appends to the cg_buf passed to agwrite
 * as its channel, so DOT text goes straight into a buffer.
 */
Agdisc_t *cg_gv_buf_disc(void);

/*
 * Appends s as text for Graphviz's escString attributes (label, tooltip):
 * backslash doubled, '&' as "&amp;" (Graphviz decodes entities there). With
 * flat, line breaks become spaces.
 */
void cg_gv_text(cg_buf *b, const char *s, int flat);

#endif
