/*
 * explore.h - the network explorer: a network figure made interactive in
 * its page by one small inline script (find an entity, focus it and its
 * partners, slide through the years, filter by type group and kind, pan and
 * zoom), with the data it needs embedded as JSON. Without JavaScript the
 * page shows the plain figure; the SVG itself never holds a script.
 *
 * The script finds the figure by its SVG ids (the render's id prefix) and
 * maps the drawing to the data through Graphviz's <title> elements: a
 * node's title is its entity id, an edge's is "A--B". The bytes depend only
 * on the graph.
 */
#ifndef COOPGRAPH_EXPLORE_H
#define COOPGRAPH_EXPLORE_H

#include <stddef.h>

#include "buf.h"
#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The explorer's CSS, for the <style> of the page that holds it. */
const char *cg_explore_style(void);

/*
 * Appends the explorer of the figure of graph g drawn with SVG id prefix
 * figure_prefix (e.g. "network-"), to go after that figure in the page's
 * body: its controls (hidden until the script runs), the data as JSON in a
 * <script type="application/json"> (with < > & U+2028 U+2029 escaped, so
 * no data can end the element), and the script. Everything is well-formed
 * XML. Returns CG_OK or CG_ERR_NOMEM. O(V + E + agreements of the edges).
 */
cg_status cg_explore_part(cg_buf *out, const cg_pgraph *g, const char *figure_prefix);

/*
 * Appends a whole page (one self-contained HTML file, no external
 * resources): the network of g drawn as by `coopgraph svg --responsive`
 * (at most max_nodes entities when not 0) and its explorer. Returns what
 * cg_render_svg returns, with a reason in msg (NUL-terminated, may be NULL).
 */
cg_status cg_explore_page(cg_buf *out, const cg_pgraph *g, size_t max_nodes, char *msg,
                          size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
