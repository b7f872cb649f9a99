/*
 * report.h - a report of a whole network, built in memory: one
 * self-contained HTML page (inline SVG figures, tables, no external
 * resources; the network made explorable by one inline script, explore.h), the same as Markdown, and every figure and table
 * beside it as SVG, DOT and CSV. Writing the files is the caller's job.
 *
 * The report holds: the whole network, the ego network of the most central
 * entity (highest PageRank, ties by id), the timeline of agreements, a
 * chart of the 15 most central entities and the centrality table (sorted
 * by PageRank), the partners charts of the 3 most central entities with
 * partners and the top 5 partners of every entity that has partners. Each
 * figure has a caption saying what it shows and leaves out; tables show
 * names, type names and 4 significant digits (the CSV files: ids, type ids,
 * full precision). The bytes depend only on the view.
 */
#ifndef COOPGRAPH_REPORT_H
#define COOPGRAPH_REPORT_H

#include <stddef.h>

#include "buf.h"
#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CG_REPORT_MAX_FILES 16

/* One file of the report: its name (static, no directory) and its bytes. */
typedef struct cg_report_file {
  const char *name;
  cg_buf data;
} cg_report_file;

typedef struct cg_report {
  size_t nfiles;
  cg_report_file files[CG_REPORT_MAX_FILES];
} cg_report;

/*
 * The name of the i-th file a report may hold ("index.html", "report.md",
 * "network.svg", ...), or NULL past the last: the files cg_report_build
 * can produce, for callers that must tell them from other files.
 */
const char *cg_report_file_name(size_t i);
/*
 * The same for files only earlier versions of the report wrote
 * ("timeline.dot"), or NULL past the last: a report directory made by an
 * older coopgraph holds them, and writing the new report there must not
 * take them for someone else's files. They are left as they are.
 */
const char *cg_report_old_file_name(size_t i);

/*
 * Builds the report of view v into *out (free with cg_report_free; it is
 * left empty and safe to free on failure). Figures without entities are
 * left out (an empty network has no ego figure). Returns CG_OK,
 * CG_ERR_NOMEM, or CG_ERR_INTERNAL when igraph or Graphviz fails, with a
 * reason in msg (NUL-terminated, may be NULL). Time: that of
 * cg_centrality, the renders, and one partner query per entity.
 */
cg_status cg_report_build(cg_report *out, const cg_view *v, char *msg, size_t msg_size);
void cg_report_free(cg_report *r);

#ifdef __cplusplus
}
#endif
#endif
