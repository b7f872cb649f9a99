/*
 * render.h - drawing the partnership graph: Graphviz DOT text, and SVG, PNG
 * or PDF laid out and rendered in the process by Graphviz (cgraph + gvc).
 *
 * Styles come from the data, never from known type names: edges are coloured
 * by type group (types.csv `group` and `color`, see style.h), so the same
 * dataset always gets the same colours whatever the filters. Nodes have a
 * neutral fill and a shape by kind: the four usual kinds (agency, nation,
 * company, organisation) have their own shapes; other kinds share a default.
 * Edges are routed around the nodes they do not join (up to
 * CG_RENDER_ROUTE_MAX_EDGES edges; above, drawn straight, and the <desc>
 * says so).
 *
 * Output is deterministic: the same graph and options give the same bytes
 * (nodes inserted sorted by id, edges sorted by their endpoints' ids, fixed
 * random seeds for the force-directed layouts, no timestamps or versions).
 */
#ifndef COOPGRAPH_RENDER_H
#define COOPGRAPH_RENDER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "graph.h"
#include "style.h"
#include "svg.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Graphviz layout engines; AUTO picks one by size (see cg_render_pick_layout). */
typedef enum cg_layout {
  CG_LAYOUT_AUTO = 0,
  CG_LAYOUT_DOT,
  CG_LAYOUT_NEATO,
  CG_LAYOUT_FDP,
  CG_LAYOUT_SFDP,
  CG_LAYOUT_CIRCO,
  CG_LAYOUT_TWOPI
} cg_layout;

typedef struct cg_render_options {
  /* 1: one edge per agreement (and per pair of a multilateral one), keyed by
   * agreement id ("id", then "id#2", "id#3"... for its further pairs) and
   * carrying type, date, end, title and source. 0: one edge per partner pair. */
  int multi;
  /* Dataset entity index of the centre of an ego network, or -1 for the
   * whole graph. It is first replaced by its representative in the view. */
  int32_t ego;
  unsigned ego_depth; /* hops around the ego; 0 is taken as 1 */
  /* Optional node sizes: one value per graph vertex (cg_pgraph order), >= 0,
   * borrowed. size_by_name names the measure in tooltips ("partners"). */
  const double *size_by;
  const char *size_by_name;
  cg_layout layout;      /* for SVG/PNG/PDF */
  int responsive;        /* SVG: width="100%" instead of a fixed size */
  const char *id_prefix; /* SVG: prefix for every id (NULL or "" = none) */
  int transparent;       /* no background */
  const char *title;     /* figure title; NULL = generated from the dataset */
  const char *desc;      /* figure description; NULL = generated (counts, filters) */
  double dpi;            /* PNG: dots per inch; 0 = 96 */
  int no_legend;         /* 1: leave out the legend node */
  /* 0: draw every entity selected. N: when more would be drawn, only the N
   * of greatest strength in the graph (ties by id; the ego always stays)
   * and the edges among them; the description says what was left out. */
  size_t max_nodes;
  /* 0: nodes labelled with entity ids; 1: with names (two lines when long). */
  int label_names;
} cg_render_options;

/*
 * Most entities a network drawing lays out (SVG, PNG, PDF; DOT text has no
 * limit). Layout time grows much faster than the size: sfdp took over five
 * minutes on 20000 entities on the project's machine. A bigger figure is
 * refused with CG_ERR_LIMIT and a message saying so; filter the network first.
 */
#define CG_RENDER_MAX_NODES ((size_t)5000)

#define CG_RENDER_OPTIONS_INIT                                                                     \
  { 0, -1, 1, NULL, NULL, CG_LAYOUT_AUTO, 0, NULL, 0, NULL, NULL, 0.0, 0, 0, 0 }

/*
 * Above this many entities a force-directed layout with labels takes tens of
 * seconds (sfdp: about 20 s at 5,000 on one core) and draws a hairball, so
 * `coopgraph svg` then draws the CG_RENDER_MAX_NODES_DEFAULT most connected.
 */
#define CG_RENDER_FILTER_ABOVE 2000
/* Most edges a drawing routes around nodes (cg_render_routes_edges). */
#define CG_RENDER_ROUTE_MAX_EDGES 800
#define CG_RENDER_MAX_NODES_DEFAULT 300

/*
 * Writes the graph as Graphviz DOT (UTF-8) into out (appended). Every node
 * carries kind, name, country and aliases; with opts->multi every edge
 * carries key, type, date, end, title and source; labels and tooltips are
 * escaped for Graphviz (backslash doubled, '&' as "&amp;"), other attributes
 * hold the data as is. Returns CG_OK; CG_ERR_NOTFOUND when the ego entity
 * is not in the view; CG_ERR_ARG for bad options; CG_ERR_NOMEM; or
 * CG_ERR_INTERNAL when Graphviz fails. On failure a reason is written to msg
 * (NUL-terminated, may be NULL). O(V log V + E log E + agreements).
 */
cg_status cg_render_dot(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size);

/*
 * Lays the same graph out with Graphviz and writes an embeddable SVG: no
 * comments, no DOCTYPE, no scripts or external links, role="img" with a
 * <title> and <desc> first, unique ids (with opts->id_prefix applied), and
 * a width of 100% when opts->responsive. Same errors as cg_render_dot. The
 * layout cost grows quickly with size (see cg_render_pick_layout).
 */
cg_status cg_render_svg(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size);
/* The same drawing as PNG (at opts->dpi) or PDF, through Graphviz's cairo plugin. */
cg_status cg_render_png(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size);
cg_status cg_render_pdf(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size);

/*
 * Frees the Graphviz context that SVG/PNG/PDF rendering keeps for the
 * process (Graphviz 2.43 cannot safely create a second one after freeing
 * the first). Optional, at exit; rendering after it is not supported.
 */
void cg_render_cleanup(void);

/*
 * The layout a render would use: opts->layout unless it is AUTO; then twopi
 * (centred on the ego) for an ego network of up to 300 nodes, neato for up
 * to 300 nodes, sfdp above. *nodes (may be NULL) receives the number of
 * entities drawn (at most opts->max_nodes when that is set). Returns
 * CG_LAYOUT_AUTO only when the ego is not in view.
 */
cg_layout cg_render_pick_layout(const cg_pgraph *g, const cg_render_options *opts, size_t *nodes);
/*
 * 1 when a drawing of g with opts routes its edges around the nodes they do
 * not join, 0 when it has too many edges for that (more than
 * CG_RENDER_ROUTE_MAX_EDGES) and draws them straight, as its <desc> then
 * says. -1 when the ego is not in view.
 */
int cg_render_routes_edges(const cg_pgraph *g, const cg_render_options *opts);
/* "auto", "dot", "neato", ...; NULL for an invalid value. */
const char *cg_layout_name(cg_layout l);
/* Parses a layout name (exact, lower case); returns 0, or -1 when unknown. */
int cg_layout_parse(const char *name, cg_layout *out);

#ifdef __cplusplus
}
#endif
#endif
