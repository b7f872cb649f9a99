/*
 * timeline.c - agreements along time (timeline.h): a cgraph graph with
 * one column per year (rank=same), the years chained as a spine, agreements
 * stacked under their year; laid out by dot and tidied like every SVG.
 */
#include "draw/gvc_internal.h"
#include <coopgraph/render.h>
#include <coopgraph/timeline.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica,Arial,sans-serif"
#define MAX_PARTIES_SHOWN 6

static void set_msg(char *msg, size_t size, const char *text) {
  if (msg && size) snprintf(msg, size, "%s", text);
}

typedef struct tl {
  const cg_dataset *ds;
  int32_t *list; /* dated agreements, oldest first */
  size_t n, undated;
  cg_buf tmp;
} tl;

static void set(tl *t, void *obj, const char *name, const char *value) {
  (void)t;
  agsafeset(obj, (char *)name, (char *)value, "");
}

static void add_agreement(tl *t, Agraph_t *ag, Agraph_t *col, Agnode_t **prev, size_t a) {
  const cg_agreement *ar = cg_dataset_agreement(t->ds, a);
  char name[32], date[11];
  snprintf(name, sizeof name, "a%zu", a);
  Agnode_t *nd = agnode(col, name, 1);
  size_t slot = cg_type_slot(t->ds, (size_t)ar->type);
  const char *fill = cg_palette_colour(slot);
  set(t, nd, "fillcolor", fill);
  set(t, nd, "fontcolor", cg_palette_text_colour(fill));
  cg_buf_clear(&t->tmp);
  cg_gv_text(&t->tmp, cg_dataset_type(t->ds, (size_t)ar->type)->id, 1);
  cg_buf_puts(&t->tmp, "\\n");
  for (uint32_t p = 0; p < ar->nparties && p < MAX_PARTIES_SHOWN; p++) {
    if (p) cg_buf_puts(&t->tmp, ", ");
    cg_gv_text(&t->tmp, cg_dataset_entity(t->ds, (size_t)ar->parties[p])->id, 1);
  }
  if (ar->nparties > MAX_PARTIES_SHOWN)
    cg_buf_printf(&t->tmp, " +%u more", (unsigned)(ar->nparties - MAX_PARTIES_SHOWN));
  set(t, nd, "label", cg_buf_str(&t->tmp));
  cg_buf_clear(&t->tmp);
  cg_gv_text(&t->tmp, ar->id, 1);
  cg_buf_printf(&t->tmp, " (%s): ", cg_date_format(ar->date, date));
  cg_gv_text(&t->tmp, ar->title, 1);
  set(t, nd, "tooltip", cg_buf_str(&t->tmp));
  /* an invisible chain keeps the year's agreements stacked in date order */
  Agedge_t *e = agedge(ag, *prev, nd, NULL, 1);
  if (e) set(t, e, "style", "invis");
  *prev = nd;
}

static cg_status build(tl *t, Agraph_t **out) {
  Agraph_t *ag = *out = agopen("timeline", Agdirected, cg_gv_buf_disc());
  if (!ag) return CG_ERR_NOMEM;
  agattr(ag, AGRAPH, "fontname", FONT);
  agattr(ag, AGNODE, "fontname", FONT);
  agattr(ag, AGNODE, "fontsize", "10");
  agattr(ag, AGNODE, "shape", "box");
  agattr(ag, AGNODE, "style", "filled,rounded");
  agattr(ag, AGNODE, "margin", "0.06,0.02");
  agattr(ag, AGNODE, "height", "0.3");
  set(t, ag, "rankdir", "LR");
  set(t, ag, "nodesep", "0.08");
  set(t, ag, "ranksep", "0.25");
  set(t, ag, "outputorder", "edgesfirst");
  if (!t->n) {
    Agnode_t *nd = agnode(ag, "none", 1);
    set(t, nd, "label", "no dated agreements");
    set(t, nd, "style", "");
    set(t, nd, "shape", "plaintext");
    return CG_OK;
  }
  int first = cg_dataset_agreement(t->ds, (size_t)t->list[0])->date.year;
  int last = cg_dataset_agreement(t->ds, (size_t)t->list[t->n - 1])->date.year;
  size_t i = 0;
  Agnode_t *prev_year = NULL;
  for (int y = first; y <= last; y++) {
    char name[32], label[16];
    snprintf(name, sizeof name, "col%d", y);
    Agraph_t *col = agsubg(ag, name, 1);
    set(t, col, "rank", "same");
    snprintf(name, sizeof name, "y%d", y);
    snprintf(label, sizeof label, "%d", y);
    Agnode_t *yn = agnode(col, name, 1);
    set(t, yn, "label", label);
    set(t, yn, "shape", "plaintext");
    set(t, yn, "style", "");
    set(t, yn, "fontsize", "14");
    if (prev_year) {
      Agedge_t *e = agedge(ag, prev_year, yn, NULL, 1);
      if (e) {
        set(t, e, "arrowhead", "none");
        set(t, e, "color", "#888888");
        set(t, e, "penwidth", "2");
      }
    }
    prev_year = yn;
    Agnode_t *prev = yn;
    for (; i < t->n && cg_dataset_agreement(t->ds, (size_t)t->list[i])->date.year == y; i++)
      add_agreement(t, ag, col, &prev, (size_t)t->list[i]);
  }
  return cg_buf_status(&t->tmp);
}

static cg_status collect(tl *t, const cg_view *v, const int32_t *agreements, size_t n) {
  size_t total = agreements ? n : cg_dataset_nagreements(t->ds);
  t->list = malloc((total + 1) * sizeof *t->list);
  if (!t->list) return CG_ERR_NOMEM;
  for (size_t k = 0; k < total; k++) {
    int32_t a = agreements ? agreements[k] : (int32_t)k;
    if (a < 0 || (size_t)a >= cg_dataset_nagreements(t->ds)) return CG_ERR_ARG;
    if (!agreements && !cg_view_agreement_in(v, (size_t)a)) continue;
    if (cg_date_known(cg_dataset_agreement(t->ds, (size_t)a)->date))
      t->list[t->n++] = a;
    else
      t->undated++;
  }
  return cg_dataset_sort_by_date(t->ds, t->list, t->n);
}

static void title_desc(const tl *t, const cg_render_options *o, cg_buf *title, cg_buf *desc) {
  const char *name = cg_dataset_name(t->ds), *slash = strrchr(name, '/');
  if (slash && slash[1]) name = slash + 1;
  if (o && o->title)
    cg_buf_puts(title, o->title);
  else
    cg_buf_printf(title, "Agreements over time: %s", name);
  if (o && o->desc) {
    cg_buf_puts(desc, o->desc);
    return;
  }
  cg_buf_printf(desc, "%zu dated agreement%s", t->n, t->n == 1 ? "" : "s");
  if (t->n)
    cg_buf_printf(desc, " from %d to %d",
                  (int)cg_dataset_agreement(t->ds, (size_t)t->list[0])->date.year,
                  (int)cg_dataset_agreement(t->ds, (size_t)t->list[t->n - 1])->date.year);
  cg_buf_printf(desc, ", one column per year, coloured by type");
  if (t->undated) cg_buf_printf(desc, "; %zu undated left out", t->undated);
  cg_buf_putc(desc, '.');
}

cg_status cg_render_timeline(const cg_view *v, const int32_t *agreements, size_t n, int svg,
                             const cg_render_options *opts, cg_buf *out, char *msg,
                             size_t msg_size) {
  tl t;
  memset(&t, 0, sizeof t);
  t.ds = cg_view_dataset(v);
  Agraph_t *ag = NULL;
  cg_buf title = CG_BUF_INIT, desc = CG_BUF_INIT;
  agusererrf old = cg_gv_capture_begin();
  cg_status st = collect(&t, v, agreements, n);
  if (!st) st = build(&t, &ag);
  if (st) goto done;
  if (!svg) {
    st = agwrite(ag, out) != 0 || cg_buf_status(out) ? CG_ERR_NOMEM : CG_OK;
    goto done;
  }
  title_desc(&t, opts, &title, &desc);
  if (cg_buf_status(&title) || cg_buf_status(&desc)) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  cg_svg_tidy_options to = {opts ? opts->id_prefix : NULL, opts ? opts->responsive : 0,
                            cg_buf_str(&title), cg_buf_str(&desc)};
  st = cg_gv_draw(ag, "dot", "svg", &to, NULL, NULL, out, "Graphviz failed to draw the timeline", msg,
                  msg_size);
done:
  if (st == CG_ERR_ARG)
    set_msg(msg, msg_size, "agreement index out of range");
  else
    cg_gv_failure(st, "Graphviz failed to draw the timeline", msg, msg_size);
  cg_gv_capture_end(old);
  if (ag) agclose(ag);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  cg_buf_free(&t.tmp);
  free(t.list);
  return st;
}
