/*
 * report.c - the report of a network (report.h): figures rendered once and
 * used inline in index.html and beside it as files, tables written as HTML,
 * Markdown and CSV from the same rows.
 */
#include "core/error_internal.h"
#include "core/escape_internal.h"
#include "draw/chart_internal.h"
#include <coopgraph/centrality.h>
#include <coopgraph/charts.h>
#include <coopgraph/csv.h>
#include <coopgraph/explore.h>
#include <coopgraph/query.h>
#include <coopgraph/render.h>
#include <coopgraph/report.h>
#include <coopgraph/timeline.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const FILE_NAMES[] = {
    "index.html",     "report.md",      "network.svg",    "network.dot",    "ego.svg",
    "ego.dot",        "timeline.svg",   "centrality.svg", "centrality.csv", "partners-1.svg",
    "partners-2.svg", "partners-3.svg", "partners.csv",   NULL};

const char *cg_report_file_name(size_t i) {
  return i < sizeof FILE_NAMES / sizeof FILE_NAMES[0] ? FILE_NAMES[i] : NULL;
}

/* Written by earlier versions, no longer: timeline.dot drew the old one-rank-per-year strip. */
static const char *const OLD_FILE_NAMES[] = {"timeline.dot", NULL};

const char *cg_report_old_file_name(size_t i) {
  return i < sizeof OLD_FILE_NAMES / sizeof OLD_FILE_NAMES[0] ? OLD_FILE_NAMES[i] : NULL;
}

#define NPARTNERS 5
#define NCHARTS 3 /* entities with a partners chart: the most central ones */

typedef struct ctx {
  const cg_view *v;
  const cg_dataset *ds;
  cg_pgraph *g;
  cg_centrality_result c;
  size_t *rows; /* centrality rows by PageRank descending, then id */
  cg_buf html, md;
  cg_report *r;
  char *msg;
  size_t msg_size;
} ctx;

/* A new file of the report; NULL when the table is full (a bug). */
static cg_buf *add_file(cg_report *r, const char *name) {
  if (r->nfiles >= CG_REPORT_MAX_FILES) return NULL;
  cg_report_file *f = &r->files[r->nfiles++];
  f->name = name;
  return &f->data;
}

/* ---- tables: one row of cells to HTML, Markdown and CSV ----------------- */

/*
 * A table is shown (HTML, Markdown) with readable columns (names, type
 * names, 4 significant digits) and written as CSV with exact ones (ids,
 * full precision), so they may differ in number. right: bit k set when
 * shown column k holds numbers. The HTML table scrolls inside its own box
 * when the column is too narrow: a region a keyboard can reach and scroll.
 */
static void table_start(ctx *x, const char *label, const char *const *head, size_t n,
                        unsigned right, const char *const *csv_head, size_t ncsv, cg_buf *csv) {
  cg_buf_puts(&x->html, "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"");
  cg_html_escape(&x->html, label, 0);
  cg_buf_puts(&x->html, "\"><table>\n<thead><tr>");
  for (size_t k = 0; k < n; k++) {
    cg_buf_puts(&x->html, right & (1u << k) ? "<th class=\"n\">" : "<th>");
    cg_html_escape(&x->html, head[k], 0);
    cg_buf_puts(&x->html, "</th>");
  }
  cg_buf_puts(&x->html, "</tr></thead>\n<tbody>\n");
  cg_buf_puts(&x->md, "\n|");
  for (size_t k = 0; k < n; k++) {
    cg_buf_putc(&x->md, ' ');
    cg_md_cell_escape(&x->md, head[k]);
    cg_buf_puts(&x->md, " |");
  }
  cg_buf_puts(&x->md, "\n|");
  for (size_t k = 0; k < n; k++)
    cg_buf_puts(&x->md, right & (1u << k) ? "---:|" : "---|");
  cg_buf_putc(&x->md, '\n');
  for (size_t k = 0; k < ncsv; k++) {
    if (k) cg_buf_putc(csv, ',');
    cg_csv_write_field(csv, csv_head[k]);
  }
  cg_buf_puts(csv, "\r\n");
}

static void table_row(ctx *x, const char *const *shown, size_t n, unsigned right,
                      const char *const *exact, size_t ncsv, cg_buf *csv) {
  cg_buf_puts(&x->html, "<tr>");
  cg_buf_putc(&x->md, '|');
  for (size_t k = 0; k < n; k++) {
    cg_buf_puts(&x->html, right & (1u << k) ? "<td class=\"n\">" : "<td>");
    cg_html_escape(&x->html, shown[k], 0);
    cg_buf_puts(&x->html, "</td>");
    cg_buf_putc(&x->md, ' ');
    cg_md_cell_escape(&x->md, shown[k]);
    cg_buf_puts(&x->md, " |");
  }
  for (size_t k = 0; k < ncsv; k++) {
    if (k) cg_buf_putc(csv, ',');
    cg_csv_write_field(csv, exact[k]);
  }
  cg_buf_puts(&x->html, "</tr>\n");
  cg_buf_putc(&x->md, '\n');
  cg_buf_puts(csv, "\r\n");
}

static void table_end(ctx *x) {
  cg_buf_puts(&x->html, "</tbody>\n</table></div>\n");
}

/* A static file name of the report (names must outlive the build). */
static const char *file_name(const char *name) {
  for (size_t i = 0; cg_report_file_name(i); i++)
    if (strcmp(cg_report_file_name(i), name) == 0) return cg_report_file_name(i);
  return NULL;
}

/* ---- figures ------------------------------------------------------------ */

/*
 * Adds svg_name (and dot_name when not NULL), the SVG inline in the page
 * with a caption under it saying what it shows and leaves out, and the
 * same as a Markdown image and paragraph.
 */
static cg_status add_figure(ctx *x, const char *svg_name, const char *dot_name, const char *heading,
                            const char *section_id, const cg_buf *svg, const cg_buf *dot,
                            const char *caption) {
  cg_buf *fs = add_file(x->r, svg_name), *fd = dot_name ? add_file(x->r, dot_name) : NULL;
  if (!fs || (dot_name && !fd)) return CG_ERR_INTERNAL;
  cg_buf_append(fs, svg->data ? svg->data : "", svg->len);
  if (fd) cg_buf_append(fd, dot->data ? dot->data : "", dot->len);
  const char *s = cg_buf_str(svg), *start = strstr(s, "<svg");
  if (!start) start = s;
  if (section_id) {
    cg_buf_printf(&x->html, "<section id=\"%s\">\n<h2>", section_id);
    cg_html_escape(&x->html, heading, 0);
    cg_buf_puts(&x->html, "</h2>\n");
  } else {
    cg_buf_puts(&x->html, "<h3>");
    cg_html_escape(&x->html, heading, 0);
    cg_buf_puts(&x->html, "</h3>\n");
  }
  cg_buf_puts(&x->html, "<figure>\n");
  cg_buf_append(&x->html, start, svg->len - (size_t)(start - s));
  if (x->html.len && x->html.data[x->html.len - 1] != '\n') cg_buf_putc(&x->html, '\n');
  cg_buf_puts(&x->html, "<figcaption>");
  cg_html_escape(&x->html, caption, 0);
  cg_buf_printf(&x->html, " Also as <a href=\"%s\">%s</a>", svg_name, svg_name);
  if (dot_name)
    cg_buf_printf(&x->html, " and <a href=\"%s\">%s</a> (Graphviz DOT)", dot_name, dot_name);
  cg_buf_puts(&x->html, ".</figcaption>\n</figure>\n");
  if (section_id) cg_buf_puts(&x->html, "</section>\n");
  cg_buf_puts(&x->md, section_id ? "\n## " : "\n### ");
  cg_md_cell_escape(&x->md, heading);
  cg_buf_puts(&x->md, "\n\n![");
  cg_md_cell_escape(&x->md, heading);
  cg_buf_printf(&x->md, "](%s)\n\n", svg_name);
  cg_md_cell_escape(&x->md, caption);
  if (dot_name)
    cg_buf_printf(&x->md, " Also as [%s](%s).\n", dot_name, dot_name);
  else
    cg_buf_putc(&x->md, '\n');
  return CG_OK;
}

/* In-view agreements without a date (no time figure can place them). */
static size_t undated(const ctx *x) {
  size_t n = 0;
  for (size_t a = 0; a < cg_dataset_nagreements(x->ds); a++)
    n += cg_view_agreement_in(x->v, a) && !cg_date_known(cg_dataset_agreement(x->ds, a)->date);
  return n;
}

static cg_status graph_figure(ctx *x, const char *stem, const char *heading, const char *section_id,
                              int32_t ego) {
  cg_render_options ro = CG_RENDER_OPTIONS_INIT;
  ro.responsive = 1;
  ro.id_prefix = stem;
  ro.ego = ego;
  cg_buf svg = CG_BUF_INIT, dot = CG_BUF_INIT;
  char svg_name[32], dot_name[32], prefix[32];
  snprintf(prefix, sizeof prefix, "%s-", stem);
  ro.id_prefix = prefix;
  snprintf(svg_name, sizeof svg_name, "%s.svg", stem);
  snprintf(dot_name, sizeof dot_name, "%s.dot", stem);
  cg_status st = cg_render_svg(x->g, &ro, &svg, x->msg, x->msg_size);
  if (!st) st = cg_render_dot(x->g, &ro, &dot, x->msg, x->msg_size);
  const char *sn = file_name(svg_name), *dn = file_name(dot_name);
  if (!st && (!sn || !dn)) st = CG_ERR_INTERNAL;
  cg_buf caption = CG_BUF_INIT;
  if (ego >= 0) {
    /* the ego is the first row: the most central entity */
    size_t partners = (size_t)x->c.values[0][x->rows[0]];
    cg_buf_printf(&caption,
                  "%s and its %zu partner%s, with the partner pairs among them; edge width "
                  "grows with the agreements shared. Entities further away are left out.",
                  cg_entity_display_name(cg_dataset_entity(x->ds, (size_t)ego)), partners,
                  partners == 1 ? "" : "s");
  }
  else if (x->c.n > CG_RENDER_FILTER_ABOVE)
    cg_buf_printf(&caption,
                  "The 300 most connected of the %zu entities (by agreements shared) and the "
                  "partner pairs among them; the others are left out.",
                  x->c.n);
  else
    cg_buf_printf(&caption,
                  "All %zu entities and %zu partner pairs; edge width grows with the "
                  "agreements shared, undated ones included.",
                  x->c.n, x->c.nedges);
  if (!st) st = cg_buf_status(&caption);
  if (!st) st = add_figure(x, sn, dn, heading, section_id, &svg, &dot, cg_buf_str(&caption));
  cg_buf_free(&caption);
  cg_buf_free(&svg);
  cg_buf_free(&dot);
  return st;
}

static cg_status timeline_figure(ctx *x) {
  cg_render_options ro = CG_RENDER_OPTIONS_INIT;
  ro.responsive = 1;
  ro.id_prefix = "timeline-";
  /* SVG only: the timeline is drawn by hand, not by Graphviz, so a DOT
   * file beside it (the old one-rank-per-year graph) would draw another
   * picture than the one it stands beside. */
  cg_buf svg = CG_BUF_INIT;
  cg_status st = cg_render_timeline_svg(x->v, NULL, 0, CG_BY_YEAR, &ro, &svg, x->msg, x->msg_size);
  cg_buf caption = CG_BUF_INIT;
  size_t u = undated(x);
  cg_buf_puts(&caption, "Each dated agreement as a box in its year, one row per decade, "
                        "coloured by type group; decades without agreements are shown as a break.");
  if (u)
    cg_buf_printf(&caption, " %zu undated agreement%s left out.", u, u == 1 ? " is" : "s are");
  if (!st) st = cg_buf_status(&caption);
  if (!st)
    st = add_figure(x, "timeline.svg", NULL, "Agreements over time", "timeline", &svg, NULL,
                    cg_buf_str(&caption));
  cg_buf_free(&caption);
  cg_buf_free(&svg);
  return st;
}

/* ---- sections ----------------------------------------------------------- */

static cg_status centrality_section(ctx *x) {
  cg_buf *csv = add_file(x->r, "centrality.csv");
  if (!csv) return CG_ERR_INTERNAL;
  cg_buf_puts(&x->html, "<section id=\"centrality\">\n<h2>Centrality</h2>\n<p>Sorted by "
                        "PageRank (weighted, damping 0.85), ties by id.</p>\n");
  cg_buf_puts(&x->md, "\n## Centrality\n\nSorted by PageRank (weighted, damping 0.85), ties by "
                      "id.\n");
  /* the chart of the top entities, then every entity in the table */
  cg_chart_options co = CG_CHART_OPTIONS_INIT;
  co.responsive = 1;
  co.id_prefix = "centrality-";
  cg_buf svg = CG_BUF_INIT, caption = CG_BUF_INIT;
  cg_status st = cg_chart_centrality(x->ds, &x->c, CG_MEASURE_PAGERANK, &co, &svg, x->msg,
                                     x->msg_size);
  size_t top = x->c.n < CG_CHART_DEFAULT_TOP ? x->c.n : CG_CHART_DEFAULT_TOP;
  cg_buf_printf(&caption, "The %zu entities of highest PageRank, with their values", top);
  if (top < x->c.n)
    cg_buf_printf(&caption, "; the other %zu are only in the table below.", x->c.n - top);
  else
    cg_buf_puts(&caption, ".");
  if (!st) st = cg_buf_status(&caption);
  if (!st)
    st = add_figure(x, "centrality.svg", NULL, "Most central entities", NULL, &svg, NULL,
                    cg_buf_str(&caption));
  cg_buf_free(&svg);
  cg_buf_free(&caption);
  if (st) return st;
  const char *head[3 + CG_NMEASURES] = {"rank", "entity", "kind"};
  const char *csv_head[4 + CG_NMEASURES] = {"rank", "id", "name", "kind"};
  for (size_t k = 0; k < CG_NMEASURES; k++)
    head[3 + k] = csv_head[4 + k] = cg_measure_at(k)->header;
  unsigned right = 1u;
  for (size_t k = 0; k < CG_NMEASURES; k++)
    right |= 1u << (3 + k);
  table_start(x, "Centrality of every entity", head, 3 + CG_NMEASURES, right, csv_head,
              4 + CG_NMEASURES, csv);
  char shown_v[CG_NMEASURES][CG_MEASURE_TEXT_SIZE], exact_v[CG_NMEASURES][CG_MEASURE_TEXT_SIZE];
  char rank[32];
  for (size_t i = 0; i < x->c.n; i++) {
    size_t row = x->rows[i];
    const cg_entity *e = cg_dataset_entity(x->ds, (size_t)x->c.entity[row]);
    const char *shown[3 + CG_NMEASURES] = {rank, cg_entity_display_name(e), e->kind};
    const char *exact[4 + CG_NMEASURES] = {rank, e->id, e->name, e->kind};
    snprintf(rank, sizeof rank, "%zu", i + 1);
    for (size_t k = 0; k < CG_NMEASURES; k++) {
      double val = x->c.values[k][row];
      /* shown to 4 significant digits (counts whole), exact in the CSV */
      shown[3 + k] = cg_chart_number(val, shown_v[k]);
      exact[4 + k] = cg_measure_format(cg_measure_at(k), val, 0, exact_v[k]);
    }
    table_row(x, shown, 3 + CG_NMEASURES, right, exact, 4 + CG_NMEASURES, csv);
  }
  table_end(x);
  cg_buf_puts(&x->html, "<p>Values to 4 significant digits; full precision in <a "
                        "href=\"centrality.csv\">centrality.csv</a>.</p>\n</section>\n");
  cg_buf_puts(&x->md, "\nValues to 4 significant digits; full precision in "
                      "[centrality.csv](centrality.csv).\n");
  return CG_OK;
}

/* The partners charts of the NCHARTS most central entities with partners. */
static cg_status partners_charts(ctx *x) {
  static const char *const names[NCHARTS] = {"partners-1.svg", "partners-2.svg",
                                             "partners-3.svg"};
  static const char *const prefixes[NCHARTS] = {"partners-1-", "partners-2-", "partners-3-"};
  size_t made = 0;
  cg_status st = CG_OK;
  for (size_t i = 0; !st && i < x->c.n && made < NCHARTS; i++) {
    size_t row = x->rows[i];
    if (x->c.values[0][row] <= 0) continue;
    size_t e = (size_t)x->c.entity[row];
    cg_chart_options co = CG_CHART_OPTIONS_INIT;
    co.responsive = 1;
    co.id_prefix = prefixes[made];
    cg_buf svg = CG_BUF_INIT, heading = CG_BUF_INIT, caption = CG_BUF_INIT;
    st = cg_chart_partners(x->v, e, &co, &svg, x->msg, x->msg_size);
    size_t np = (size_t)x->c.values[0][row], top = CG_CHART_DEFAULT_TOP;
    const char *name = cg_entity_display_name(cg_dataset_entity(x->ds, e));
    cg_buf_printf(&heading, "Who partners most with %s", name);
    cg_buf_printf(&caption,
                  "The partners of %s ranked by the agreements they share, each bar split by "
                  "type group, with the years of the first and last dated one",
                  name);
    if (np > top)
      cg_buf_printf(&caption, "; the top %zu of %zu partners, the other %zu summed up.", top, np,
                    np - top);
    else
      cg_buf_printf(&caption, "; all %zu partner%s.", np, np == 1 ? "" : "s");
    if (!st) st = cg_buf_status(&heading) || cg_buf_status(&caption) ? CG_ERR_NOMEM : CG_OK;
    if (!st)
      st = add_figure(x, names[made], NULL, cg_buf_str(&heading), NULL, &svg, NULL,
                      cg_buf_str(&caption));
    cg_buf_free(&svg);
    cg_buf_free(&heading);
    cg_buf_free(&caption);
    made++;
  }
  return st;
}

static cg_status partners_section(ctx *x) {
  cg_buf *csv = add_file(x->r, "partners.csv");
  if (!csv) return CG_ERR_INTERNAL;
  static const char *const head[7] = {"entity", "rank", "partner", "agreements",
                                      "first",  "last", "types"};
  static const char *const csv_head[8] = {"entity",     "rank",  "partner", "name",
                                          "agreements", "first", "last",    "types"};
  const unsigned right = (1u << 1) | (1u << 3);
  cg_buf_puts(&x->html, "<section id=\"partners\">\n<h2>Top partners</h2>\n");
  cg_buf_puts(&x->md, "\n## Top partners\n");
  cg_status st = partners_charts(x);
  if (st) return st;
  cg_buf_printf(&x->html,
                "<p>The %d partners that share the most agreements with each entity, entities "
                "in PageRank order.</p>\n",
                NPARTNERS);
  cg_buf_printf(&x->md,
                "\nThe %d partners that share the most agreements with each entity, entities "
                "in PageRank order.\n",
                NPARTNERS);
  table_start(x, "Top partners of every entity", head, 7, right, csv_head, 8, csv);
  cg_buf types = CG_BUF_INIT, names = CG_BUF_INIT;
  for (size_t i = 0; !st && i < x->c.n; i++) {
    size_t row = x->rows[i];
    if (cg_centrality_value(&x->c, CG_MEASURE_PARTNERS, row) <= 0) continue;
    cg_partner_list l = CG_PARTNER_LIST_INIT;
    st = cg_query_partners(&l, x->v, (size_t)x->c.entity[row], NPARTNERS);
    const cg_entity *e = cg_dataset_entity(x->ds, (size_t)x->c.entity[row]);
    for (size_t p = 0; !st && p < l.count; p++) {
      const cg_partner *pa = &l.items[p];
      const cg_entity *pe = cg_dataset_entity(x->ds, (size_t)pa->entity);
      char rank[32], count[32], first[11], last[11];
      snprintf(rank, sizeof rank, "%zu", p + 1);
      snprintf(count, sizeof count, "%zu", pa->agreements);
      cg_buf_clear(&types);
      cg_buf_clear(&names);
      for (size_t k = 0; k < pa->ntypes; k++) {
        const cg_type *t = cg_dataset_type(x->ds, (size_t)pa->types[k].type);
        cg_buf_printf(&types, "%s%s %zu", k ? ", " : "", t->id, pa->types[k].count);
        cg_buf_printf(&names, "%s%s %zu", k ? ", " : "", cg_type_display_name(t), pa->types[k].count);
      }
      cg_date_format(pa->first, first);
      cg_date_format(pa->last, last);
      const char *shown[7] = {cg_entity_display_name(e), rank,  cg_entity_display_name(pe), count,
                              first,          last,  cg_buf_str(&names)};
      const char *exact[8] = {e->id, rank, pe->id, pe->name, count, first, last,
                              cg_buf_str(&types)};
      table_row(x, shown, 7, right, exact, 8, csv);
    }
    cg_partner_list_free(&l);
  }
  if (!st) st = cg_buf_status(&types) || cg_buf_status(&names) ? CG_ERR_NOMEM : CG_OK;
  cg_buf_free(&types);
  cg_buf_free(&names);
  table_end(x);
  cg_buf_puts(&x->html, "<p>Also as <a href=\"partners.csv\">partners.csv</a> (ids, type "
                        "ids).</p>\n</section>\n");
  cg_buf_puts(&x->md, "\nAlso as [partners.csv](partners.csv) (ids, type ids).\n");
  return st;
}

static const char STYLE[] =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;max-width:50rem;"
    "margin:0 auto;padding:1rem;color:#222;background:#fff;line-height:1.4}\n"
    "h1,h2{line-height:1.2}\n"
    "figure{margin:1rem 0}\n"
    "figure svg{display:block;max-width:100%;height:auto}\n"
    "figcaption{font-size:.9rem;color:#555}\n"
    ".scroll{overflow-x:auto;max-width:100%}\n"
    ".scroll:focus{outline:2px solid #36c}\n"
    "table{border-collapse:collapse;font-size:.85rem}\n"
    "th,td{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top}\n"
    "td{min-width:4rem;overflow-wrap:break-word}\n"
    ".n{white-space:nowrap}\n"
    "th{background:#f3f3f3}\n"
    ".n{text-align:right;font-variant-numeric:tabular-nums}\n"
    "nav a{margin-right:1rem}\n";

static void page_start(ctx *x) {
  const char *name = cg_dataset_short_name(x->ds);
  cg_buf_puts(&x->html, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, "
                        "initial-scale=1\"/>\n<title>Cooperation network: ");
  cg_html_escape(&x->html, name, 0);
  cg_buf_printf(&x->html,
                "</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<main>\n<h1>Cooperation "
                "network: ",
                STYLE, cg_explore_style());
  cg_html_escape(&x->html, name, 0);
  cg_buf_printf(&x->html,
                "</h1>\n<p>%zu entities, %zu partner pairs, %zu agreements.</p>\n<nav>"
                "<a href=\"#network\">Network</a><a href=\"#ego\">Ego network</a>"
                "<a href=\"#timeline\">Timeline</a><a href=\"#centrality\">Centrality</a><a "
                "href=\"#partners\">Partners</a>"
                "<a href=\"report.md\">Markdown</a></nav>\n",
                x->c.n, x->c.nedges, x->c.nagreements);
  cg_buf_puts(&x->md, "# Cooperation network: ");
  cg_md_cell_escape(&x->md, name);
  cg_buf_printf(&x->md, "\n\n%zu entities, %zu partner pairs, %zu agreements.\n", x->c.n,
                x->c.nedges, x->c.nagreements);
}

static cg_status build(ctx *x) {
  cg_status st = cg_pgraph_new(&x->g, x->v);
  if (!st) st = cg_centrality(&x->c, x->g, CG_MEASURE_ALL);
  if (st) return st;
  x->rows = malloc((x->c.n + 1) * sizeof *x->rows);
  if (!x->rows) return CG_ERR_NOMEM;
  for (size_t i = 0; i < x->c.n; i++)
    x->rows[i] = i;
  cg_centrality_order(&x->c, x->ds, CG_MEASURE_PAGERANK, x->rows, x->c.n);
  page_start(x);
  if (x->c.n) st = graph_figure(x, "network", "The whole network", "network", -1);
  if (!st && x->c.n) st = cg_explore_part(&x->html, x->g, "network-");
  if (!st && x->c.n) {
    const cg_entity *e = cg_dataset_entity(x->ds, (size_t)x->c.entity[x->rows[0]]);
    cg_buf heading = CG_BUF_INIT;
    cg_buf_printf(&heading, "Ego network of the most central entity: %s", e->id);
    if (e->name[0]) cg_buf_printf(&heading, " (%s)", e->name);
    st = cg_buf_status(&heading);
    if (!st) st = graph_figure(x, "ego", cg_buf_str(&heading), "ego", x->c.entity[x->rows[0]]);
    cg_buf_free(&heading);
  }
  if (!st) st = timeline_figure(x);
  if (!st) st = centrality_section(x);
  if (!st) st = partners_section(x);
  cg_buf_puts(&x->html, "</main>\n</body>\n</html>\n");
  return st;
}

cg_status cg_report_build(cg_report *out, const cg_view *v, char *msg, size_t msg_size) {
  memset(out, 0, sizeof *out);
  cg_msg_clear(msg, msg_size);
  ctx x;
  memset(&x, 0, sizeof x);
  x.v = v;
  x.ds = cg_view_dataset(v);
  x.r = out;
  x.msg = msg;
  x.msg_size = msg_size;
  cg_buf *html = add_file(out, "index.html"), *md = add_file(out, "report.md");
  cg_status st = build(&x);
  if (!st) {
    cg_buf_append(html, x.html.data ? x.html.data : "", x.html.len);
    cg_buf_append(md, x.md.data ? x.md.data : "", x.md.len);
  }
  for (size_t i = 0; !st && i < out->nfiles; i++)
    st = cg_buf_status(&out->files[i].data);
  if (!st) st = cg_buf_status(&x.html);
  if (!st) st = cg_buf_status(&x.md);
  if (st) cg_msg_set_first(msg, msg_size, "%s", cg_status_string(st));
  free(x.rows);
  cg_centrality_result_free(&x.c);
  cg_pgraph_free(x.g);
  cg_buf_free(&x.html);
  cg_buf_free(&x.md);
  if (st) cg_report_free(out);
  return st;
}

void cg_report_free(cg_report *r) {
  if (!r) return;
  for (size_t i = 0; i < r->nfiles; i++)
    cg_buf_free(&r->files[i].data);
  r->nfiles = 0;
}
