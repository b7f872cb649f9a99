/*
 * timeline.c - agreements along time (timeline.h). The SVG is drawn by hand
 * (chart.c), because time must run proportionally, which no Graphviz
 * layout does: one row per decade, ten equal year columns, each agreement a
 * box labelled with its title and type stacked in its year; empty decades
 * collapse into a marked break. The DOT form (cg_render_timeline with
 * svg = 0) stays for the programs that call it: a cgraph graph of one rank
 * per year, an older and different picture; neither the CLI nor the
 * report uses it any more.
 */
#include "core/error_internal.h"
#include "core/escape_internal.h"
#include "draw/chart_internal.h"
#include "draw/gvc_internal.h"
#include <coopgraph/render.h>
#include <coopgraph/style.h>
#include <coopgraph/timeline.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica,Arial,sans-serif"
#define MAX_PARTIES_SHOWN 6


typedef struct tl {
  const cg_dataset *ds;
  int32_t *list; /* dated agreements, oldest first */
  size_t n, undated;
  cg_buf tmp;
} tl;

static void add_agreement(tl *t, Agraph_t *ag, Agraph_t *col, Agnode_t **prev, size_t a) {
  const cg_agreement *ar = cg_dataset_agreement(t->ds, a);
  char name[32], date[11];
  snprintf(name, sizeof name, "a%zu", a);
  Agnode_t *nd = agnode(col, name, 1);
  const char *fill = cg_chart_key_colour(t->ds, cg_chart_type_key(t->ds, (size_t)ar->type));
  cg_gv_set(nd, "fillcolor", fill);
  cg_gv_set(nd, "fontcolor", cg_palette_text_colour(fill));
  cg_buf_clear(&t->tmp);
  cg_gv_text_escape(&t->tmp, cg_dataset_type(t->ds, (size_t)ar->type)->id, 1);
  cg_buf_puts(&t->tmp, "\\n");
  for (uint32_t p = 0; p < ar->nparties && p < MAX_PARTIES_SHOWN; p++) {
    if (p) cg_buf_puts(&t->tmp, ", ");
    cg_gv_text_escape(&t->tmp, cg_dataset_entity(t->ds, (size_t)ar->parties[p])->id, 1);
  }
  if (ar->nparties > MAX_PARTIES_SHOWN)
    cg_buf_printf(&t->tmp, " +%u more", (unsigned)(ar->nparties - MAX_PARTIES_SHOWN));
  cg_gv_set(nd, "label", cg_buf_str(&t->tmp));
  cg_buf_clear(&t->tmp);
  cg_gv_text_escape(&t->tmp, ar->id, 1);
  cg_buf_printf(&t->tmp, " (%s): ", cg_date_format(ar->date, date));
  cg_gv_text_escape(&t->tmp, ar->title, 1);
  cg_gv_set(nd, "tooltip", cg_buf_str(&t->tmp));
  /* an invisible chain keeps the year's agreements stacked in date order */
  Agedge_t *e = agedge(ag, *prev, nd, NULL, 1);
  if (e) cg_gv_set(e, "style", "invis");
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
  cg_gv_set(ag, "rankdir", "LR");
  cg_gv_set(ag, "nodesep", "0.08");
  cg_gv_set(ag, "ranksep", "0.25");
  cg_gv_set(ag, "outputorder", "edgesfirst");
  if (!t->n) {
    Agnode_t *nd = agnode(ag, "none", 1);
    cg_gv_set(nd, "label", "no dated agreements");
    cg_gv_set(nd, "style", "");
    cg_gv_set(nd, "shape", "plaintext");
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
    cg_gv_set(col, "rank", "same");
    snprintf(name, sizeof name, "y%d", y);
    snprintf(label, sizeof label, "%d", y);
    Agnode_t *yn = agnode(col, name, 1);
    cg_gv_set(yn, "label", label);
    cg_gv_set(yn, "shape", "plaintext");
    cg_gv_set(yn, "style", "");
    cg_gv_set(yn, "fontsize", "14");
    if (prev_year) {
      Agedge_t *e = agedge(ag, prev_year, yn, NULL, 1);
      if (e) {
        cg_gv_set(e, "arrowhead", "none");
        cg_gv_set(e, "color", "#888888");
        cg_gv_set(e, "penwidth", "2");
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

/* ---- the SVG ------------------------------------------------------------ */

#define PAD 16.0
#define GUTTER 58.0 /* decade labels */
#define BOX_H 27.0
#define PITCH 30.0  /* box height and gap */
#define MAX_STACK 8 /* boxes per year (per decade line with --by decade) */
#define MAX_SPAN 4  /* columns a label may run over while they are empty there */
#define HEAD_H 22.0 /* year numbers above a row */
#define BREAK_H 30.0

typedef struct fig {
  tl *t;
  cg_timeline_by by;
  const cg_render_options *o;
  cg_buf body, s;
  size_t capped; /* agreements left out of full rows ("+K more") */
  size_t breaks; /* empty decades collapsed */
} fig;

/* Text on the page (not in a box): readable on any page when transparent. */
static const char *ink(const fig *f, const char *colour) {
  return cg_chart_ink(f->o ? f->o->transparent : 0, colour);
}

static int year_of(const fig *f, size_t i) {
  return cg_dataset_agreement(f->t->ds, (size_t)f->t->list[i])->date.year;
}

/* Floor division by 10 for negative years too. */
static int decade_of(int y) {
  return y >= 0 ? y / 10 * 10 : -((-y + 9) / 10) * 10;
}

/*
 * One agreement's box: tinted by type group, a solid bar at its left edge
 * (the year); at least w wide, and as wide as its two lines need up to
 * text_w (over following years that are empty at its height).
 */
static void agreement_box(fig *f, size_t a, double x, double y, double w, double text_w,
                          int with_year) {
  const cg_dataset *ds = f->t->ds;
  const cg_agreement *ar = cg_dataset_agreement(ds, a);
  const cg_type *ty = cg_dataset_type(ds, (size_t)ar->type);
  const char *colour = cg_chart_key_colour(ds, cg_chart_type_key(ds, (size_t)ar->type));
  char date[11];
  cg_buf *s = &f->s;
  cg_buf_clear(s);
  cg_buf_printf(s, "%s, %s: %s (", cg_date_format(ar->date, date), cg_type_display_name(ty),
                ar->title[0] ? ar->title : ar->id);
  for (uint32_t p = 0; p < ar->nparties; p++)
    cg_buf_printf(s, "%s%s", p ? ", " : "", cg_dataset_entity(ds, (size_t)ar->parties[p])->id);
  cg_buf_putc(s, ')');
  cg_buf cls = CG_BUF_INIT;
  cg_css_class(&cls, "agreement type-", ty->id);
  cg_buf_putc(&cls, ' ');
  cg_chart_key_class(&cls, ds, cg_chart_type_key(ds, (size_t)ar->type));
  /* id "aN": the N-th agreement of the dataset, as the DOT form names it */
  cg_buf_printf(&f->body, "<g id=\"a%zu\" class=\"%s\"><title>", a, cg_buf_str(&cls));
  cg_html_escape(&f->body, cg_buf_str(s), 0);
  cg_buf_puts(&f->body, "</title>\n");
  /* the two lines, cut to the room there is; the box is as wide as they
   * need (at least its year), so it reads as a label, not as a duration */
  cg_buf type_line = CG_BUF_INIT;
  cg_buf_clear(&cls);
  if (with_year) cg_buf_printf(&cls, "%d ", (int)ar->date.year);
  cg_buf_puts(&cls, ar->title[0] ? ar->title : ar->id);
  cg_buf_clear(s);
  cg_chart_fit(s, cg_buf_str(&cls), 10, 0, text_w - 10);
  cg_chart_fit(&type_line, cg_type_display_name(ty), 10, 0, text_w - 10);
  double need = cg_chart_text_width(cg_buf_str(s), 10, 0);
  double need2 = cg_chart_text_width(cg_buf_str(&type_line), 10, 0);
  double bw = (need > need2 ? need : need2) + 12;
  if (bw < w) bw = w;
  if (bw > text_w) bw = text_w;
  /* the group's colour at 20% as it looks on white, opaque: its dark text
   * stays readable on a transparent figure over a dark page */
  char tint[8];
  cg_colour_on_white(colour, 0.2, tint);
  cg_chart_rect(&f->body, x, y, bw, BOX_H, tint, NULL);
  cg_chart_rect(&f->body, x, y, 4, BOX_H, colour, NULL);
  cg_chart_text(&f->body, x + 7, y + 11.5, 10, 0, NULL, "title", NULL, cg_buf_str(s));
  cg_chart_text(&f->body, x + 7, y + 23.5, 10, 0, NULL, "type", "#444444", cg_buf_str(&type_line));
  cg_buf_free(&type_line);
  cg_buf_puts(&f->body, "</g>\n");
  cg_buf_free(&cls);
}

static void more_box(fig *f, size_t k, double x, double y, double w) {
  char text[64];
  snprintf(text, sizeof text, "+%zu more", k);
  cg_chart_group(&f->body, "more", NULL);
  cg_buf_printf(&f->body,
                "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#f2f2f2\" "
                "stroke=\"#999999\" stroke-width=\"0.8\"/>\n",
                x, y, w, BOX_H);
  cg_chart_text(&f->body, x + 7, y + 17, 10, 0, NULL, NULL, "#333333", text);
  cg_buf_puts(&f->body, "</g>\n");
  f->capped += k;
}

/* A run of empty decades [d0, d1]: a zigzag across the width and a note. */
static double break_row(fig *f, int d0, int d1, double y) {
  cg_buf_printf(&f->body, "<g class=\"break\"><path d=\"M%.0f %.1f", PAD, y + BREAK_H / 2);
  for (double x = PAD + 8; x <= CG_CHART_WIDTH - PAD; x += 8)
    cg_buf_printf(&f->body, " L%.0f %.1f", x,
                  y + BREAK_H / 2 + (((int)(x - PAD) / 8) % 2 ? -4 : 4));
  cg_buf_puts(&f->body, "\" fill=\"none\" stroke=\"#aaaaaa\" stroke-width=\"1.2\"/>\n");
  cg_buf *s = &f->s;
  cg_buf_clear(s);
  if (d0 == d1)
    cg_buf_printf(s, "%ds: no dated agreement", d0);
  else
    cg_buf_printf(s, "%ds\xE2\x80\x93%ds: no dated agreement", d0, d1);
  double w = cg_chart_text_width(cg_buf_str(s), 11, 0);
  double x = (CG_CHART_WIDTH - w) / 2;
  cg_chart_rect(&f->body, x - 8, y + BREAK_H / 2 - 10, w + 16, 20, "#ffffff", NULL);
  cg_chart_text(&f->body, x, y + BREAK_H / 2 + 4, 11, 0, NULL, NULL, "#555555", cg_buf_str(s));
  cg_buf_puts(&f->body, "</g>\n");
  f->breaks += (size_t)((d1 - d0) / 10 + 1);
  return y + BREAK_H;
}

/* The decade label at the left of a row and a rule above it. */
static void row_start(fig *f, int d, double y, double h) {
  char label[16];
  snprintf(label, sizeof label, "%ds", d);
  cg_buf_printf(&f->body,
                "<rect x=\"%.0f\" y=\"%.2f\" width=\"%.0f\" height=\"1\" fill=\"#cccccc\"/>\n", PAD,
                y, CG_CHART_WIDTH - 2 * PAD);
  cg_chart_text(&f->body, PAD, y + 19, 13, 1, NULL, "decade", ink(f, NULL), label);
  (void)h;
}

/* Decade d's agreements list[i..j): ten year columns (--by year). */
static double year_row(fig *f, int d, size_t i, size_t j, double y) {
  const double colw = (CG_CHART_WIDTH - 2 * PAD - GUTTER) / 10, x0 = PAD + GUTTER;
  size_t count[10] = {0};
  for (size_t k = i; k < j; k++)
    count[year_of(f, k) - d]++;
  size_t stack = 0;
  for (int c = 0; c < 10; c++) {
    size_t n = count[c] > MAX_STACK ? MAX_STACK : count[c];
    if (n > stack) stack = n;
  }
  double h = HEAD_H + (double)stack * PITCH + 8;
  row_start(f, d, y, h);
  for (int c = 0; c < 10; c++) {
    char label[16];
    snprintf(label, sizeof label, "%d", d + c);
    cg_chart_text(&f->body, x0 + colw * c + 2, y + 16, 10, count[c] > 0, NULL, "year",
                  ink(f, count[c] ? "#222222" : "#888888"), label);
    if (c)
      cg_buf_printf(
          &f->body,
          "<rect x=\"%.2f\" y=\"%.2f\" width=\"0.6\" height=\"%.2f\" fill=\"#e4e4e4\"/>\n",
          x0 + colw * c - 0.3, y + 4, h - 6);
  }
  size_t k = i;
  for (int c = 0; c < 10; c++)
    for (size_t level = 0; level < count[c]; level++, k++) {
      double by = y + HEAD_H + (double)level * PITCH;
      if (level == MAX_STACK - 1 && count[c] > MAX_STACK) {
        more_box(f, count[c] - level, x0 + colw * c + 1, by, colw - 2);
        k += count[c] - level;
        break;
      }
      /* a label runs on over the following years while they are empty at its level */
      int span = 1;
      while (span < MAX_SPAN && c + span < 10 && count[c + span] <= level)
        span++;
      agreement_box(f, (size_t)f->t->list[k], x0 + colw * c + 1, by, colw - 2, colw * span - 2, 0);
    }
  return y + h;
}

/* Decade d's agreements in date order, five to a line (--by decade). */
static double decade_row(fig *f, int d, size_t i, size_t j, double y) {
  const int per_line = 5;
  const double cellw = (CG_CHART_WIDTH - 2 * PAD - GUTTER) / per_line, x0 = PAD + GUTTER;
  size_t n = j - i, max = (size_t)per_line * MAX_STACK;
  size_t lines = (n < max ? n : max) / (size_t)per_line + ((n < max ? n : max) % per_line != 0);
  double h = 10 + (double)lines * PITCH + 8;
  row_start(f, d, y, h);
  for (size_t k = 0; k < n; k++) {
    double bx = x0 + cellw * (double)(k % (size_t)per_line) + 1,
           by = y + 10 + (double)(k / (size_t)per_line) * PITCH;
    if (k == max - 1 && n > max) {
      more_box(f, n - k, bx, by, cellw - 2);
      break;
    }
    agreement_box(f, (size_t)f->t->list[i + k], bx, by, cellw - 2, cellw - 2, 1);
  }
  return y + h;
}

static void svg_title_desc(const fig *f, cg_buf *title, cg_buf *desc, cg_buf *sub) {
  const tl *t = f->t;
  const cg_render_options *o = f->o;
  const char *name = cg_dataset_short_name(t->ds);
  if (o && o->title)
    cg_buf_puts(title, o->title);
  else
    cg_buf_printf(title, "Agreements over time: %s", name);
  cg_buf_printf(sub, "%zu dated agreement%s", t->n, t->n == 1 ? "" : "s");
  if (t->n) cg_buf_printf(sub, ", %d\xE2\x80\x93%d", year_of(f, 0), year_of(f, t->n - 1));
  if (t->undated)
    cg_buf_printf(sub, "; %zu undated agreement%s left out", t->undated,
                  t->undated == 1 ? "" : "s");
  if (f->capped) cg_buf_printf(sub, "; %zu in full cells counted as \"+K more\"", f->capped);
  cg_buf_putc(sub, '.');
  if (o && o->desc) {
    cg_buf_puts(desc, o->desc);
    return;
  }
  cg_buf_printf(desc, "Timeline of %zu dated agreement%s", t->n, t->n == 1 ? "" : "s");
  if (t->n) cg_buf_printf(desc, " from %d to %d", year_of(f, 0), year_of(f, t->n - 1));
  if (f->by == CG_BY_DECADE)
    cg_buf_puts(desc, ", one row per decade, each agreement a box in date order");
  else
    cg_buf_puts(desc, ", one row per decade with ten equal year columns, each agreement a box "
                      "in its year (its label may run on over following empty years)");
  cg_buf_puts(desc, ", labelled with its title and type and coloured by type group");
  if (f->breaks)
    cg_buf_printf(desc, "; %zu decade%s without agreements shown as a break", f->breaks,
                  f->breaks == 1 ? "" : "s");
  if (f->capped)
    cg_buf_printf(desc, "; %zu agreement%s in full cells only counted (+K more)", f->capped,
                  f->capped == 1 ? "" : "s");
  if (t->undated)
    cg_buf_printf(desc, "; %zu undated agreement%s left out", t->undated,
                  t->undated == 1 ? "" : "s");
  cg_buf_putc(desc, '.');
  /* every agreement drawn, so a screen reader gets what the picture shows */
  for (size_t i = 0; i < t->n; i++) {
    const cg_agreement *ar = cg_dataset_agreement(t->ds, (size_t)t->list[i]);
    char date[11];
    cg_buf_printf(desc, " %s %s: %s.", cg_date_format(ar->date, date),
                  cg_type_display_name(cg_dataset_type(t->ds, (size_t)ar->type)),
                  ar->title[0] ? ar->title : ar->id);
  }
}

cg_status cg_render_timeline_svg(const cg_view *v, const int32_t *agreements, size_t n,
                                 cg_timeline_by by, const cg_render_options *opts, cg_buf *out,
                                 char *msg, size_t msg_size) {
  tl t;
  memset(&t, 0, sizeof t);
  t.ds = cg_view_dataset(v);
  fig f;
  memset(&f, 0, sizeof f);
  f.t = &t;
  f.by = by;
  f.o = opts;
  cg_buf head = CG_BUF_INIT, title = CG_BUF_INIT, desc = CG_BUF_INIT, sub = CG_BUF_INIT;
  size_t nt = cg_chart_nkeys(t.ds); /* colour keys: type groups */
  const char **names = NULL;
  char *used = calloc(nt + 1, 1);
  cg_status st = used ? collect(&t, v, agreements, n) : CG_ERR_NOMEM;
  if (st) goto done;
  /* the rows first: the heading states what they left out */
  double y = 0;
  for (size_t i = 0; i < t.n;) {
    int d = decade_of(year_of(&f, i));
    size_t j = i;
    while (j < t.n && decade_of(year_of(&f, j)) == d)
      used[cg_chart_type_key(t.ds, (size_t)cg_dataset_agreement(t.ds, (size_t)t.list[j++])->type)] =
          1;
    y = by == CG_BY_DECADE ? decade_row(&f, d, i, j, y) : year_row(&f, d, i, j, y);
    if (j < t.n) {
      int next = decade_of(year_of(&f, j));
      if (next > d + 10) y = break_row(&f, d + 10, next - 10, y);
    }
    i = j;
  }
  svg_title_desc(&f, &title, &desc, &sub);
  cg_buf_clear(&f.s);
  cg_chart_fit(&f.s, cg_buf_str(&title), 16, 1, CG_CHART_WIDTH - 2 * PAD);
  cg_chart_text(&head, PAD, PAD + 16, 16, 1, NULL, "title", ink(&f, NULL), cg_buf_str(&f.s));
  cg_buf_clear(&f.s);
  int lines = cg_chart_wrap(&f.s, cg_buf_str(&sub), 11.5, 0, CG_CHART_WIDTH - 2 * PAD, 2);
  double hy = PAD + 16 + 20;
  for (const char *p = cg_buf_str(&f.s); lines-- > 0; hy += 16) {
    const char *nl = strchr(p, '\n');
    cg_buf one = CG_BUF_INIT;
    cg_buf_append(&one, p, nl ? (size_t)(nl - p) : strlen(p));
    cg_chart_text(&head, PAD, hy, 11.5, 0, NULL, "subtitle", ink(&f, "#555555"), cg_buf_str(&one));
    cg_buf_free(&one);
    p = nl ? nl + 1 : p;
  }
  hy -= 4;
  size_t nused = 0;
  for (size_t k = 0; k < nt; k++)
    nused += used[k];
  if (nused && !(opts && opts->no_legend)) {
    names = calloc(3 * nused + 1, sizeof *names);
    cg_buf cls = CG_BUF_INIT;
    size_t *at = calloc(nused + 1, sizeof *at);
    if (!names || !at) st = CG_ERR_NOMEM;
    /* the type groups drawn, in group order ("Other" last) */
    size_t m = 0;
    for (size_t k = 0; !st && k < nt; k++) {
      if (!used[k]) continue;
      names[m] = cg_chart_key_name(t.ds, k);
      names[nused + m] = cg_chart_key_colour(t.ds, k);
      at[m] = cls.len;
      cg_buf_puts(&cls, "legend ");
      cg_chart_key_class(&cls, t.ds, k);
      cg_buf_putc(&cls, '\0');
      m++;
    }
    if (!st && !cg_buf_status(&cls)) {
      for (size_t i = 0; i < m; i++)
        names[2 * nused + i] = cls.data + at[i];
      hy = cg_chart_legend(&head, names, names + nused, names + 2 * nused, m, hy,
                           opts ? opts->transparent : 0) +
           14;
    }
    if (cg_buf_status(&cls)) st = CG_ERR_NOMEM;
    cg_buf_free(&cls);
    free(at);
  } else
    hy += 6;
  if (!t.n) {
    cg_chart_text(&head, PAD, hy + 20, 13, 0, NULL, NULL, ink(&f, "#555555"),
                  "No dated agreement to draw.");
    hy += 30;
  }
  /* the rows, moved below the heading */
  cg_buf_printf(&head, "<g transform=\"translate(0 %.2f)\">\n", hy);
  cg_buf_append(&head, f.body.data ? f.body.data : "", f.body.len);
  cg_buf_puts(&head, "</g>\n");
  double h = hy + y + PAD;
  if (h < CG_CHART_WIDTH / 3 + 2) h = CG_CHART_WIDTH / 3 + 2;
  if (!st && (cg_buf_status(&title) || cg_buf_status(&desc) || cg_buf_status(&f.s)))
    st = CG_ERR_NOMEM;
  if (!st) {
    cg_svg_tidy_options to = {opts ? opts->id_prefix : NULL, opts ? opts->responsive : 0,
                              cg_buf_str(&title), cg_buf_str(&desc)};
    st = cg_chart_finish(out, &head, CG_CHART_WIDTH, h, opts ? opts->transparent : 0, &to);
  }
done:
  if (st == CG_ERR_ARG)
    cg_msg_set(msg, msg_size, "agreement index out of range");
  else if (st == CG_ERR_NOMEM)
    cg_msg_set(msg, msg_size, "out of memory");
  else if (st)
    cg_msg_set(msg, msg_size, "could not write the SVG");
  free(names);
  free(used);
  free(t.list);
  cg_buf_free(&t.tmp);
  cg_buf_free(&f.body);
  cg_buf_free(&f.s);
  cg_buf_free(&head);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  cg_buf_free(&sub);
  return st;
}

cg_status cg_render_timeline(const cg_view *v, const int32_t *agreements, size_t n, int svg,
                             const cg_render_options *opts, cg_buf *out, char *msg,
                             size_t msg_size) {
  if (svg) return cg_render_timeline_svg(v, agreements, n, CG_BY_YEAR, opts, out, msg, msg_size);
  tl t;
  memset(&t, 0, sizeof t);
  t.ds = cg_view_dataset(v);
  Agraph_t *ag = NULL;
  agusererrf old = cg_gv_capture_begin();
  cg_status st = collect(&t, v, agreements, n);
  if (!st) st = build(&t, &ag);
  if (!st) st = agwrite(ag, out) != 0 || cg_buf_status(out) ? CG_ERR_NOMEM : CG_OK;
  if (st == CG_ERR_ARG)
    cg_msg_set(msg, msg_size, "agreement index out of range");
  else
    cg_gv_failure(st, "Graphviz failed to write the timeline", msg, msg_size);
  if (ag) agclose(ag);
  cg_gv_capture_end(old);
  cg_buf_free(&t.tmp);
  free(t.list);
  return st;
}
