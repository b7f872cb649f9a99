/*
 * growth.c - the network growing over time as small multiples
 * (growth.h): the union of the shown periods' partnership graphs is laid
 * out once by neato (fixed seed), then one output graph holds a panel per
 * period with every node pinned at its laid-out place plus the panel's
 * offset, drawn by the "nop" engine (positions as given, straight edges).
 * Edges that pass through a node they do not join are then routed around
 * it by Graphviz's router (cg_gv_route), panel by panel while the figure's
 * routed edges stay within the limit of any one drawing; a panel past it
 * keeps straight edges and the figure says so. Tidied like every SVG.
 */
#include "core/error_internal.h"
#include "core/sort_internal.h"
#include "core/escape_internal.h"
#include "draw/gvc_internal.h"
#include <coopgraph/growth.h>
#include <coopgraph/number.h>
#include <coopgraph/render.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica,Arial,sans-serif"
#define COLUMNS 2 /* two panels a row stay readable in an 800 px column */
#define PAD 24.0     /* points around a panel's drawing */
#define TITLE_H 40.0 /* points above it for the period label */
#define LABELLED 12 /* entities named in the panels: more would crowd the layout */
#define NOTE_H 30.0  /* points below the panels for the note on undated agreements */


/* One shown period: its graph (for the edges) and its centrality row per vertex. */
typedef struct panel {
  const cg_period_centrality *pc;
  cg_view *v;
  cg_pgraph *g;
  size_t nodes, pairs; /* entities with partners, partner pairs */
  int routed;          /* edges routed around nodes (else straight: too many) */
} panel;

typedef struct growth {
  const cg_dataset *ds;
  cg_growth_options o;
  const cg_measure_info *m; /* the measure sizing the nodes */
  cg_centrality_series s;
  panel *panels;
  size_t npanels;
  double vmax;   /* largest measure value over the whole series */
  double *width; /* per entity: largest node width over the panels (inches) */
  double *x, *y; /* per entity: laid-out position (points, from the bb corner) */
  int32_t *ents; /* entities drawn somewhere, sorted by id */
  char *labelled; /* per entity: 1 when among the LABELLED largest (the rest: tooltips) */
  size_t nents;
  double bw, bh; /* the layout's bounding box (points) */
  size_t undated; /* in-view agreements without a date: in no period */
  size_t straight; /* panels whose edges stay straight (too many to route) */
  size_t routed_pairs; /* partner pairs of the panels routed so far */
  double fontsize; /* points; grows with the layout so text is >= 9 px at 800 px */
  cg_buf tmp;
} growth;

static int by_id(const void *pa, const void *pb, void *ds) {
  int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
  return strcmp(cg_dataset_entity(ds, (size_t)a)->id, cg_dataset_entity(ds, (size_t)b)->id);
}

/* Whether row i of a period's centrality has partners (is drawn). */
static int active(const cg_centrality_result *c, size_t i) {
  return cg_centrality_value(c, CG_MEASURE_PARTNERS, i) > 0;
}

/* Largest node first, ties by id: the entities named in the panels. */
static int by_width(const void *pa, const void *pb, void *ctx) {
  const growth *gr = ctx;
  int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
  if (gr->width[a] != gr->width[b]) return gr->width[a] > gr->width[b] ? -1 : 1;
  return by_id(pa, pb, (void *)gr->ds);
}

/* The graph of one period, with the filter cg_centrality_over_time uses for it. */
static cg_status panel_graph(growth *gr, panel *p, const cg_filter *base) {
  cg_filter f = cg_period_filter(base, p->pc->first_year, p->pc->last_year, gr->o.by, gr->o.window);
  cg_status st = cg_view_new(&p->v, gr->ds, &f);
  if (!st) st = cg_pgraph_new(&p->g, p->v);
  if (!st && cg_pgraph_nvertices(p->g) != p->pc->c.n) st = CG_ERR_INTERNAL;
  if (st) return st;
  for (size_t i = 0; i < p->pc->c.n; i++) {
    if (cg_pgraph_entity(p->g, i) != p->pc->c.entity[i]) return CG_ERR_INTERNAL;
    p->nodes += active(&p->pc->c, i);
  }
  p->pairs = cg_pgraph_nedges(p->g);
  /* The router works on the whole figure (every panel's nodes are in its
   * way), so the limit of one drawing holds for the figure: panels are
   * routed in order while their edges together stay within it. */
  p->routed = gr->routed_pairs + p->pairs <= CG_RENDER_ROUTE_MAX_EDGES;
  if (p->routed) gr->routed_pairs += p->pairs;
  gr->straight += !p->routed;
  return CG_OK;
}

/* Node width (inches) for a measure value: the area grows with the value. */
static double node_width(const growth *gr, double x) {
  double r = gr->vmax > 0 && x > 0 ? x / gr->vmax : 0.0;
  return 0.2 + 1.3 * sqrt(r);
}

/* Chooses the panels, builds their graphs, scales the sizes. */
static cg_status prepare(growth *gr, const cg_filter *base) {
  size_t np = gr->s.nperiods, max = gr->o.max_panels;
  if (!max || max > CG_GROWTH_MAX_PANELS) max = CG_GROWTH_MAX_PANELS;
  gr->npanels = np < max ? np : max;
  size_t ne = cg_dataset_nentities(gr->ds);
  gr->panels = calloc(gr->npanels + 1, sizeof *gr->panels);
  gr->width = calloc(ne + 1, sizeof *gr->width);
  gr->x = calloc(ne + 1, sizeof *gr->x);
  gr->y = calloc(ne + 1, sizeof *gr->y);
  gr->ents = malloc((ne + 1) * sizeof *gr->ents);
  if (!gr->panels || !gr->width || !gr->x || !gr->y || !gr->ents) return CG_ERR_NOMEM;
  for (size_t p = 0; p < np; p++) {
    const cg_centrality_result *c = &gr->s.periods[p].c;
    for (size_t i = 0; i < c->n; i++)
      if (active(c, i) && cg_centrality_value(c, gr->m->bit, i) > gr->vmax)
        gr->vmax = cg_centrality_value(c, gr->m->bit, i);
  }
  for (size_t j = 0; j < gr->npanels; j++) {
    /* evenly spaced, the first and the last always in */
    size_t idx =
        gr->npanels == 1 ? np - 1 : (j * (np - 1) + (gr->npanels - 1) / 2) / (gr->npanels - 1);
    panel *p = &gr->panels[j];
    p->pc = &gr->s.periods[idx];
    cg_status st = panel_graph(gr, p, base);
    if (st) return st;
    const cg_centrality_result *c = &p->pc->c;
    for (size_t i = 0; i < c->n; i++) {
      if (!active(c, i)) continue;
      size_t e = (size_t)c->entity[i];
      double w = node_width(gr, cg_centrality_value(c, gr->m->bit, i));
      if (gr->width[e] == 0) gr->ents[gr->nents++] = (int32_t)e;
      if (w > gr->width[e]) gr->width[e] = w;
    }
  }
  cg_sort(gr->ents, gr->nents, sizeof *gr->ents, by_width, gr);
  gr->labelled = calloc(ne + 1, 1);
  if (!gr->labelled) return CG_ERR_NOMEM;
  for (size_t i = 0; i < gr->nents && i < LABELLED; i++)
    gr->labelled[gr->ents[i]] = 1;
  cg_sort(gr->ents, gr->nents, sizeof *gr->ents, by_id, (void *)gr->ds);
  return CG_OK;
}

/* In-view agreements without a date: no period holds them. */
static cg_status count_undated(growth *gr, const cg_filter *base) {
  cg_view *v = NULL;
  cg_status st = cg_view_new(&v, gr->ds, base);
  for (size_t a = 0; !st && a < cg_dataset_nagreements(gr->ds); a++)
    gr->undated += cg_view_agreement_in(v, a) && !cg_date_known(cg_dataset_agreement(gr->ds, a)->date);
  cg_view_free(v);
  return st;
}

/*
 * Every node is drawn at its measure's size, so sizes compare across
 * panels; a named node is at least as big as its name (a name never spills
 * out of its node), which only the smallest named nodes need.
 */
static void node_style(growth *gr, Agnode_t *n, size_t e, double w) {
  char num[32];
  const cg_entity *en = cg_dataset_entity(gr->ds, e);
  int named = gr->labelled[e];
  cg_gv_set(n, "label", named ? en->id : "");
  if (!named) cg_gv_set(n, "fixedsize", "true");
  cg_gv_set(n, "shape", cg_kind_shape(en->kind));
  snprintf(num, sizeof num, "%.2f", w);
  cg_gv_set(n, "width", num);
  snprintf(num, sizeof num, "%.2f", w * 0.6);
  cg_gv_set(n, "height", num);
  const char *fill = cg_palette_colour(cg_kind_slot(gr->ds, (size_t)en->kind_index));
  cg_gv_set(n, "style", strcmp(en->kind, "agency") == 0 ? "rounded,filled" : "filled");
  /* The kind's colour at 60% as it looks on white, but opaque: a name on it
   * stays readable on a transparent figure over a dark page. */
  cg_colour_on_white(fill, 0.6, num);
  cg_gv_set(n, "fillcolor", num);
  cg_gv_set(n, "color", fill);
  cg_gv_set(n, "fontcolor", "black");
}

/* Lays the union graph out once with neato and keeps each entity's position. */
static cg_status layout(growth *gr, GVC_t *gvc) {
  if (!gr->nents) return CG_OK;
  Agraph_t *lg = agopen("layout", Agstrictundirected, NULL);
  if (!lg) return CG_ERR_NOMEM;
  agattr(lg, AGNODE, "fontname", FONT);
  char fs[32];
  snprintf(fs, sizeof fs, "%.1f", gr->fontsize);
  agattr(lg, AGNODE, "fontsize", fs);
  cg_gv_set(lg, "start", "1");
  cg_gv_set(lg, "overlap", "false");
  cg_gv_set(lg, "sep", "+4");
  cg_gv_set(lg, "pack", "true");
  for (size_t i = 0; i < gr->nents; i++) {
    const cg_entity *en = cg_dataset_entity(gr->ds, (size_t)gr->ents[i]);
    Agnode_t *n = agnode(lg, (char *)en->id, 1);
    if (!n) {
      agclose(lg);
      return CG_ERR_NOMEM;
    }
    node_style(gr, n, (size_t)gr->ents[i], gr->width[gr->ents[i]]);
  }
  for (size_t j = 0; j < gr->npanels; j++) {
    const cg_pgraph *g = gr->panels[j].g;
    for (size_t e = 0; e < cg_pgraph_nedges(g); e++) {
      size_t u, v;
      cg_pgraph_edge(g, e, &u, &v, NULL);
      const char *a = cg_dataset_entity(gr->ds, (size_t)cg_pgraph_entity(g, u))->id;
      const char *b = cg_dataset_entity(gr->ds, (size_t)cg_pgraph_entity(g, v))->id;
      if (strcmp(a, b) > 0) {
        const char *t = a;
        a = b, b = t;
      }
      Agnode_t *na = agnode(lg, (char *)a, 0), *nb = agnode(lg, (char *)b, 0);
      if (na && nb) agedge(lg, na, nb, NULL, 1);
    }
  }
  if (gvLayout(gvc, lg, "neato") != 0) {
    agclose(lg);
    return CG_ERR_INTERNAL;
  }
  boxf bb = GD_bb(lg);
  gr->bw = bb.UR.x - bb.LL.x;
  gr->bh = bb.UR.y - bb.LL.y;
  for (size_t i = 0; i < gr->nents; i++) {
    Agnode_t *n = agnode(lg, (char *)cg_dataset_entity(gr->ds, (size_t)gr->ents[i])->id, 0);
    if (!n) continue;
    gr->x[gr->ents[i]] = ND_coord(n).x - bb.LL.x;
    gr->y[gr->ents[i]] = ND_coord(n).y - bb.LL.y;
  }
  gvFreeLayout(gvc, lg);
  agclose(lg);
  return CG_OK;
}

static void set_pos(Agnode_t *n, double x, double y) {
  char pos[64];
  snprintf(pos, sizeof pos, "%.2f,%.2f!", x, y);
  cg_gv_set(n, "pos", pos);
}

/* Panel j: a frame, the period's label, its entities and partner pairs. */
static cg_status add_panel(growth *gr, Agraph_t *ag, size_t j, size_t nrows) {
  const panel *p = &gr->panels[j];
  double cw = gr->bw + 2 * PAD, ch = gr->bh + 2 * PAD + TITLE_H;
  double x0 = (double)(j % COLUMNS) * cw,
         y0 = NOTE_H + (double)(nrows - 1 - j / COLUMNS) * ch;
  char name[64];
  /* The frame is a cluster with its box given (nop draws it as is), not a
   * node: a node holding the panel would block the edge router. */
  snprintf(name, sizeof name, "cluster_panel%zu", j + 1);
  Agraph_t *fr = agsubg(ag, name, 1);
  if (!fr) return CG_ERR_NOMEM;
  char bb[128];
  snprintf(bb, sizeof bb, "%.2f,%.2f,%.2f,%.2f", x0 + 4, y0 + 4, x0 + cw - 4, y0 + ch - 4);
  cg_gv_set(fr, "bb", bb);
  cg_gv_set(fr, "style", "rounded");
  cg_gv_set(fr, "color", "#cccccc");
  cg_gv_set(fr, "label", "");
  snprintf(name, sizeof name, "period%zu", j + 1);
  Agnode_t *tn = agnode(ag, name, 1);
  if (!tn) return CG_ERR_NOMEM;
  cg_buf_clear(&gr->tmp);
  cg_buf_printf(&gr->tmp, "%s: %zu entit%s, %zu partner pair%s", p->pc->label, p->nodes,
                p->nodes == 1 ? "y" : "ies", p->pairs, p->pairs == 1 ? "" : "s");
  cg_gv_set(tn, "label", cg_buf_str(&gr->tmp));
  cg_gv_set(tn, "shape", "plaintext");
  cg_gv_set(tn, "style", "");
  char fs[32];
  snprintf(fs, sizeof fs, "%.1f", gr->fontsize * 1.3);
  cg_gv_set(tn, "fontsize", fs);
  cg_gv_set(tn, "class", "period");
  set_pos(tn, x0 + cw / 2, y0 + ch - 4 - TITLE_H / 2);
  const cg_centrality_result *c = &p->pc->c;
  for (size_t i = 0; i < c->n; i++) {
    if (!active(c, i)) continue;
    size_t e = (size_t)c->entity[i];
    const cg_entity *en = cg_dataset_entity(gr->ds, e);
    snprintf(name, sizeof name, "p%zu:", j + 1);
    cg_buf_clear(&gr->tmp);
    cg_buf_puts(&gr->tmp, name);
    cg_buf_puts(&gr->tmp, en->id);
    Agnode_t *n = agnode(ag, (char *)cg_buf_str(&gr->tmp), 1);
    if (!n) return CG_ERR_NOMEM;
    double x = cg_centrality_value(c, gr->m->bit, i);
    node_style(gr, n, e, node_width(gr, x));
    cg_buf_clear(&gr->tmp);
    cg_css_class(&gr->tmp, "kind-", en->kind);
    cg_gv_set(n, "class", cg_buf_str(&gr->tmp));
    cg_buf_clear(&gr->tmp);
    cg_gv_text_escape(&gr->tmp, cg_entity_display_name(en), 1);
    cg_buf_printf(&gr->tmp, " (%s) in %s\\n%s: %.6g", en->kind, p->pc->label,
                  gr->m->name, x);
    cg_gv_set(n, "tooltip", cg_buf_str(&gr->tmp));
    set_pos(n, x0 + PAD + gr->x[e], y0 + PAD + gr->y[e]);
  }
  for (size_t e = 0; e < cg_pgraph_nedges(p->g); e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(p->g, e, &u, &v, &w);
    const char *a = cg_dataset_entity(gr->ds, (size_t)cg_pgraph_entity(p->g, u))->id;
    const char *b = cg_dataset_entity(gr->ds, (size_t)cg_pgraph_entity(p->g, v))->id;
    if (strcmp(a, b) > 0) {
      const char *t = a;
      a = b, b = t;
    }
    char na[300], nb[300];
    snprintf(na, sizeof na, "p%zu:%s", j + 1, a);
    snprintf(nb, sizeof nb, "p%zu:%s", j + 1, b);
    Agnode_t *ta = agnode(ag, na, 0), *hb = agnode(ag, nb, 0);
    if (!ta || !hb) continue;
    Agedge_t *ed = agedge(ag, ta, hb, NULL, 1);
    if (!ed) return CG_ERR_NOMEM;
    char num[32];
    snprintf(num, sizeof num, "%.2f", 1.0 + (w > 1 ? log2(w) : 0.0));
    cg_gv_set(ed, "penwidth", num);
    cg_buf_clear(&gr->tmp);
    cg_buf_printf(&gr->tmp, "%s -- %s: %.0f agreement%s in %s", a, b, w, w == 1 ? "" : "s",
                  p->pc->label);
    cg_gv_set(ed, "tooltip", cg_buf_str(&gr->tmp));
  }
  return cg_buf_status(&gr->tmp);
}

static cg_status build(growth *gr, Agraph_t **out) {
  /* sequential ids: clusters in creation order, the same bytes every run */
  Agraph_t *ag = *out = agopen("growth", Agundirected, cg_gv_buf_disc());
  if (!ag) return CG_ERR_NOMEM;
  agattr(ag, AGRAPH, "fontname", FONT);
  agattr(ag, AGNODE, "fontname", FONT);
  char fs[32];
  snprintf(fs, sizeof fs, "%.1f", gr->fontsize);
  agattr(ag, AGNODE, "fontsize", fs);
  agattr(ag, AGEDGE, "color", "#8c8c8c");
  /* Period labels and the note sit on the page: on a transparent figure a
   * grey that reads on light and dark pages. */
  if (gr->o.transparent) agattr(ag, AGNODE, "fontcolor", CG_INK_ANY_PAGE);
  /* Straight edges from nop; route_hook then takes those through a node
   * around it (Graphviz's router on the whole figure would take minutes). */
  cg_gv_set(ag, "splines", "line");
  cg_gv_set(ag, "outputorder", "edgesfirst");
  cg_gv_set(ag, "pad", "0.1");
  if (gr->o.transparent) cg_gv_set(ag, "bgcolor", "transparent");
  if (!gr->npanels) {
    Agnode_t *n = agnode(ag, "none", 1);
    if (!n) return CG_ERR_NOMEM;
    cg_gv_set(n, "label", "no dated agreements");
    cg_gv_set(n, "shape", "plaintext");
    set_pos(n, 0, 0);
    return CG_OK;
  }
  size_t nrows = (gr->npanels + COLUMNS - 1) / COLUMNS;
  for (size_t j = 0; j < gr->npanels; j++) {
    cg_status st = add_panel(gr, ag, j, nrows);
    if (st) return st;
  }
  /* what the panels leave out, said in the figure (and in <desc>) */
  Agnode_t *n = agnode(ag, "note", 1);
  if (!n) return CG_ERR_NOMEM;
  cg_buf_clear(&gr->tmp);
  cg_buf_printf(&gr->tmp, "Node size: %s, on one scale for all panels.", gr->m->name);
  if (gr->undated)
    cg_buf_printf(&gr->tmp, " %zu undated agreement%s left out (in no period).", gr->undated,
                  gr->undated == 1 ? "" : "s");
  cg_gv_set(n, "label", cg_buf_str(&gr->tmp));
  cg_gv_set(n, "shape", "plaintext");
  snprintf(fs, sizeof fs, "%.1f", gr->fontsize * 1.15);
  cg_gv_set(n, "fontsize", fs);
  cg_gv_set(n, "class", "note");
  set_pos(n, (double)(gr->npanels < COLUMNS ? gr->npanels : COLUMNS) * (gr->bw + 2 * PAD) / 2,
          NOTE_H / 2);
  return cg_buf_status(&gr->tmp);
}

/* The panel an edge of the figure belongs to: its ends are named "pN:id". */
static int edge_routed(Agedge_t *e, void *ctx) {
  const growth *gr = ctx;
  const char *name = agnameof(agtail(e));
  if (!name || name[0] != 'p') return 0;
  unsigned long long j;
  if (cg_parse_uint(name + 1, strcspn(name + 1, ":"), 1, gr->npanels, &j)) return 0;
  return gr->panels[j - 1].routed;
}

/* After the layout: the edges of panels small enough go around nodes they do not join. */
static cg_status route_hook(GVC_t *gvc, Agraph_t *ag, void *ctx) {
  return cg_gv_route(gvc, ag, "nop", edge_routed, ctx);
}

static void title_desc(const growth *gr, cg_buf *title, cg_buf *desc) {
  const char *name = cg_dataset_short_name(gr->ds);
  if (gr->o.title)
    cg_buf_puts(title, gr->o.title);
  else
    cg_buf_printf(title, "Cooperation network over time: %s", name);
  if (gr->o.desc) {
    cg_buf_puts(desc, gr->o.desc);
    return;
  }
  if (!gr->npanels) {
    cg_buf_printf(desc, "Dataset %s has no dated agreement in view, so no period to draw.", name);
    return;
  }
  const char *unit = gr->o.by == CG_PERIOD_DECADE ? "decade" : "year";
  cg_buf_printf(desc, "Partnership graph of dataset %s at the end of %zu of its %zu %ss (", name,
                gr->npanels, gr->s.nperiods, unit);
  for (size_t j = 0; j < gr->npanels; j++)
    cg_buf_printf(desc, "%s%s", j ? ", " : "", gr->panels[j].pc->label);
  cg_buf_printf(desc, "), one panel each, left to right then top to bottom");
  if (gr->o.window)
    cg_buf_printf(desc, "; only agreements dated in the last %u %s%s", gr->o.window, unit,
                  gr->o.window == 1 ? "" : "s");
  cg_buf_printf(desc,
                ". Every panel uses the same layout; nodes are the entities with partners "
                "then, sized by %s (scaled over all periods) and coloured by kind; the %d "
                "largest are named, the others in tooltips.",
                gr->m->name, LABELLED);
  if (gr->straight) {
    cg_buf_puts(desc, " Edges are drawn straight, some through nodes they do not join, in ");
    for (size_t j = 0, k = 0; j < gr->npanels; j++) {
      const panel *p = &gr->panels[j];
      if (p->routed) continue;
      const char *sep = k == 0 ? "" : k + 1 == gr->straight ? " and " : ", ";
      cg_buf_printf(desc, "%s%s (%zu partner pairs)", sep, p->pc->label, p->pairs);
      k++;
    }
    cg_buf_printf(desc,
                  ": a figure routes at most %d partner pairs around nodes in reasonable time, "
                  "panel by panel.",
                  CG_RENDER_ROUTE_MAX_EDGES);
  }
  if (gr->undated)
    cg_buf_printf(desc, " %zu undated agreement%s left out (in no period).", gr->undated,
                  gr->undated == 1 ? "" : "s");
}

cg_status cg_render_growth(const cg_dataset *ds, const cg_filter *base,
                           const cg_growth_options *opts, cg_buf *out, char *msg, size_t msg_size) {
  return cg_render_growth_info(ds, base, opts, out, NULL, msg, msg_size);
}

cg_status cg_render_growth_info(const cg_dataset *ds, const cg_filter *base,
                                const cg_growth_options *opts, cg_buf *out, cg_growth_info *info,
                                char *msg, size_t msg_size) {
  growth gr;
  memset(&gr, 0, sizeof gr);
  gr.ds = ds;
  cg_growth_options defaults = CG_GROWTH_OPTIONS_INIT;
  gr.o = opts ? *opts : defaults;
  if (!gr.o.size_by) gr.o.size_by = CG_MEASURE_PAGERANK;
  Agraph_t *ag = NULL;
  GVC_t *gvc = NULL;
  cg_buf title = CG_BUF_INIT, desc = CG_BUF_INIT;
  agusererrf old = cg_gv_capture_begin();
  cg_status st = CG_ERR_ARG;
  gr.m = cg_measure_info_of(gr.o.size_by);
  if (!base || !gr.m) {
    cg_msg_set(msg, msg_size, "invalid options");
    goto done;
  }
  cg_over_time_options ot = {gr.o.by, gr.o.window, (unsigned)gr.o.size_by | CG_MEASURE_PARTNERS};
  st = cg_centrality_over_time(&gr.s, ds, base, &ot);
  if (st == CG_ERR_ARG) cg_msg_set(msg, msg_size, "invalid filter or options for over-time");
  if (!st) st = prepare(&gr, base);
  if (!st) st = count_undated(&gr, base);
  if (st) goto done;
  st = CG_ERR_INTERNAL;
  if (!(gvc = cg_gvc())) goto done;
  /* Text must be >= 9 px once the figure is scaled to 800 px: a big layout
   * gets a bigger font, laid out again so the named nodes fit their labels. */
  gr.fontsize = 14;
  if ((st = layout(&gr, gvc)) != CG_OK) goto done;
  for (int round = 0; round < 3; round++) {
    double total = (double)(gr.npanels < COLUMNS ? gr.npanels : COLUMNS) * (gr.bw + 2 * PAD);
    double need = 10.0 / 1.1 * total / 800.0;
    if (need <= gr.fontsize) break;
    gr.fontsize = need * 1.1;
    if ((st = layout(&gr, gvc)) != CG_OK) goto done;
  }
  if ((st = build(&gr, &ag)) != CG_OK) goto done;
  title_desc(&gr, &title, &desc);
  if (cg_buf_status(&title) || cg_buf_status(&desc)) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  cg_svg_tidy_options to = {gr.o.id_prefix, gr.o.responsive, cg_buf_str(&title), cg_buf_str(&desc)};
  /* Positions come from the panels' own layouts: the nop engine keeps them. */
  st = cg_gv_draw(ag, "nop", "svg", &to, route_hook, &gr, out,
                  "Graphviz or igraph failed to draw the figure", msg, msg_size);
  if (!st && info) {
    memset(info, 0, sizeof *info);
    info->panels = gr.npanels;
    info->straight_panels = gr.straight;
    info->undated = gr.undated;
  }
done:
  cg_gv_failure(st, "Graphviz or igraph failed to draw the figure", msg, msg_size);
  cg_gv_capture_end(old);
  if (ag) agclose(ag);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  cg_buf_free(&gr.tmp);
  for (size_t j = 0; gr.panels && j < gr.npanels; j++) {
    cg_pgraph_free(gr.panels[j].g);
    cg_view_free(gr.panels[j].v);
  }
  free(gr.panels);
  free(gr.width);
  free(gr.x);
  free(gr.y);
  free(gr.ents);
  free(gr.labelled);
  cg_centrality_series_free(&gr.s);
  return st;
}
