/*
 * explore.c - the network explorer (explore.h): the controls' markup, the
 * graph's data as HTML-safe JSON, and the script and style of
 * engine/draw/explore.js and explore.css, compiled in by
 * cmake/embed-text.cmake.
 */
#include "core/error_internal.h"
#include "core/escape_internal.h"
#include "core/json_internal.h"
#include <coopgraph/dataset.h>
#include <coopgraph/explore.h>
#include <coopgraph/render.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const unsigned char cg_asset_explore_js[], cg_asset_explore_css[];
extern const size_t cg_asset_explore_js_len, cg_asset_explore_css_len;

const char *cg_explore_style(void) {
  return (const char *)cg_asset_explore_css;
}

/*
 * The data, compact: arrays by position, entities as graph vertices,
 * agreements oldest first (undated last), pairs as graph edges.
 *   kinds: [name]; groups: [name]; groupColours: ["#rrggbb"], as the figure's
 *   legend; types: [[label, group]];
 *   ents: [[id, name, kind, [alias]]]; agr: [[id, date, type, title]];
 *   pairs: [[u, v, [agr]]]
 */
static cg_status write_data(cg_buf *out, const cg_pgraph *g) {
  const cg_dataset *ds = cg_view_dataset(cg_pgraph_view(g));
  size_t nv = cg_pgraph_nvertices(g), ne = cg_pgraph_nedges(g);
  size_t na = cg_dataset_nagreements(ds), nt = cg_dataset_ntypes(ds), nk = cg_dataset_nkinds(ds);
  int32_t *slot = malloc((na + 1) * sizeof *slot), *order = malloc((na + 1) * sizeof *order);
  int32_t *tslot = malloc((nt + 1) * sizeof *tslot), *kslot = malloc((nk + 1) * sizeof *kslot);
  /* The filter groups are the dataset's type groups (the ones the figures colour by) in use. */
  size_t ng = cg_dataset_ngroups(ds);
  int32_t *gslot = malloc((ng + 1) * sizeof *gslot);
  size_t *gorder = malloc((ng + 1) * sizeof *gorder);
  cg_status st = CG_OK;
  if (!slot || !order || !tslot || !kslot || !gslot || !gorder) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  /* the agreements behind some edge, then the types and kinds in use */
  size_t nused = 0, ntused = 0, nkused = 0, ngused = 0;
  memset(slot, 0xff, (na + 1) * sizeof *slot);
  for (size_t e = 0; e < ne; e++) {
    size_t n;
    const int32_t *as = cg_pgraph_edge_agreements(g, e, &n);
    for (size_t k = 0; k < n; k++)
      if (slot[as[k]] < 0) slot[as[k]] = 0, order[nused++] = as[k];
  }
  st = cg_dataset_sort_by_date(ds, order, nused);
  if (st) goto done;
  memset(tslot, 0xff, (nt + 1) * sizeof *tslot);
  memset(kslot, 0xff, (nk + 1) * sizeof *kslot);
  for (size_t i = 0; i < nused; i++) {
    slot[order[i]] = (int32_t)i;
    int32_t t = cg_dataset_agreement(ds, (size_t)order[i])->type;
    if (tslot[t] < 0) tslot[t] = 0;
  }
  memset(gslot, 0xff, (ng + 1) * sizeof *gslot);
  for (size_t t = 0; t < nt; t++) /* types in dataset order; groups as their first type comes */
    if (tslot[t] >= 0) {
      tslot[t] = (int32_t)ntused++;
      size_t gi = (size_t)cg_dataset_type(ds, t)->group_index;
      if (gslot[gi] < 0) gorder[ngused] = gi, gslot[gi] = (int32_t)ngused++;
    }
  for (size_t v = 0; v < nv; v++) {
    int32_t k = cg_dataset_entity(ds, (size_t)cg_pgraph_entity(g, v))->kind_index;
    if (k >= 0 && kslot[k] < 0) kslot[k] = 0;
  }
  for (size_t k = 0; k < nk; k++)
    if (kslot[k] >= 0) kslot[k] = (int32_t)nkused++;

  cg_json j;
  cg_json_init(&j, out, 0);
  j.html = 1;
  cg_json_begin_object(&j);
  cg_json_key(&j, "kinds");
  cg_json_begin_array(&j);
  for (size_t k = 0; k < nk; k++)
    if (kslot[k] >= 0) cg_json_string(&j, cg_dataset_kind(ds, k));
  cg_json_end_array(&j);
  cg_json_key(&j, "types");
  cg_json_begin_array(&j);
  for (size_t t = 0; t < nt; t++) {
    if (tslot[t] < 0) continue;
    const cg_type *ty = cg_dataset_type(ds, t);
    cg_json_begin_array(&j);
    cg_json_string(&j, cg_type_display_name(ty));
    cg_json_int(&j, gslot[ty->group_index]);
    cg_json_end_array(&j);
  }
  cg_json_end_array(&j);
  cg_json_key(&j, "groups");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < ngused; i++)
    cg_json_string(&j, cg_dataset_group(ds, gorder[i]));
  cg_json_end_array(&j);
  cg_json_key(&j, "groupColours");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < ngused; i++)
    cg_json_string(&j, cg_group_colour(ds, gorder[i]));
  cg_json_end_array(&j);
  cg_json_key(&j, "ents");
  cg_json_begin_array(&j);
  for (size_t v = 0; v < nv; v++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)cg_pgraph_entity(g, v));
    cg_json_begin_array(&j);
    cg_json_string(&j, en->id);
    cg_json_string(&j, en->name);
    cg_json_int(&j, en->kind_index >= 0 ? kslot[en->kind_index] : -1);
    cg_json_begin_array(&j);
    for (size_t k = 0; k < en->naliases; k++)
      cg_json_string(&j, en->aliases[k]);
    cg_json_end_array(&j);
    cg_json_end_array(&j);
  }
  cg_json_end_array(&j);
  cg_json_key(&j, "agr");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < nused; i++) {
    const cg_agreement *a = cg_dataset_agreement(ds, (size_t)order[i]);
    char date[11];
    cg_json_begin_array(&j);
    cg_json_string(&j, a->id);
    cg_json_string(&j, cg_date_format(a->date, date));
    cg_json_int(&j, tslot[a->type]);
    cg_json_string(&j, a->title);
    cg_json_end_array(&j);
  }
  cg_json_end_array(&j);
  cg_json_key(&j, "pairs");
  cg_json_begin_array(&j);
  for (size_t e = 0; e < ne; e++) {
    size_t u, v, n;
    double w;
    cg_pgraph_edge(g, e, &u, &v, &w);
    const int32_t *as = cg_pgraph_edge_agreements(g, e, &n);
    cg_json_begin_array(&j);
    cg_json_int(&j, (long long)u);
    cg_json_int(&j, (long long)v);
    cg_json_begin_array(&j);
    for (size_t k = 0; k < n; k++)
      cg_json_int(&j, slot[as[k]]);
    cg_json_end_array(&j);
    cg_json_end_array(&j);
  }
  cg_json_end_array(&j);
  cg_json_end_object(&j);
done:
  free(slot);
  free(order);
  free(tslot);
  free(kslot);
  free(gslot);
  free(gorder);
  return st;
}

/* The controls; the script fills the lists, shows them and moves the figure in. */
static const char CONTROLS[] =
    "<div class=\"cg-bar\">\n"
    "<div class=\"cg-find\"><label for=\"cg-find\">Find an entity</label> <input "
    "type=\"search\" id=\"cg-find\" list=\"cg-find-list\" autocomplete=\"off\" "
    "spellcheck=\"false\" placeholder=\"id, name or alias\"/><datalist "
    "id=\"cg-find-list\"></datalist></div>\n"
    "<div class=\"cg-time\"><label for=\"cg-year\">As of year</label> <input type=\"range\" "
    "id=\"cg-year\" min=\"0\" max=\"0\" step=\"1\" value=\"0\"/> <output id=\"cg-year-out\" "
    "for=\"cg-year\"></output> <button type=\"button\" id=\"cg-play\" "
    "aria-pressed=\"false\">Play</button></div>\n"
    "<div class=\"cg-zoom\" role=\"group\" aria-label=\"View\"><button type=\"button\" "
    "id=\"cg-zin\" aria-label=\"Zoom in\">+</button><button type=\"button\" id=\"cg-zout\" "
    "aria-label=\"Zoom out\">\xe2\x88\x92</button><button type=\"button\" "
    "id=\"cg-zreset\">Reset view</button></div>\n"
    "</div>\n"
    "<p class=\"cg-note\" id=\"cg-time-note\"></p>\n"
    "<div class=\"cg-filters\"><fieldset id=\"cg-groups\"><legend>Agreement types</legend>"
    "</fieldset><fieldset id=\"cg-kinds\"><legend>Entity kinds</legend></fieldset></div>\n"
    "<div class=\"cg-main\"><div class=\"cg-stage\" tabindex=\"0\" role=\"group\" "
    "aria-label=\"Network: arrow keys pan, plus and minus zoom, 0 resets; Tab enters the "
    "entities, then arrow keys move between them\" aria-describedby=\"cg-help\"></div>\n"
    "<div class=\"cg-panel\" id=\"cg-panel\" role=\"region\" aria-label=\"Selected entity\" "
    "tabindex=\"0\"></div></div>\n"
    "<p class=\"cg-note\" id=\"cg-help\">Hover, click or Tab to an entity to see its partners, "
    "then move between entities with the arrow keys. Drag to pan (or arrow keys on the figure, "
    "Shift and arrow keys on an entity); + and \xe2\x88\x92, or the wheel once the figure has "
    "focus, zoom; Escape clears the selection.</p>\n"
    "<p class=\"cg-status\" id=\"cg-status\" role=\"status\"></p>\n";

cg_status cg_explore_part(cg_buf *out, const cg_pgraph *g, const char *figure_prefix) {
  cg_buf_puts(out, "<div id=\"cg-x\" class=\"cg-x\" data-figure=\"");
  cg_html_escape(out, figure_prefix ? figure_prefix : "", 0);
  cg_buf_puts(out, "\" hidden=\"hidden\">\n");
  cg_buf_puts(out, CONTROLS);
  cg_buf_puts(out, "</div>\n<script type=\"application/json\" id=\"cg-x-data\">");
  cg_status st = write_data(out, g);
  cg_buf_puts(out, "</script>\n<script>//<![CDATA[\n");
  cg_buf_append(out, (const char *)cg_asset_explore_js, cg_asset_explore_js_len);
  cg_buf_puts(out, "//]]></script>\n");
  return st ? st : cg_buf_status(out);
}

static const char PAGE_STYLE[] =
    "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;max-width:80rem;"
    "margin:0 auto;padding:1rem;color:#222;background:#fff;line-height:1.4}\n"
    "figure{margin:1rem 0}\n"
    "figure svg{display:block;max-width:100%;height:auto}\n"
    "figcaption{font-size:.9rem;color:#555}\n";

cg_status cg_explore_page(cg_buf *out, const cg_pgraph *g, size_t max_nodes, char *msg,
                          size_t msg_size) {
  const cg_dataset *ds = cg_view_dataset(cg_pgraph_view(g));
  const char *name = cg_dataset_short_name(ds);
  cg_render_options ro = CG_RENDER_OPTIONS_INIT;
  ro.responsive = 1;
  ro.id_prefix = "network-";
  ro.max_nodes = max_nodes;
  cg_buf svg = CG_BUF_INIT;
  cg_status st = cg_render_svg(g, &ro, &svg, msg, msg_size);
  if (st) {
    cg_buf_free(&svg);
    return st;
  }
  const char *s = cg_buf_str(&svg), *start = strstr(s, "<svg");
  if (!start) start = s;
  cg_buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                   "<title>Network explorer: ");
  cg_html_escape(out, name, 0);
  cg_buf_printf(out,
                "</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<main>\n<h1>Network "
                "explorer: ",
                PAGE_STYLE, cg_explore_style());
  cg_html_escape(out, name, 0);
  cg_buf_printf(out,
                "</h1>\n<p>%zu entities, %zu partner pairs. Without JavaScript this page shows "
                "the figure alone.</p>\n<section id=\"network\">\n"
                "<h2>The network</h2>\n<figure>\n",
                cg_pgraph_nvertices(g), cg_pgraph_nedges(g));
  cg_buf_append(out, start, svg.len - (size_t)(start - s));
  if (out->len && out->data[out->len - 1] != '\n') cg_buf_putc(out, '\n');
  cg_buf_puts(out, "<figcaption>Made by coopgraph explore: one file, no external "
                   "resources.</figcaption>\n</figure>\n</section>\n");
  cg_buf_free(&svg);
  st = cg_explore_part(out, g, "network-");
  cg_buf_puts(out, "</main>\n</body>\n</html>\n");
  if (!st) st = cg_buf_status(out);
  if (st) cg_msg_set_first(msg, msg_size, "%s", cg_status_string(st));
  return st;
}
