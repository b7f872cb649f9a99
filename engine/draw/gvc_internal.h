/*
 * gvc_internal.h - what every module that lays out or renders with
 * Graphviz shares (render.c, timeline.c, growth.c): the process's one
 * context, the one layout-render-tidy pipeline, capture of Graphviz's error
 * messages, failure messages, and text escaping for label-like attributes.
 * Private to the library.
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
#include <coopgraph/svg.h>

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
 * Sets attribute name of a graph, node or edge, declaring it (default "")
 * when the graph lacks it; cgraph's prototypes want char * for constants.
 */
void cg_gv_set(void *obj, const char *name, const char *value);

/*
 * The one render pipeline of every figure: lays ag out with the Graphviz
 * engine (dot, neato, twopi, nop, ...), renders it as format ("svg", "png",
 * "pdf"), appends it to out (SVG tidied by cg_svg_tidy with tidy's title,
 * desc, id prefix and responsiveness; other formats as they are) and frees
 * the layout; the graph stays the caller's to agclose. after_layout (may be
 * NULL) runs between layout and rendering, to adjust the drawing (ctx is
 * passed to it); its failure status is returned. Graphviz's messages
 * are captured meanwhile; on failure msg gets "`what`: Graphviz's message"
 * (or the out-of-memory or bad-SVG text). Returns CG_OK, CG_ERR_INTERNAL
 * (Graphviz failed), CG_ERR_NOMEM or CG_ERR_DATA.
 */
typedef cg_status (*cg_gv_hook)(GVC_t *gvc, Agraph_t *ag, void *ctx);
cg_status cg_gv_draw(Agraph_t *ag, const char *engine, const char *format,
                     const cg_svg_tidy_options *tidy, cg_gv_hook after_layout, void *ctx,
                     cg_buf *out, const char *what, char *msg, size_t msg_size);

/*
 * Re-routes, after a layout with straight edges, every edge of ag whose line
 * passes through a node it does not join: Graphviz's spline router, run on
 * the edge's ends and the nodes near it, draws it around them (route.c).
 * engine is the one ag was laid out with (it is laid out again with it).
 * When want is not NULL, only the edges for which want(e, ctx) is nonzero
 * are considered (the others stay straight). Returns CG_OK or
 * CG_ERR_NOMEM.
 */
typedef int (*cg_gv_edge_pred)(Agedge_t *e, void *ctx);
cg_status cg_gv_route(GVC_t *gvc, Agraph_t *ag, const char *engine, cg_gv_edge_pred want,
                      void *ctx);
/* The point at t (0..1) of the cubic Bezier segment c[0..3]. */
pointf cg_gv_bezier_at(const pointf *c, double t);

#endif
