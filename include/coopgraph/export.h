/*
 * export.h - a view of a cooperation network in the formats other tools
 * read: GraphML (igraph, NetworkX, yEd, Cytoscape), GEXF 1.3 with a timeline
 * (Gephi), NetworkX node-link JSON (NetworkX, D3), and our own CSV dataset
 * format, normalised and sorted.
 *
 * The three graph formats hold the same multigraph: one node per entity in
 * the view, sorted by id, and one edge per agreement and pair of its parties
 * as the view sees them (a k-party agreement gives k(k-1)/2 edges, or none
 * under CG_MULTI_SKIP), sorted by the ids of their endpoints (the smaller id
 * first), then by agreement in dataset order. Each edge has a key unique in
 * the file: the agreement id for its first pair, "ID#2", "ID#3"... for the
 * further pairs of a multilateral one, as `dot --multi` numbers them.
 *
 * Nodes carry id, kind, name, country (id of the nation, "" when none) and
 * aliases ('|'-joined; an array in JSON). Edges carry key, agreement (the
 * agreement id), type, date and end (as written in the data: "2005",
 * "2005-03", "2005-03-07", "" when unknown), title, source, weight (1: one
 * agreement, so summed weights are coopgraph's strength), pair_agreements
 * (the partnership weight: agreements the pair shares in the view), and the
 * agreements.csv extra columns under their own names ("extra_NAME" when a
 * name is one of ours). README.md lists what each format adds or renames.
 *
 * Text that XML 1.0 cannot hold at all (control characters other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; invalid UTF-8) becomes
 * U+FFFD in GraphML and GEXF, and GraphML writes a carriage return as a line
 * feed, as every XML reader would read it back anyway. JSON and CSV keep
 * every string exactly.
 *
 * Output depends only on the view: the same data and filters give the same
 * bytes (no dates, versions or paths are written).
 */
#ifndef COOPGRAPH_EXPORT_H
#define COOPGRAPH_EXPORT_H

#include <stddef.h>

#include "buf.h"
#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Writes the view as GraphML (UTF-8) into out (appended), with igraph's
 * GraphML writer: node XML ids are "n0", "n1"... in id order, the entity id
 * is the node attribute "id". igraph's C attribute handler is installed for
 * the call and the previous one restored afterwards. Returns CG_OK,
 * CG_ERR_NOMEM, or CG_ERR_INTERNAL (igraph failed; reason in msg, which may
 * be NULL). O(V log V + E log E) plus the size of the text.
 */
cg_status cg_export_graphml(const cg_view *v, cg_buf *out, char *msg, size_t msg_size);

/*
 * Writes the view as GEXF 1.3 (https://gexf.net/1.3) into out, with
 * libxml2's xmlTextWriter, in dynamic mode with timeformat="date", so that
 * Gephi's timeline plays the network's growth:
 * - an edge has one spell from the first day of its agreement's date period
 *   ("2005" starts 2005-01-01, "2005-03" starts 2005-03-01) to the last day
 *   of its end date's period ("2010" ends 2010-12-31), open-ended when the
 *   end is unknown; an agreement of unknown date has no spell (always
 *   present), whatever its end;
 * - a node has one open-ended spell from the earliest start among its edges;
 *   no spell (always present) when it has no edges or an edge of unknown
 *   date.
 * Node XML ids are entity ids, labels their names (the id when the name is
 * empty); edge XML ids are the keys. Same errors as cg_export_graphml.
 */
cg_status cg_export_gexf(const cg_view *v, cg_buf *out, char *msg, size_t msg_size);

/*
 * Writes the view as JSON in NetworkX's node-link form, which
 * networkx.node_link_graph and D3 read: {"directed": false, "multigraph":
 * true, "graph": {"dataset"}, "nodes": [{"id", ...}], "links": [{"source",
 * "target", "key", ...}]}. "source" is a link's first endpoint, so the
 * agreement's source text is "agreement_source"; unknown dates and a missing
 * country are null. Returns CG_OK or CG_ERR_NOMEM.
 */
cg_status cg_export_node_link(const cg_view *v, cg_buf *out, char *msg, size_t msg_size);

/*
 * Writes the view as a dataset in coopgraph's own CSV format into three
 * buffers (appended), for entities.csv, agreements.csv and types.csv:
 * canonical columns (agreements.csv keeps its extra columns after them),
 * dates as written at their precision, aliases '|'-joined, RFC 4180 quotes
 * only where needed, LF line ends. Rows are sorted: entities by id,
 * agreements by date (cg_date_compare, unknown dates last) then id, types by
 * id. Only the entities and agreements in the view are written, each
 * agreement with its parties as the view sees them; a country that is not
 * in the view is left empty; every type of the dataset is written, declared.
 * Loading the result gives the same analysis as the view. Returns CG_OK or
 * CG_ERR_NOMEM.
 */
cg_status cg_export_csv(const cg_view *v, cg_buf *entities, cg_buf *agreements, cg_buf *types,
                        char *msg, size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
