/*
 * charts.c - ranked bar charts (charts.h): the partners of an entity,
 * stacked by agreement type, and entities ranked by a centrality measure.
 * Bars need no layout engine: rows are placed by hand, text measured with
 * the font's metrics (chart.c) and cut or wrapped to its room.
 */
#include "core/error_internal.h"
#include "draw/chart_internal.h"
#include <coopgraph/charts.h>
#include <coopgraph/query.h>
#include <coopgraph/style.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAD 16.0
#define TITLE_SIZE 16.0
#define TEXT_SIZE 11.5
#define SMALL_SIZE 10.5
#define MIN_HEIGHT (CG_CHART_WIDTH / 3.0 + 2.0) /* never wider than 3:1 */
#define GREY "#555555"


/* "1996–2025", "2005", or "undated". */
static void years(cg_buf *b, cg_date first, cg_date last) {
  if (!cg_date_known(first))
    cg_buf_puts(b, "undated");
  else if (first.year == last.year)
    cg_buf_printf(b, "%d", (int)first.year);
  else
    cg_buf_printf(b, "%d\xE2\x80\x93%d", (int)first.year, (int)last.year);
}

/* The figure's heading: title and a subtitle line; returns the y below them. */
static double heading(cg_buf *b, const char *title, const char *subtitle, int tr) {
  cg_buf t = CG_BUF_INIT;
  cg_chart_fit(&t, title, TITLE_SIZE, 1, CG_CHART_WIDTH - 2 * PAD);
  cg_chart_text(b, PAD, PAD + TITLE_SIZE, TITLE_SIZE, 1, NULL, "title", cg_chart_ink(tr, NULL),
                cg_buf_str(&t));
  cg_buf_clear(&t);
  cg_chart_fit(&t, subtitle, TEXT_SIZE, 0, CG_CHART_WIDTH - 2 * PAD);
  cg_chart_text(b, PAD, PAD + TITLE_SIZE + 20, TEXT_SIZE, 0, NULL, "subtitle",
                cg_chart_ink(tr, GREY), cg_buf_str(&t));
  cg_buf_free(&t);
  return PAD + TITLE_SIZE + 34;
}

/* ---- partners ----------------------------------------------------------- */

/* A colour key (type group) and its agreements in the bars drawn. */
typedef struct legend_item {
  size_t key, count;
} legend_item;

/* Legend order: most agreements first, then group order. */
static int by_count(const void *pa, const void *pb) {
  const legend_item *a = pa, *b = pb;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  return a->key < b->key ? -1 : a->key > b->key;
}

/* The legend of the groups drawn, in legend order; returns the y below it. */
static double legend(cg_buf *b, const cg_dataset *ds, const legend_item *items, size_t n,
                     double y, int tr) {
  const char **names = calloc(3 * n + 1, sizeof *names);
  cg_buf cls = CG_BUF_INIT;
  size_t *at = calloc(n + 1, sizeof *at);
  if (!names || !at) {
    b->failed = 1;
    free(names);
    free(at);
    return y;
  }
  for (size_t i = 0; i < n; i++) {
    names[i] = cg_chart_key_name(ds, items[i].key);
    names[n + i] = cg_chart_key_colour(ds, items[i].key);
    at[i] = cls.len;
    cg_buf_puts(&cls, "legend ");
    cg_chart_key_class(&cls, ds, items[i].key);
    cg_buf_putc(&cls, '\0');
  }
  if (!cg_buf_status(&cls)) {
    for (size_t i = 0; i < n; i++)
      names[2 * n + i] = cls.data + at[i];
    y = cg_chart_legend(b, names, names + n, names + 2 * n, n, y, tr);
  } else
    b->failed = 1;
  cg_buf_free(&cls);
  free(names);
  free(at);
  return y;
}

cg_status cg_chart_partners(const cg_view *v, size_t entity, const cg_chart_options *opts,
                            cg_buf *out, char *msg, size_t msg_size) {
  cg_chart_options o = CG_CHART_OPTIONS_INIT;
  if (opts) o = *opts;
  if (!o.top) o.top = CG_CHART_DEFAULT_TOP;
  const cg_dataset *ds = cg_view_dataset(v);
  if (entity >= cg_dataset_nentities(ds)) {
    cg_msg_set(msg, msg_size, "entity index out of range");
    return CG_ERR_ARG;
  }
  cg_partner_list l = CG_PARTNER_LIST_INIT;
  cg_buf body = CG_BUF_INIT, title = CG_BUF_INIT, desc = CG_BUF_INIT, sub = CG_BUF_INIT,
         t = CG_BUF_INIT;
  size_t nt = cg_chart_nkeys(ds);
  legend_item *items = calloc(nt + 1, sizeof *items);
  cg_status st = items ? cg_query_partners(&l, v, entity, 0) : CG_ERR_NOMEM;
  if (st) goto done;
  const cg_entity *who = cg_dataset_entity(ds, (size_t)l.entity);
  size_t shown = l.count < o.top ? l.count : o.top, rest = 0, max = 1;
  for (size_t i = shown; i < l.count; i++)
    rest += l.items[i].agreements;
  for (size_t k = 0; k < nt; k++)
    items[k].key = k;
  for (size_t i = 0; i < shown; i++) {
    if (l.items[i].agreements > max) max = l.items[i].agreements;
    for (size_t k = 0; k < l.items[i].ntypes; k++)
      items[cg_chart_type_key(ds, (size_t)l.items[i].types[k].type)].count +=
          l.items[i].types[k].count;
  }
  qsort(items, nt, sizeof *items, by_count);
  size_t nlegend = 0;
  while (nlegend < nt && items[nlegend].count)
    nlegend++;

  /* title, subtitle, <desc> */
  if (o.title)
    cg_buf_puts(&title, o.title);
  else if (who->name[0] && strcmp(who->name, who->id) != 0)
    cg_buf_printf(&title, "Who partners most with %s (%s)", who->name, who->id);
  else
    cg_buf_printf(&title, "Who partners most with %s", who->id);
  if (!l.count)
    cg_buf_puts(&sub, "No partner in the agreements shown.");
  else if (shown < l.count)
    cg_buf_printf(&sub, "Agreements shared, by type group: the top %zu of %zu partners", shown,
                  l.count);
  else
    cg_buf_printf(&sub, "Agreements shared, by type group: all %zu partner%s", l.count,
                  l.count == 1 ? "" : "s");
  if (o.desc)
    cg_buf_puts(&desc, o.desc);
  else {
    cg_buf_printf(&desc, "Horizontal bar chart of the partners of %s", cg_entity_display_name(who));
    cg_buf_printf(&desc, ", ranked by the number of agreements they share, each bar stacked by "
                         "type group (colour); numbers by agreement type. ");
    for (size_t i = 0; i < shown; i++) {
      const cg_partner *p = &l.items[i];
      cg_buf_printf(&desc, "%s%s: %zu (", i ? "; " : "",
                    cg_entity_display_name(cg_dataset_entity(ds, (size_t)p->entity)), p->agreements);
      for (size_t k = 0; k < p->ntypes; k++)
        cg_buf_printf(&desc, "%s%zu %s", k ? ", " : "", p->types[k].count,
                      cg_type_display_name(cg_dataset_type(ds, (size_t)p->types[k].type)));
      cg_buf_puts(&desc, ", ");
      years(&desc, p->first, p->last);
      cg_buf_putc(&desc, ')');
    }
    if (shown < l.count)
      cg_buf_printf(&desc, "; and %zu more partner%s with %zu agreement%s", l.count - shown,
                    l.count - shown == 1 ? "" : "s", rest, rest == 1 ? "" : "s");
    cg_buf_puts(&desc, l.count ? "." : "No partner in the agreements shown.");
  }

  double y = heading(&body, cg_buf_str(&title), cg_buf_str(&sub), o.transparent);
  if (nlegend) y = legend(&body, ds, items, nlegend, y, o.transparent) + 14;
  const double label_w = 250, value_w = 118, row_h = 36, bar_h = 20;
  const double bar_x = PAD + label_w + 8, bar_max = CG_CHART_WIDTH - PAD - value_w - bar_x;
  cg_buf cls = CG_BUF_INIT;
  for (size_t i = 0; i < shown; i++) {
    const cg_partner *p = &l.items[i];
    const cg_entity *pe = cg_dataset_entity(ds, (size_t)p->entity);
    double top = y + (double)i * row_h, mid = top + row_h / 2;
    cg_buf_clear(&t);
    cg_buf_printf(&t, "%s", cg_entity_display_name(pe));
    if (strcmp(cg_entity_display_name(pe), pe->id) != 0) cg_buf_printf(&t, " (%s)", pe->id);
    cg_buf_printf(&t, ": %zu agreement%s, ", p->agreements, p->agreements == 1 ? "" : "s");
    years(&t, p->first, p->last);
    cg_buf_clear(&cls);
    cg_css_class(&cls, "bar kind-", pe->kind);
    cg_chart_group(&body, cg_buf_str(&cls), cg_buf_str(&t));
    /* the full name, on two lines when long */
    cg_buf_clear(&t);
    int lines = cg_chart_wrap(&t, cg_entity_display_name(pe), TEXT_SIZE, 0, label_w, 2);
    const char *line = cg_buf_str(&t);
    for (int k = 0; k < lines; k++) {
      const char *nl = strchr(line, '\n');
      cg_buf_clear(&cls);
      cg_buf_append(&cls, line, nl ? (size_t)(nl - line) : strlen(line));
      double base = mid + 4 + (lines == 2 ? (k ? 7.0 : -7.0) : 0.0);
      cg_chart_text(&body, PAD, base, TEXT_SIZE, 0, NULL, "name", cg_chart_ink(o.transparent, NULL),
                    cg_buf_str(&cls));
      line = nl ? nl + 1 : line;
    }
    /* one segment per type group, in legend order */
    double x = bar_x;
    for (size_t j = 0; j < nlegend; j++) {
      size_t n = 0;
      cg_buf_clear(&t);
      for (size_t k = 0; k < p->ntypes; k++) {
        if (cg_chart_type_key(ds, (size_t)p->types[k].type) != items[j].key) continue;
        cg_buf_printf(&t, "%s%zu %s", n ? ", " : "", p->types[k].count,
                      cg_type_display_name(cg_dataset_type(ds, (size_t)p->types[k].type)));
        n += p->types[k].count;
      }
      if (!n) continue;
      double w = bar_max * (double)n / (double)max;
      cg_buf_clear(&cls);
      cg_chart_key_class(&cls, ds, items[j].key);
      cg_buf_clear(&sub);
      cg_buf_printf(&sub, "%s: %s", cg_chart_key_name(ds, items[j].key), cg_buf_str(&t));
      cg_chart_group(&body, cg_buf_str(&cls), cg_buf_str(&sub));
      cg_chart_rect(&body, x, mid - bar_h / 2, w, bar_h, cg_chart_key_colour(ds, items[j].key),
                    NULL);
      cg_buf_puts(&body, "</g>\n");
      x += w;
    }
    char count[32];
    snprintf(count, sizeof count, "%zu", p->agreements);
    cg_chart_text(&body, x + 6, mid + 4, TEXT_SIZE, 1, NULL, "count",
                  cg_chart_ink(o.transparent, NULL), count);
    cg_buf_clear(&t);
    years(&t, p->first, p->last);
    cg_chart_text(&body, x + 10 + cg_chart_text_width(count, TEXT_SIZE, 1), mid + 4, SMALL_SIZE, 0,
                  NULL, "years", cg_chart_ink(o.transparent, GREY), cg_buf_str(&t));
    cg_buf_puts(&body, "</g>\n");
  }
  y += (double)shown * row_h;
  if (shown < l.count) {
    cg_buf_clear(&t);
    cg_buf_printf(&t, "and %zu more partner%s with %zu agreement%s in all", l.count - shown,
                  l.count - shown == 1 ? "" : "s", rest, rest == 1 ? "" : "s");
    cg_chart_text(&body, PAD, y + 16, TEXT_SIZE, 0, NULL, "more", cg_chart_ink(o.transparent, GREY),
                  cg_buf_str(&t));
    y += 24;
  }
  cg_buf_free(&cls);
  y += PAD;
  if (y < MIN_HEIGHT) y = MIN_HEIGHT;
  if (!st)
    st = cg_buf_status(&title) || cg_buf_status(&desc) || cg_buf_status(&t) ? CG_ERR_NOMEM : CG_OK;
  if (!st) {
    cg_svg_tidy_options to = {o.id_prefix, o.responsive, cg_buf_str(&title), cg_buf_str(&desc)};
    st = cg_chart_finish(out, &body, CG_CHART_WIDTH, y, o.transparent, &to);
  }
done:
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  cg_partner_list_free(&l);
  free(items);
  cg_buf_free(&body);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  cg_buf_free(&sub);
  cg_buf_free(&t);
  return st;
}

/* ---- centrality --------------------------------------------------------- */

cg_status cg_chart_centrality(const cg_dataset *ds, const cg_centrality_result *c, unsigned measure,
                              const cg_chart_options *opts, cg_buf *out, char *msg,
                              size_t msg_size) {
  cg_chart_options o = CG_CHART_OPTIONS_INIT;
  if (opts) o = *opts;
  if (!o.top) o.top = CG_CHART_DEFAULT_TOP;
  size_t k = 0;
  while (k < CG_NMEASURES && (1u << k) != measure)
    k++;
  if (k == CG_NMEASURES || !(c->measures & measure)) {
    cg_msg_set(msg, msg_size, "the measure to chart was not computed");
    return CG_ERR_ARG;
  }
  size_t *rows = malloc((c->n + 1) * sizeof *rows);
  if (!rows) {
    cg_msg_set(msg, msg_size, "out of memory");
    return CG_ERR_NOMEM;
  }
  for (size_t i = 0; i < c->n; i++)
    rows[i] = i;
  /* the library's ranking: the order of `centrality --sort` */
  cg_centrality_order(c, ds, (cg_measure)measure, rows, c->n);
  size_t shown = c->n < o.top ? c->n : o.top;
  double max = 0;
  for (size_t i = 0; i < shown; i++)
    if (c->values[k][rows[i]] > max) max = c->values[k][rows[i]];
  const char *mname = cg_measure_name(k);
  cg_buf body = CG_BUF_INIT, title = CG_BUF_INIT, desc = CG_BUF_INIT, sub = CG_BUF_INIT,
         t = CG_BUF_INIT, cls = CG_BUF_INIT;
  if (o.title)
    cg_buf_puts(&title, o.title);
  else
    cg_buf_printf(&title, "Most central entities by %s", mname);
  if (shown < c->n)
    cg_buf_printf(&sub, "The top %zu of %zu entities, largest %s first", shown, c->n, mname);
  else
    cg_buf_printf(&sub, "All %zu entities, largest %s first", c->n, mname);
  if (o.desc)
    cg_buf_puts(&desc, o.desc);
  else {
    cg_buf_printf(&desc, "Bar chart of %s, %s: ", mname,
                  shown < c->n ? "the top entities" : "every entity");
    char v[32];
    for (size_t i = 0; i < shown; i++) {
      const cg_entity *e = cg_dataset_entity(ds, (size_t)c->entity[rows[i]]);
      cg_buf_printf(&desc, "%s%zu. %s %s", i ? "; " : "", i + 1, cg_entity_display_name(e),
                    cg_chart_number(c->values[k][rows[i]], v));
    }
    if (shown < c->n)
      cg_buf_printf(&desc, "; %zu more entit%s not shown", c->n - shown,
                    c->n - shown == 1 ? "y" : "ies");
    cg_buf_puts(&desc, shown ? "." : "no entity.");
  }
  double y = heading(&body, cg_buf_str(&title), cg_buf_str(&sub), o.transparent) + 4;
  const double rank_w = 30, label_w = 300, value_w = 70, row_h = 24, bar_h = 14;
  const double bar_x = PAD + rank_w + label_w + 8, bar_max = CG_CHART_WIDTH - PAD - value_w - bar_x;
  for (size_t i = 0; i < shown; i++) {
    size_t r = rows[i];
    const cg_entity *e = cg_dataset_entity(ds, (size_t)c->entity[r]);
    double val = c->values[k][r], mid = y + (double)i * row_h + row_h / 2;
    char v[32], rank[32];
    cg_chart_number(val, v);
    snprintf(rank, sizeof rank, "%zu", i + 1);
    cg_buf_clear(&t);
    cg_buf_printf(&t, "%s (%s, %s): %s %s", cg_entity_display_name(e), e->id, e->kind, mname, v);
    cg_buf_clear(&cls);
    cg_css_class(&cls, "bar kind-", e->kind);
    cg_chart_group(&body, cg_buf_str(&cls), cg_buf_str(&t));
    cg_chart_text(&body, PAD + rank_w - 8, mid + 4, TEXT_SIZE, 0, "end", "rank",
                  cg_chart_ink(o.transparent, GREY), rank);
    cg_buf_clear(&t);
    if (!strstr(cg_entity_display_name(e), e->id)) /* "Federal Space Agency (Roscosmos)" names its id */
      cg_buf_printf(&t, "%s (%s)", cg_entity_display_name(e), e->id);
    else
      cg_buf_puts(&t, e->id);
    cg_buf_clear(&cls);
    cg_chart_fit(&cls, cg_buf_str(&t), TEXT_SIZE, 0, label_w);
    cg_chart_text(&body, PAD + rank_w, mid + 4, TEXT_SIZE, 0, NULL, "name",
                  cg_chart_ink(o.transparent, NULL), cg_buf_str(&cls));
    double w = max > 0 && val > 0 ? bar_max * val / max : 0;
    cg_chart_rect(&body, bar_x, mid - bar_h / 2, w, bar_h, "#4477AA", NULL);
    cg_chart_text(&body, bar_x + w + 6, mid + 4, TEXT_SIZE, 1, NULL, "value",
                  cg_chart_ink(o.transparent, NULL), v);
    cg_buf_puts(&body, "</g>\n");
  }
  y += (double)shown * row_h + PAD;
  if (y < MIN_HEIGHT) y = MIN_HEIGHT;
  cg_status st =
      cg_buf_status(&title) || cg_buf_status(&desc) || cg_buf_status(&t) || cg_buf_status(&cls)
          ? CG_ERR_NOMEM
          : CG_OK;
  if (!st) {
    cg_svg_tidy_options to = {o.id_prefix, o.responsive, cg_buf_str(&title), cg_buf_str(&desc)};
    st = cg_chart_finish(out, &body, CG_CHART_WIDTH, y, o.transparent, &to);
  }
  if (st) cg_msg_set(msg, msg_size, "%s", st == CG_ERR_NOMEM ? "out of memory" : "bad SVG");
  free(rows);
  cg_buf_free(&body);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  cg_buf_free(&sub);
  cg_buf_free(&t);
  cg_buf_free(&cls);
  return st;
}
