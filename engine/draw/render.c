/*
 * render.c - the partnership graph as a Graphviz graph: built with cgraph
 * (which does the DOT quoting), written as DOT, or laid out and rendered in
 * the process with gvc (SVG, tidied by svg.c; PNG; PDF).
 *
 * Determinism: nodes are inserted sorted by entity id, edges sorted by the
 * ids of their endpoints (then by agreement, in dataset order), attributes
 * are declared in a fixed order, and the force-directed layouts get a fixed
 * seed, so the same input gives the same bytes.
 */
#include "core/escape_internal.h"
#include "draw/gvc_internal.h"
#include <coopgraph/render.h>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica,Arial,sans-serif"
#define MAX_TOOLTIP_LINES 20
#define AUTO_MAX_SMALL 300 /* nodes; above this only sfdp stays fast (performance-facts.md) */

/* What is being drawn: the graph, the options, and the vertices kept. */
typedef struct scene {
  const cg_pgraph *g;
  const cg_view *v;
  const cg_dataset *ds;
  const cg_render_options *o;
  char *keep;       /* per vertex: drawn */
  size_t nkeep;     /* vertices drawn */
  size_t nselected; /* vertices selected (whole graph or ego network) before max_nodes */
  int64_t centre;   /* ego vertex or -1 */
  size_t *order;    /* drawn vertices sorted by id */
  size_t *edges;    /* drawn edges sorted by endpoint ids */
  char *flip;       /* per edge: 1 when v's id sorts before u's (v becomes the tail) */
  size_t nedges;    /* drawn edges */
  size_t nagr;      /* distinct agreements drawn */
  double size_max;  /* largest size_by value among drawn vertices */
  cg_buf tmp, tmp2;
} scene;

static void set_msg(char *msg, size_t size, const char *fmt, ...) {
  if (!msg || !size) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, size, fmt, ap);
  va_end(ap);
}

static const char *entity_id(const scene *s, size_t vertex) {
  return cg_dataset_entity(s->ds, (size_t)cg_pgraph_entity(s->g, vertex))->id;
}

/* ---- choosing what to draw --------------------------------------------- */

/* Marks the vertices within ego_depth hops of the centre (breadth first). */
static cg_status select_ego(scene *s) {
  size_t n = cg_pgraph_nvertices(s->g), m = cg_pgraph_nedges(s->g);
  size_t *start = calloc(n + 1, sizeof *start), *adj = malloc((2 * m + 1) * sizeof *adj);
  size_t *fill = malloc((n + 1) * sizeof *fill), *queue = malloc((n + 1) * sizeof *queue);
  unsigned *dist = malloc((n + 1) * sizeof *dist);
  cg_status st = CG_ERR_NOMEM;
  if (!start || !adj || !fill || !queue || !dist) goto done;
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    cg_pgraph_edge(s->g, e, &u, &v, NULL);
    start[u + 1]++;
    start[v + 1]++;
  }
  for (size_t i = 0; i < n; i++)
    start[i + 1] += start[i];
  memcpy(fill, start, n * sizeof *fill);
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    cg_pgraph_edge(s->g, e, &u, &v, NULL);
    adj[fill[u]++] = v;
    adj[fill[v]++] = u;
  }
  unsigned depth = s->o->ego_depth ? s->o->ego_depth : 1;
  size_t head = 0, tail = 0;
  queue[tail++] = (size_t)s->centre;
  s->keep[s->centre] = 1;
  dist[s->centre] = 0;
  while (head < tail) {
    size_t u = queue[head++];
    if (dist[u] >= depth) continue;
    for (size_t i = start[u]; i < start[u + 1]; i++)
      if (!s->keep[adj[i]]) {
        s->keep[adj[i]] = 1;
        dist[adj[i]] = dist[u] + 1;
        queue[tail++] = adj[i];
      }
  }
  s->nkeep = tail;
  st = CG_OK;
done:
  free(start);
  free(adj);
  free(fill);
  free(queue);
  free(dist);
  return st;
}

static const scene *sort_ctx; /* qsort has no context argument */

static int vertex_cmp(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  int c = strcmp(entity_id(sort_ctx, x), entity_id(sort_ctx, y));
  return c ? c : (x > y) - (x < y);
}

static void edge_ends(const scene *s, size_t e, size_t *tail, size_t *head) {
  size_t u, v;
  cg_pgraph_edge(s->g, e, &u, &v, NULL);
  *tail = s->flip[e] ? v : u;
  *head = s->flip[e] ? u : v;
}

static int edge_cmp(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b, xt, xh, yt, yh;
  edge_ends(sort_ctx, x, &xt, &xh);
  edge_ends(sort_ctx, y, &yt, &yh);
  int c = strcmp(entity_id(sort_ctx, xt), entity_id(sort_ctx, yt));
  if (!c) c = strcmp(entity_id(sort_ctx, xh), entity_id(sort_ctx, yh));
  return c ? c : (x > y) - (x < y);
}

/* Strength of each vertex, for keeping the most connected. */
static double *strength;

static int strength_cmp(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  if (strength[x] != strength[y]) return strength[x] > strength[y] ? -1 : 1;
  return vertex_cmp(a, b);
}

/* Keeps only the max_nodes selected vertices of greatest strength (the ego first). */
static cg_status keep_strongest(scene *s) {
  size_t n = cg_pgraph_nvertices(s->g), m = cg_pgraph_nedges(s->g), k = 0;
  double *str = calloc(n + 1, sizeof *str);
  size_t *cand = malloc((n + 1) * sizeof *cand);
  if (!str || !cand) {
    free(str);
    free(cand);
    return CG_ERR_NOMEM;
  }
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(s->g, e, &u, &v, &w);
    str[u] += w;
    str[v] += w;
  }
  for (size_t i = 0; i < n; i++)
    if (s->keep[i] && (int64_t)i != s->centre) cand[k++] = i;
  sort_ctx = s;
  strength = str;
  qsort(cand, k, sizeof *cand, strength_cmp);
  memset(s->keep, 0, n);
  size_t room = s->o->max_nodes;
  if (s->centre >= 0) {
    s->keep[s->centre] = 1;
    room--;
  }
  for (size_t i = 0; i < k && i < room; i++)
    s->keep[cand[i]] = 1;
  s->nkeep = s->o->max_nodes;
  free(str);
  free(cand);
  return CG_OK;
}

static void scene_free(scene *s) {
  free(s->keep);
  free(s->order);
  free(s->edges);
  free(s->flip);
  cg_buf_free(&s->tmp);
  cg_buf_free(&s->tmp2);
}

/* Chooses and orders the vertices and edges to draw. */
static cg_status scene_init(scene *s, const cg_pgraph *g, const cg_render_options *o, char *msg,
                            size_t msg_size) {
  memset(s, 0, sizeof *s);
  s->g = g;
  s->v = cg_pgraph_view(g);
  s->ds = cg_view_dataset(s->v);
  s->o = o;
  s->centre = -1;
  size_t n = cg_pgraph_nvertices(g), m = cg_pgraph_nedges(g);
  s->keep = calloc(n + 1, 1);
  s->order = malloc((n + 1) * sizeof *s->order);
  s->edges = malloc((m + 1) * sizeof *s->edges);
  s->flip = calloc(m + 1, 1);
  if (!s->keep || !s->order || !s->edges || !s->flip) return CG_ERR_NOMEM;
  if (o->ego >= 0) {
    if ((size_t)o->ego >= cg_dataset_nentities(s->ds)) {
      set_msg(msg, msg_size, "ego entity index %ld is out of range", (long)o->ego);
      return CG_ERR_ARG;
    }
    int32_t rep = cg_view_representative(s->v, (size_t)o->ego);
    s->centre = rep >= 0 ? cg_pgraph_vertex(g, (size_t)rep) : -1;
    if (s->centre < 0) {
      set_msg(msg, msg_size, "entity '%s' is not in the filtered network",
              cg_dataset_entity(s->ds, (size_t)o->ego)->id);
      return CG_ERR_NOTFOUND;
    }
    cg_status st = select_ego(s);
    if (st) return st;
  } else {
    memset(s->keep, 1, n);
    s->nkeep = n;
  }
  s->nselected = s->nkeep;
  if (o->max_nodes && s->nkeep > o->max_nodes) {
    cg_status st = keep_strongest(s);
    if (st) return st;
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (s->keep[i]) s->order[k++] = i;
  sort_ctx = s;
  qsort(s->order, k, sizeof *s->order, vertex_cmp);
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    cg_pgraph_edge(g, e, &u, &v, NULL);
    if (!s->keep[u] || !s->keep[v]) continue;
    s->flip[e] = strcmp(entity_id(s, v), entity_id(s, u)) < 0;
    s->edges[s->nedges++] = e;
  }
  qsort(s->edges, s->nedges, sizeof *s->edges, edge_cmp);
  for (size_t i = 0; i < k; i++) {
    double x = o->size_by ? o->size_by[s->order[i]] : 0.0;
    if (!(x >= 0.0) || isinf(x)) {
      set_msg(msg, msg_size, "size value of '%s' is not a finite number >= 0",
              entity_id(s, s->order[i]));
      return CG_ERR_ARG;
    }
    if (x > s->size_max) s->size_max = x;
  }
  /* Distinct agreements drawn, for the description. */
  char *seen = calloc(cg_dataset_nagreements(s->ds) + 1, 1);
  if (!seen) return CG_ERR_NOMEM;
  for (size_t i = 0; i < s->nedges; i++) {
    size_t cnt;
    const int32_t *agr = cg_pgraph_edge_agreements(g, s->edges[i], &cnt);
    for (size_t j = 0; j < cnt; j++) {
      s->nagr += !seen[agr[j]];
      seen[agr[j]] = 1;
    }
  }
  free(seen);
  return CG_OK;
}

/* ---- text ---------------------------------------------------------------- */

/*
 * Graphviz 2.43's DOT cannot hold a backslash right before a quote, a
 * newline or the end of a string (cgraph writes them as they are, and its
 * scanner then takes the backslash with the next one as a pair, or with the
 * newline as a line continuation), so such a backslash gets a space after it.
 */
static void put_dot_safe(cg_buf *b, const char *s, size_t n) {
  /*
   * cgraph writes a value of ID characters unquoted, and its scanner drops a
   * byte-order mark (U+FEFF) at the start of a token: a value starting with
   * one would vanish or break the syntax. One space more before any leading
   * spaces makes cgraph quote it; the DOT reader takes that space off again.
   */
  size_t sp = 0;
  while (sp < n && s[sp] == ' ')
    sp++;
  if (n - sp >= 3 && memcmp(s + sp, "\xEF\xBB\xBF", 3) == 0) cg_buf_putc(b, ' ');
  for (size_t i = 0; i < n; i++) {
    cg_buf_putc(b, s[i]);
    if (s[i] == '\\' && (i + 1 == n || s[i + 1] == '\n' || s[i + 1] == '"')) cg_buf_putc(b, ' ');
  }
}

/* Sets a plain attribute on a node, edge or graph; "" is the declared default. */
static void set_attr(scene *s, void *obj, const char *name, const char *value) {
  cg_buf_clear(&s->tmp2);
  put_dot_safe(&s->tmp2, value, strlen(value));
  agsafeset(obj, (char *)name, (char *)cg_buf_str(&s->tmp2), "");
}

static void put_dates(cg_buf *b, const cg_agreement *a) {
  char d[11], e[11];
  cg_buf_puts(b, cg_date_known(a->date) ? cg_date_format(a->date, d) : "undated");
  if (cg_date_known(a->end)) cg_buf_printf(b, " to %s", cg_date_format(a->end, e));
}

/* One tooltip line for an agreement: "2005-03 title (type) [id]". */
static void put_agreement_line(scene *s, cg_buf *b, size_t a) {
  const cg_agreement *ag = cg_dataset_agreement(s->ds, a);
  cg_buf_clear(&s->tmp2);
  put_dates(&s->tmp2, ag);
  cg_buf_printf(&s->tmp2, " %s (%s) [%s]", ag->title, cg_dataset_type(s->ds, ag->type)->id, ag->id);
  cg_gv_text(b, cg_buf_str(&s->tmp2), 0);
}

/* ---- building the cgraph graph ------------------------------------------ */

static void add_nodes(scene *s, Agraph_t *ag) {
  for (size_t i = 0; i < s->nkeep; i++) {
    size_t vx = s->order[i];
    const cg_entity *en = cg_dataset_entity(s->ds, (size_t)cg_pgraph_entity(s->g, vx));
    Agnode_t *n = agnode(ag, (char *)en->id, 1);
    if (!n) continue;
    set_attr(s, n, "kind", en->kind);
    set_attr(s, n, "name", en->name);
    set_attr(s, n, "country", en->country >= 0 ? cg_dataset_entity(s->ds, en->country)->id : "");
    cg_buf *b = &s->tmp;
    cg_buf_clear(b);
    for (size_t k = 0; k < en->naliases; k++)
      cg_buf_printf(b, "%s%s", k ? "|" : "", en->aliases[k]);
    set_attr(s, n, "aliases", cg_buf_str(b));
    if (s->o->multi) { /* the dataset's order, which a reader cannot guess */
      char num[32];
      snprintf(num, sizeof num, "%ld", (long)cg_pgraph_entity(s->g, vx) + 1);
      set_attr(s, n, "order", num);
    }
    const char *fill = cg_palette_colour(cg_kind_slot(s->ds, (size_t)en->kind_index));
    set_attr(s, n, "shape", cg_kind_shape(en->kind));
    set_attr(s, n, "style", strcmp(en->kind, "agency") == 0 ? "rounded,filled" : "filled");
    set_attr(s, n, "fillcolor", fill);
    set_attr(s, n, "fontcolor", cg_palette_text_colour(fill));
    cg_buf_clear(b);
    cg_css_class(b, "kind-", en->kind);
    set_attr(s, n, "class", cg_buf_str(b));
    cg_buf_clear(b);
    cg_gv_text(b, en->name[0] ? en->name : en->id, 0);
    cg_buf_printf(b, " (%s)", en->kind);
    if (s->o->size_by) {
      double x = s->o->size_by[vx];
      cg_buf_puts(b, "\\n");
      cg_gv_text(b, s->o->size_by_name ? s->o->size_by_name : "size", 0);
      cg_buf_printf(b, ": %.6g", x);
      double w = 0.75 + 1.25 * (s->size_max > 0 ? sqrt(x / s->size_max) : 0.0);
      char num[32];
      snprintf(num, sizeof num, "%.2f", w);
      set_attr(s, n, "width", num);
      snprintf(num, sizeof num, "%.2f", w * 0.5);
      set_attr(s, n, "height", num);
    }
    set_attr(s, n, "tooltip", cg_buf_str(b));
  }
}

/* The type most of the agreements have; ties go to the earlier type in the dataset. */
static size_t dominant_type(scene *s, const int32_t *agr, size_t cnt, size_t *counts) {
  size_t best = (size_t)cg_dataset_agreement(s->ds, (size_t)agr[0])->type;
  for (size_t j = 0; j < cnt; j++)
    counts[cg_dataset_agreement(s->ds, (size_t)agr[j])->type]++;
  for (size_t j = 0; j < cnt; j++) {
    size_t t = (size_t)cg_dataset_agreement(s->ds, (size_t)agr[j])->type;
    if (counts[t] > counts[best] || (counts[t] == counts[best] && t < best)) best = t;
  }
  for (size_t j = 0; j < cnt; j++)
    counts[cg_dataset_agreement(s->ds, (size_t)agr[j])->type] = 0;
  return best;
}

static void style_edge(scene *s, Agedge_t *e, size_t type) {
  const char *tid = cg_dataset_type(s->ds, type)->id;
  set_attr(s, e, "color", cg_palette_colour(cg_type_slot(s->ds, type)));
  cg_buf_clear(&s->tmp2);
  cg_css_class(&s->tmp2, "type-", tid);
  char cls[256];
  snprintf(cls, sizeof cls, "%s", cg_buf_str(&s->tmp2));
  set_attr(s, e, "class", cls);
}

/* One edge per partner pair: width by agreements, colour by the dominant type. */
static void add_pair_edge(scene *s, Agraph_t *ag, Agnode_t *t, Agnode_t *h, size_t e,
                          size_t *counts) {
  size_t cnt;
  const int32_t *agr = cg_pgraph_edge_agreements(s->g, e, &cnt);
  Agedge_t *ed = agedge(ag, t, h, NULL, 1);
  if (!ed || !cnt) return;
  size_t type = dominant_type(s, agr, cnt, counts);
  char num[32];
  snprintf(num, sizeof num, "%zu", cnt);
  set_attr(s, ed, "agreements", num);
  set_attr(s, ed, "type", cg_dataset_type(s->ds, type)->id);
  snprintf(num, sizeof num, "%.2f", 1.0 + 1.5 * log2((double)cnt));
  set_attr(s, ed, "penwidth", num);
  style_edge(s, ed, type);
  cg_buf *b = &s->tmp;
  cg_buf_clear(b);
  cg_gv_text(b, agnameof(t), 0);
  cg_buf_puts(b, " -- ");
  cg_gv_text(b, agnameof(h), 0);
  cg_buf_printf(b, ": %zu agreement%s", cnt, cnt == 1 ? "" : "s");
  for (size_t j = 0; j < cnt && j < MAX_TOOLTIP_LINES; j++) {
    cg_buf_puts(b, "\\n");
    put_agreement_line(s, b, (size_t)agr[j]);
  }
  if (cnt > MAX_TOOLTIP_LINES) cg_buf_printf(b, "\\n... and %zu more", cnt - MAX_TOOLTIP_LINES);
  set_attr(s, ed, "tooltip", cg_buf_str(b));
}

/*
 * The agreement's drawn parties in the dataset's order, as "A;B;C", or ""
 * when that is just "tail;head": what a reader needs to rebuild the agreement
 * (the parties of a multilateral one, and the order of every one) from its
 * edges. Computed once per agreement; `stamp` (per vertex) finds repeats,
 * which by_nation makes.
 */
static char *agreement_parties(scene *s, const cg_agreement *a, unsigned *stamp, unsigned mark) {
  cg_buf b = CG_BUF_INIT;
  size_t count = 0;
  for (uint32_t k = 0; k < a->nparties; k++) {
    int32_t rep = cg_view_representative(s->v, (size_t)a->parties[k]);
    int64_t vx = rep >= 0 ? cg_pgraph_vertex(s->g, (size_t)rep) : -1;
    if (vx < 0 || !s->keep[vx] || stamp[vx] == mark) continue;
    stamp[vx] = mark;
    cg_buf_printf(&b, "%s%s", count++ ? ";" : "", entity_id(s, (size_t)vx));
  }
  size_t len;
  char *out = cg_buf_detach(&b, &len);
  char *semi = out && count == 2 ? strchr(out, ';') : NULL;
  if (semi) {
    /* Two parties in sorted order are what the edge's tail and head say. */
    *semi = '\0';
    int sorted = strcmp(out, semi + 1) < 0;
    *semi = ';';
    if (sorted) out[0] = '\0';
  }
  return out;
}

/*
 * One edge per agreement on this pair, keyed "id" or "id#k" (k-th pair of
 * that agreement), with `parties` when the ends alone do not say them and
 * `order`, the agreement's place in the dataset, so that a reader gets back
 * the same dataset (ties in date order follow it).
 */
typedef struct multi_state {
  unsigned *uses;  /* per agreement: edges written so far */
  char **parties;  /* per agreement: agreement_parties, once computed */
  unsigned *stamp; /* per vertex, for agreement_parties */
} multi_state;

static void add_agreement_edges(scene *s, Agraph_t *ag, Agnode_t *t, Agnode_t *h, size_t e,
                                multi_state *ms) {
  size_t cnt;
  const int32_t *agr = cg_pgraph_edge_agreements(s->g, e, &cnt);
  for (size_t j = 0; j < cnt; j++) {
    const cg_agreement *a = cg_dataset_agreement(s->ds, (size_t)agr[j]);
    /* In a buffer, not a fixed array: a key cut short could equal another agreement's. */
    unsigned k = ++ms->uses[agr[j]];
    if (k == 1) ms->parties[agr[j]] = agreement_parties(s, a, ms->stamp, (unsigned)agr[j] + 1);
    cg_buf_clear(&s->tmp);
    cg_buf_puts(&s->tmp, a->id);
    if (k > 1) cg_buf_printf(&s->tmp, "#%u", k);
    Agedge_t *ed = agedge(ag, t, h, (char *)cg_buf_str(&s->tmp), 1);
    if (!ed) continue;
    char d[11];
    set_attr(s, ed, "type", cg_dataset_type(s->ds, a->type)->id);
    set_attr(s, ed, "date", cg_date_format(a->date, d));
    set_attr(s, ed, "end", cg_date_format(a->end, d));
    set_attr(s, ed, "title", a->title);
    set_attr(s, ed, "source", a->source);
    if (ms->parties[agr[j]] && ms->parties[agr[j]][0])
      set_attr(s, ed, "parties", ms->parties[agr[j]]);
    char order[24];
    snprintf(order, sizeof order, "%ld", (long)agr[j] + 1);
    set_attr(s, ed, "order", order);
    style_edge(s, ed, (size_t)a->type);
    cg_buf_clear(&s->tmp);
    put_agreement_line(s, &s->tmp, (size_t)agr[j]);
    set_attr(s, ed, "tooltip", cg_buf_str(&s->tmp));
  }
}

static cg_status add_edges(scene *s, Agraph_t *ag, char *types_used) {
  size_t ntypes = cg_dataset_ntypes(s->ds), na = cg_dataset_nagreements(s->ds);
  size_t *counts = calloc(ntypes + 1, sizeof *counts);
  multi_state ms = {calloc(na + 1, sizeof *ms.uses), calloc(na + 1, sizeof *ms.parties),
                    calloc(cg_pgraph_nvertices(s->g) + 1, sizeof *ms.stamp)};
  cg_status st = CG_OK;
  if (!counts || !ms.uses || !ms.parties || !ms.stamp) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  for (size_t i = 0; i < s->nedges; i++) {
    size_t e = s->edges[i], tv, hv, cnt;
    edge_ends(s, e, &tv, &hv);
    Agnode_t *t = agnode(ag, (char *)entity_id(s, tv), 0);
    Agnode_t *h = agnode(ag, (char *)entity_id(s, hv), 0);
    const int32_t *agr = cg_pgraph_edge_agreements(s->g, e, &cnt);
    if (!t || !h || !cnt) continue;
    if (s->o->multi) {
      add_agreement_edges(s, ag, t, h, e, &ms);
      for (size_t j = 0; j < cnt; j++)
        types_used[cg_dataset_agreement(s->ds, (size_t)agr[j])->type] = 1;
    } else {
      add_pair_edge(s, ag, t, h, e, counts);
      types_used[dominant_type(s, agr, cnt, counts)] = 1;
    }
  }
done:
  for (size_t a = 0; ms.parties && a < na; a++)
    free(ms.parties[a]);
  free(ms.parties);
  free(ms.uses);
  free(ms.stamp);
  free(counts);
  return st;
}

static int slot_cmp(const void *a, const void *b) {
  const size_t *x = a, *y = b;
  return (x[0] > y[0]) - (x[0] < y[0]);
}

/* Legend rows for the kinds or types flagged in used[], in palette order. */
static void legend_rows(scene *s, cg_buf *b, const char *heading, const char *used, int kinds) {
  size_t n = kinds ? cg_dataset_nkinds(s->ds) : cg_dataset_ntypes(s->ds), k = 0;
  size_t(*rows)[2] = malloc((n + 1) * sizeof *rows);
  if (!rows) {
    b->failed = 1;
    return;
  }
  for (size_t i = 0; i < n; i++)
    if (used[i]) {
      rows[k][0] = kinds ? cg_kind_slot(s->ds, i) : cg_type_slot(s->ds, i);
      rows[k++][1] = i;
    }
  qsort(rows, k, sizeof *rows, slot_cmp);
  if (k) cg_buf_printf(b, "<TR><TD COLSPAN=\"2\"><B>%s</B></TD></TR>", heading);
  for (size_t r = 0; r < k; r++) {
    size_t i = rows[r][1];
    cg_buf_printf(b, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"16\"> </TD><TD ALIGN=\"LEFT\">",
                  cg_palette_colour(rows[r][0]));
    if (kinds) {
      cg_html_escape(b, cg_dataset_kind(s->ds, i), 1);
      cg_buf_printf(b, " (%s)", cg_kind_shape(cg_dataset_kind(s->ds, i)));
    } else {
      const cg_type *t = cg_dataset_type(s->ds, i);
      cg_html_escape(b, t->label[0] ? t->label : t->id, 1);
    }
    cg_buf_puts(b, "</TD></TR>");
  }
  free(rows);
}

/* A table node "@legend" (no entity id has '@') listing the kinds and types drawn. */
static cg_status add_legend(scene *s, Agraph_t *ag, const char *types_used) {
  size_t nk = cg_dataset_nkinds(s->ds);
  char *kinds_used = calloc(nk + 1, 1);
  if (!kinds_used) return CG_ERR_NOMEM;
  for (size_t i = 0; i < s->nkeep; i++)
    kinds_used[cg_dataset_entity(s->ds, (size_t)cg_pgraph_entity(s->g, s->order[i]))->kind_index] =
        1;
  cg_buf *b = &s->tmp;
  cg_buf_clear(b);
  cg_buf_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
  legend_rows(s, b, "Kinds", kinds_used, 1);
  legend_rows(s, b, "Agreement types", types_used, 0);
  cg_buf_puts(b, "</TABLE>");
  free(kinds_used);
  if (cg_buf_status(b)) return CG_ERR_NOMEM;
  Agnode_t *n = agnode(ag, "@legend", 1);
  if (!n) return CG_ERR_NOMEM;
  set_attr(s, n, "shape", "plaintext");
  set_attr(s, n, "style", "");
  set_attr(s, n, "class", "legend");
  set_attr(s, n, "tooltip", "Legend");
  char *h = agstrdup_html(ag, (char *)cg_buf_str(b));
  if (!h) return CG_ERR_NOMEM;
  agsafeset(n, "label", h, "\\N");
  agstrfree(ag, h);
  return CG_OK;
}

/* Builds the styled cgraph graph of the scene into *out (agclose it). */
static cg_status build_graph(scene *s, Agraph_t **out) {
  *out = agopen("coopgraph", Agundirected, cg_gv_buf_disc());
  Agraph_t *ag = *out;
  if (!ag) return CG_ERR_NOMEM;
  agattr(ag, AGRAPH, "fontname", FONT);
  agattr(ag, AGNODE, "fontname", FONT);
  agattr(ag, AGEDGE, "fontname", FONT);
  char *types_used = calloc(cg_dataset_ntypes(s->ds) + 1, 1);
  if (!types_used) return CG_ERR_NOMEM;
  add_nodes(s, ag);
  cg_status st = add_edges(s, ag, types_used);
  if (!st && !s->o->no_legend) st = add_legend(s, ag, types_used);
  free(types_used);
  if (!st && (cg_buf_status(&s->tmp) || cg_buf_status(&s->tmp2))) st = CG_ERR_NOMEM;
  return st;
}

/* Graphviz reports through agerr; keep its last message for ours. */
cg_status cg_render_dot(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size) {
  cg_render_options defaults = CG_RENDER_OPTIONS_INIT;
  scene s;
  Agraph_t *ag = NULL;
  cg_status st = scene_init(&s, g, opts ? opts : &defaults, msg, msg_size);
  if (!st) st = build_graph(&s, &ag);
  if (!st && agwrite(ag, out) != 0) st = CG_ERR_NOMEM;
  if (!st && cg_buf_status(out)) st = CG_ERR_NOMEM;
  if (st == CG_ERR_NOMEM) set_msg(msg, msg_size, "out of memory");
  if (ag) agclose(ag);
  scene_free(&s);
  return st;
}

/* ---- layout and rendering ----------------------------------------------- */

static const char *const LAYOUT_NAMES[] = {"auto", "dot", "neato", "fdp", "sfdp", "circo", "twopi"};

const char *cg_layout_name(cg_layout l) {
  return (unsigned)l < sizeof LAYOUT_NAMES / sizeof LAYOUT_NAMES[0] ? LAYOUT_NAMES[l] : NULL;
}

int cg_layout_parse(const char *name, cg_layout *out) {
  for (size_t i = 0; i < sizeof LAYOUT_NAMES / sizeof LAYOUT_NAMES[0]; i++)
    if (name && strcmp(name, LAYOUT_NAMES[i]) == 0) {
      *out = (cg_layout)i;
      return 0;
    }
  return -1;
}

static cg_layout pick(const scene *s) {
  if (s->o->layout != CG_LAYOUT_AUTO) return s->o->layout;
  if (s->nkeep > AUTO_MAX_SMALL) return CG_LAYOUT_SFDP;
  return s->centre >= 0 ? CG_LAYOUT_TWOPI : CG_LAYOUT_NEATO;
}

cg_layout cg_render_pick_layout(const cg_pgraph *g, const cg_render_options *opts, size_t *nodes) {
  cg_render_options defaults = CG_RENDER_OPTIONS_INIT;
  scene s;
  cg_layout l = CG_LAYOUT_AUTO;
  if (scene_init(&s, g, opts ? opts : &defaults, NULL, 0) == CG_OK) l = pick(&s);
  if (nodes) *nodes = s.nkeep;
  scene_free(&s);
  return l;
}

/* The dataset's name without its directory, for titles. */
static const char *base_name(const char *path, size_t *len) {
  size_t n = strlen(path);
  while (n > 1 && path[n - 1] == '/')
    n--;
  size_t b = n;
  while (b > 0 && path[b - 1] != '/')
    b--;
  *len = n - b;
  return path + b;
}

static void put_type_list(const cg_dataset *ds, cg_buf *b, const int32_t *t, size_t n) {
  for (size_t i = 0; i < n; i++)
    cg_buf_printf(b, "%s%s", i ? "," : "", cg_dataset_type(ds, (size_t)t[i])->id);
}

/* "Filters: ..." describing the view's filter and the ego selection. */
static void put_filters(const scene *s, cg_buf *b) {
  const cg_filter *f = cg_view_filter(s->v);
  size_t mark = b->len;
  char d[11];
  cg_buf_puts(b, " Filters:");
  if (cg_date_known(f->from)) cg_buf_printf(b, " from %s;", cg_date_format(f->from, d));
  if (cg_date_known(f->to)) cg_buf_printf(b, " to %s;", cg_date_format(f->to, d));
  if (cg_date_known(f->as_of)) cg_buf_printf(b, " as of %s;", cg_date_format(f->as_of, d));
  if (f->ntypes) {
    cg_buf_puts(b, " types ");
    put_type_list(s->ds, b, f->types, f->ntypes);
    cg_buf_putc(b, ';');
  }
  if (f->nexclude_types) {
    cg_buf_puts(b, " excluding types ");
    put_type_list(s->ds, b, f->exclude_types, f->nexclude_types);
    cg_buf_putc(b, ';');
  }
  for (size_t i = 0; i < f->nkinds; i++)
    cg_buf_printf(b, "%s%s%s", i ? "," : " kinds ", cg_dataset_kind(s->ds, (size_t)f->kinds[i]),
                  i + 1 == f->nkinds ? ";" : "");
  if (f->by_nation) cg_buf_puts(b, " by nation;");
  if (f->multilateral == CG_MULTI_SKIP) cg_buf_puts(b, " multilateral agreements left out;");
  if (s->centre >= 0)
    cg_buf_printf(b, " within %u step%s of %s;", s->o->ego_depth ? s->o->ego_depth : 1,
                  s->o->ego_depth > 1 ? "s" : "", entity_id(s, (size_t)s->centre));
  if (b->len == mark + 9)
    cg_buf_puts(b, " none.");
  else
    b->data[b->len - 1] = '.';
}

static void make_title_desc(const scene *s, cg_buf *title, cg_buf *desc) {
  size_t n;
  const char *name = base_name(cg_dataset_name(s->ds), &n);
  if (s->o->title)
    cg_buf_puts(title, s->o->title);
  else if (s->centre >= 0)
    cg_buf_printf(title, "Cooperation network around %s: %.*s", entity_id(s, (size_t)s->centre),
                  (int)n, name);
  else
    cg_buf_printf(title, "Cooperation network: %.*s", (int)n, name);
  if (s->o->desc) {
    cg_buf_puts(desc, s->o->desc);
    return;
  }
  if (s->nkeep < s->nselected)
    cg_buf_printf(desc,
                  "Partnership graph of dataset %.*s, showing the %zu most connected of %zu "
                  "entities (by strength: agreements shared, summed over partners): %zu partner "
                  "pair%s and %zu agreement%s among them%s.",
                  (int)n, name, s->nkeep, s->nselected, s->nedges, s->nedges == 1 ? "" : "s",
                  s->nagr, s->nagr == 1 ? "" : "s", s->o->multi ? " (one line per agreement)" : "");
  else
    cg_buf_printf(desc,
                  "Partnership graph of dataset %.*s: %zu entit%s, %zu partner pair%s, %zu "
                  "agreement%s%s.",
                  (int)n, name, s->nkeep, s->nkeep == 1 ? "y" : "ies", s->nedges,
                  s->nedges == 1 ? "" : "s", s->nagr, s->nagr == 1 ? "" : "s",
                  s->o->multi ? " (one line per agreement)" : "");
  put_filters(s, desc);
}

/* Attributes that only matter for layout and rendering. */
static void set_layout_attrs(scene *s, Agraph_t *ag, cg_layout l) {
  if (s->o->transparent) set_attr(s, ag, "bgcolor", "transparent");
  set_attr(s, ag, "outputorder", "edgesfirst");
  if (l == CG_LAYOUT_NEATO || l == CG_LAYOUT_FDP || l == CG_LAYOUT_SFDP)
    set_attr(s, ag, "start", "1");
  if (l == CG_LAYOUT_NEATO || l == CG_LAYOUT_TWOPI || l == CG_LAYOUT_CIRCO)
    set_attr(s, ag, "overlap", "false");
  if (l == CG_LAYOUT_SFDP) set_attr(s, ag, "overlap", "prism");
  if (l != CG_LAYOUT_DOT) set_attr(s, ag, "pack", "true");
  if (l == CG_LAYOUT_TWOPI && s->centre >= 0)
    set_attr(s, ag, "root", entity_id(s, (size_t)s->centre));
  if (s->o->dpi > 0) {
    char num[32];
    snprintf(num, sizeof num, "%g", s->o->dpi);
    set_attr(s, ag, "dpi", num);
  }
}

/* Lays out and renders in `format`; SVG is tidied, others copied. */
static cg_status render(const cg_pgraph *g, const cg_render_options *opts, const char *format,
                        cg_buf *out, char *msg, size_t msg_size) {
  cg_render_options defaults = CG_RENDER_OPTIONS_INIT;
  scene s;
  Agraph_t *ag = NULL;
  cg_buf title = CG_BUF_INIT, desc = CG_BUF_INIT;
  agusererrf old = cg_gv_capture_begin();
  cg_status st = scene_init(&s, g, opts ? opts : &defaults, msg, msg_size);
  if (st) goto done;
  if (s.nkeep > CG_RENDER_MAX_NODES) {
    set_msg(msg, msg_size,
            "the figure would have %zu entities, more than the limit of %zu that can be laid out "
            "in reasonable time; narrow it with filters (--kind, --from, --to, --ego)",
            s.nkeep, CG_RENDER_MAX_NODES);
    st = CG_ERR_LIMIT;
    goto done;
  }
  cg_layout l = pick(&s);
  if (!cg_layout_name(l) || l == CG_LAYOUT_AUTO) {
    set_msg(msg, msg_size, "invalid layout %d", (int)l);
    st = CG_ERR_ARG;
    goto done;
  }
  if ((st = build_graph(&s, &ag)) != CG_OK) goto done;
  set_layout_attrs(&s, ag, l);
  make_title_desc(&s, &title, &desc);
  if (cg_buf_status(&title) || cg_buf_status(&desc)) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  cg_svg_tidy_options to = {s.o->id_prefix, s.o->responsive, cg_buf_str(&title),
                            cg_buf_str(&desc)};
  st = cg_gv_draw(ag, cg_layout_name(l), format, &to, out, "Graphviz failed to draw the graph",
                  msg, msg_size);
done:
  cg_gv_failure(st, "Graphviz failed to draw the graph", msg, msg_size);
  cg_gv_capture_end(old);
  if (ag) agclose(ag);
  cg_buf_free(&title);
  cg_buf_free(&desc);
  scene_free(&s);
  return st;
}

cg_status cg_render_svg(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size) {
  return render(g, opts, "svg", out, msg, msg_size);
}

cg_status cg_render_png(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size) {
  return render(g, opts, "png", out, msg, msg_size);
}

cg_status cg_render_pdf(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size) {
  return render(g, opts, "pdf", out, msg, msg_size);
}
