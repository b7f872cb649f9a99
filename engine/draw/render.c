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
#include "analysis/graph_internal.h"
#include "core/escape_internal.h"
#include "core/error_internal.h"
#include "core/sort_internal.h"
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
/*
 * Up to this many entities every node carries its label; above, only the
 * LABEL_MOST most connected do, the others are small shapes whose tooltip
 * names them: at 800 px a few hundred labels cannot all be read.
 */
#define LABEL_ALL 60
#define LABEL_MOST 30
#define NODE_FILL "#F2F2F2"   /* neutral: colour is for edge groups */
#define NODE_LINE "#4D4D4D"
#define EGO_FILL "#333333"     /* the entity an ego view is about */
#define AMONG_PARTNERS "#B8B8B8" /* ego view: edges not involving the ego, lighter */
#define WRAP_AT 16 /* names longer than this (characters) wrap to two lines */

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
  char *labelled;   /* per vertex: drawn with its label (big figures: the most connected) */
  size_t nlabelled; /* vertices labelled */
  int route;        /* edges routed around nodes (not too many of them) */
  size_t max_cnt;   /* most agreements of one drawn pair */
  int among_used;   /* ego view: some edge joins two partners */
  cg_buf tmp, tmp2;
} scene;


static const char *entity_id(const scene *s, size_t vertex) {
  return cg_dataset_entity(s->ds, (size_t)cg_pgraph_entity(s->g, vertex))->id;
}

/* ---- choosing what to draw --------------------------------------------- */

/* Marks the vertices within ego_depth hops of the centre. */
static cg_status select_ego(scene *s) {
  igraph_integer_t depth = s->o->ego_depth ? s->o->ego_depth : 1;
  igraph_vector_int_list_t near;
  igraph_error_t err = igraph_vector_int_list_init(&near, 0);
  if (err) return cg_igraph_status(err);
  err = igraph_neighborhood(cg_pgraph_igraph(s->g), &near, igraph_vss_1(s->centre), depth,
                            IGRAPH_ALL, 0);
  if (!err) {
    const igraph_vector_int_t *ball = igraph_vector_int_list_get_ptr(&near, 0);
    s->nkeep = (size_t)igraph_vector_int_size(ball);
    for (size_t i = 0; i < s->nkeep; i++)
      s->keep[VECTOR(*ball)[i]] = 1;
  }
  igraph_vector_int_list_destroy(&near);
  return cg_igraph_status(err);
}

/* Vertices by entity id (ctx: the scene). */
static int vertex_cmp(const void *a, const void *b, void *ctx) {
  const scene *s = ctx;
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  int c = strcmp(entity_id(s, x), entity_id(s, y));
  return c ? c : (x > y) - (x < y);
}

static void edge_ends(const scene *s, size_t e, size_t *tail, size_t *head) {
  size_t u, v;
  cg_pgraph_edge(s->g, e, &u, &v, NULL);
  *tail = s->flip[e] ? v : u;
  *head = s->flip[e] ? u : v;
}

/* Edges by tail id, then head id (ctx: the scene). */
static int edge_cmp(const void *a, const void *b, void *ctx) {
  const scene *s = ctx;
  size_t x = *(const size_t *)a, y = *(const size_t *)b, xt, xh, yt, yh;
  edge_ends(s, x, &xt, &xh);
  edge_ends(s, y, &yt, &yh);
  int c = strcmp(entity_id(s, xt), entity_id(s, yt));
  if (!c) c = strcmp(entity_id(s, xh), entity_id(s, yh));
  return c ? c : (x > y) - (x < y);
}

/* Vertices by strength, strongest first, then by id: for keeping the most connected. */
typedef struct strength_ctx {
  const scene *s;
  const double *strength;
} strength_ctx;

static int strength_cmp(const void *a, const void *b, void *ctx) {
  const strength_ctx *sc = ctx;
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  if (sc->strength[x] != sc->strength[y]) return sc->strength[x] > sc->strength[y] ? -1 : 1;
  return vertex_cmp(a, b, (void *)sc->s);
}

/*
 * The kept vertices other than the ego, strongest first (*k of them, in a
 * malloc'd array), strength summed over edges[0..m) (NULL: edges 0..m of the
 * graph). NULL when out of memory.
 */
static size_t *strongest_kept(const scene *s, const size_t *edges, size_t m, size_t *k) {
  size_t n = cg_pgraph_nvertices(s->g);
  double *str = calloc(n + 1, sizeof *str);
  size_t *cand = malloc((n + 1) * sizeof *cand);
  *k = 0;
  if (!str || !cand) {
    free(str);
    free(cand);
    return NULL;
  }
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    double w;
    cg_pgraph_edge(s->g, edges ? edges[e] : e, &u, &v, &w);
    str[u] += w;
    str[v] += w;
  }
  for (size_t i = 0; i < n; i++)
    if (s->keep[i] && (int64_t)i != s->centre) cand[(*k)++] = i;
  strength_ctx sc = {s, str};
  cg_sort(cand, *k, sizeof *cand, strength_cmp, &sc);
  free(str);
  return cand;
}

/* Keeps only the max_nodes selected vertices of greatest strength (the ego first). */
static cg_status keep_strongest(scene *s) {
  size_t n = cg_pgraph_nvertices(s->g), k;
  size_t *cand = strongest_kept(s, NULL, cg_pgraph_nedges(s->g), &k);
  if (!cand) return CG_ERR_NOMEM;
  memset(s->keep, 0, n);
  size_t room = s->o->max_nodes;
  if (s->centre >= 0) {
    s->keep[s->centre] = 1;
    room--;
  }
  for (size_t i = 0; i < k && i < room; i++)
    s->keep[cand[i]] = 1;
  s->nkeep = s->o->max_nodes;
  free(cand);
  return CG_OK;
}

/* Marks the vertices drawn with a label: all, or the LABEL_MOST most connected (and the ego). */
static cg_status choose_labels(scene *s) {
  size_t n = cg_pgraph_nvertices(s->g);
  s->labelled = calloc(n + 1, 1);
  if (!s->labelled) return CG_ERR_NOMEM;
  /* Names are about three times as long as ids: a third as many fit. */
  size_t all = s->o->label_names ? LABEL_ALL / 3 : LABEL_ALL;
  size_t most = s->o->label_names ? LABEL_MOST / 2 : LABEL_MOST;
  if (s->nkeep <= all) {
    memcpy(s->labelled, s->keep, n);
    s->nlabelled = s->nkeep;
    return CG_OK;
  }
  size_t k;
  size_t *cand = strongest_kept(s, s->edges, s->nedges, &k);
  if (!cand) return CG_ERR_NOMEM;
  if (s->centre >= 0) s->labelled[s->centre] = 1;
  for (size_t i = 0; i < k && i < most; i++)
    s->labelled[cand[i]] = 1;
  s->nlabelled = (k < most ? k : most) + (s->centre >= 0);
  free(cand);
  return CG_OK;
}

static void scene_free(scene *s) {
  free(s->labelled);
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
      cg_msg_set(msg, msg_size, "ego entity index %ld is out of range", (long)o->ego);
      return CG_ERR_ARG;
    }
    int32_t rep = cg_view_representative(s->v, (size_t)o->ego);
    s->centre = rep >= 0 ? cg_pgraph_vertex(g, (size_t)rep) : -1;
    if (s->centre < 0) {
      cg_msg_set(msg, msg_size, "entity '%s' is not in the filtered network",
              cg_dataset_entity(s->ds, (size_t)o->ego)->id);
      return CG_ERR_NOTFOUND;
    }
    cg_status est = select_ego(s);
    if (est) return est;
  } else {
    memset(s->keep, 1, n);
    s->nkeep = n;
  }
  s->nselected = s->nkeep;
  cg_status st = CG_OK;
  if (o->max_nodes && s->nkeep > o->max_nodes && (st = keep_strongest(s)) != CG_OK) return st;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (s->keep[i]) s->order[k++] = i;
  cg_sort(s->order, k, sizeof *s->order, vertex_cmp, s);
  for (size_t e = 0; e < m; e++) {
    size_t u, v;
    cg_pgraph_edge(g, e, &u, &v, NULL);
    if (!s->keep[u] || !s->keep[v]) continue;
    s->flip[e] = strcmp(entity_id(s, v), entity_id(s, u)) < 0;
    s->edges[s->nedges++] = e;
  }
  cg_sort(s->edges, s->nedges, sizeof *s->edges, edge_cmp, s);
  for (size_t i = 0; i < k; i++) {
    double x = o->size_by ? o->size_by[s->order[i]] : 0.0;
    if (!(x >= 0.0) || isinf(x)) {
      cg_msg_set(msg, msg_size, "size value of '%s' is not a finite number >= 0",
              entity_id(s, s->order[i]));
      return CG_ERR_ARG;
    }
    if (x > s->size_max) s->size_max = x;
  }
  if ((st = choose_labels(s)) != CG_OK) return st;
  s->route = s->nedges <= CG_RENDER_ROUTE_MAX_EDGES;
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
  cg_gv_text_escape(b, cg_buf_str(&s->tmp2), 0);
}

/* ---- building the cgraph graph ------------------------------------------ */

/* s[0..n) as a string for the escapers; NULL (and b marked failed) when out of memory. */
static char *copy_n(cg_buf *b, const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) {
    b->failed = 1;
    return NULL;
  }
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

/* A label of a name: two lines, split at the space nearest the middle, when long. */
static void put_wrapped(cg_buf *b, const char *name) {
  size_t len = strlen(name), chars = 0, best = 0, mid;
  for (size_t i = 0; i < len; i++)
    chars += ((unsigned char)name[i] & 0xC0) != 0x80;
  if (chars <= WRAP_AT) {
    cg_gv_text_escape(b, name, 1);
    return;
  }
  mid = len / 2;
  for (size_t i = 1; i + 1 < len; i++)
    if (name[i] == ' ' && (!best || (i > mid ? i - mid : mid - i) < (best > mid ? best - mid : mid - best)))
      best = i;
  if (!best) {
    cg_gv_text_escape(b, name, 1);
    return;
  }
  char *first = copy_n(b, name, best);
  if (!first) return;
  cg_gv_text_escape(b, first, 1);
  cg_buf_puts(b, "\\n");
  cg_gv_text_escape(b, name + best + 1, 1);
  free(first);
}

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
    int ego = (int64_t)vx == s->centre;
    set_attr(s, n, "shape", cg_kind_shape(en->kind));
    set_attr(s, n, "style", strcmp(cg_kind_shape(en->kind), "box") == 0 ? "rounded,filled" : "filled");
    set_attr(s, n, "fillcolor", ego ? EGO_FILL : NODE_FILL);
    set_attr(s, n, "color", NODE_LINE);
    if (ego) {
      set_attr(s, n, "fontcolor", "white");
      set_attr(s, n, "penwidth", "2");
    }
    cg_buf_clear(b);
    cg_css_class(b, "kind-", en->kind);
    if (ego) cg_buf_puts(b, " ego");
    set_attr(s, n, "class", cg_buf_str(b));
    cg_buf_clear(b);
    if (!s->labelled[vx]) {
      /* Too many to label: a small shape, named by its tooltip. */
      cg_buf_puts(b, "");
      set_attr(s, n, "width", "0.22");
      set_attr(s, n, "height", "0.16");
      set_attr(s, n, "fixedsize", "true");
    } else if (s->o->label_names && en->name[0])
      put_wrapped(b, en->name);
    else
      cg_gv_text_escape(b, en->id, 1);
    set_attr(s, n, "label", cg_buf_str(b));
    cg_buf_clear(b);
    cg_gv_text_escape(b, cg_entity_display_name(en), 0);
    cg_buf_printf(b, " (%s)", en->kind);
    if (s->o->size_by) {
      double x = s->o->size_by[vx];
      cg_buf_puts(b, "\\n");
      cg_gv_text_escape(b, s->o->size_by_name ? s->o->size_by_name : "size", 0);
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

/* The group most of the agreements belong to; ties go to the earlier group. */
static size_t dominant_group(scene *s, const int32_t *agr, size_t cnt, size_t *counts) {
  const cg_dataset *ds = s->ds;
#define GROUP_OF(j) ((size_t)cg_dataset_type(ds, (size_t)cg_dataset_agreement(ds, (size_t)agr[j])->type)->group_index)
  size_t best = GROUP_OF(0);
  for (size_t j = 0; j < cnt; j++)
    counts[GROUP_OF(j)]++;
  for (size_t j = 0; j < cnt; j++) {
    size_t g = GROUP_OF(j);
    if (counts[g] > counts[best] || (counts[g] == counts[best] && g < best)) best = g;
  }
  for (size_t j = 0; j < cnt; j++)
    counts[GROUP_OF(j)] = 0;
#undef GROUP_OF
  return best;
}

/* Colour by group (lighter grey for edges among an ego's partners), classes by group and type. */
static void style_edge(scene *s, Agedge_t *e, size_t type, size_t group, int among) {
  const char *tid = cg_dataset_type(s->ds, type)->id;
  set_attr(s, e, "color", among ? AMONG_PARTNERS : cg_group_colour(s->ds, group));
  cg_buf_clear(&s->tmp2);
  cg_css_class(&s->tmp2, "group-", cg_dataset_group(s->ds, group));
  cg_buf_putc(&s->tmp2, ' ');
  cg_css_class(&s->tmp2, "type-", tid);
  if (among) cg_buf_puts(&s->tmp2, " among-partners");
  char cls[512];
  snprintf(cls, sizeof cls, "%s", cg_buf_str(&s->tmp2));
  set_attr(s, e, "class", cls);
}

/* Line width in steps a reader tells apart: 1, 2, 3-4, 5 or more agreements. */
static const char *width_step(size_t cnt) {
  return cnt >= 5 ? "6" : cnt >= 3 ? "4.2" : cnt == 2 ? "2.6" : "1.2";
}

/*
 * One edge per partner pair: width by agreements, colour by the dominant
 * group. In an ego view the ego's own edges carry their count as a label,
 * and edges among its partners are thin and light grey. Returns the group
 * the edge is coloured by.
 */
static size_t add_pair_edge(scene *s, Agraph_t *ag, Agnode_t *t, Agnode_t *h, size_t e,
                            size_t *counts, size_t *gcounts) {
  size_t cnt, tv, hv;
  const int32_t *agr = cg_pgraph_edge_agreements(s->g, e, &cnt);
  size_t group = dominant_group(s, agr, cnt, gcounts);
  Agedge_t *ed = agedge(ag, t, h, NULL, 1);
  if (!ed) return group;
  edge_ends(s, e, &tv, &hv);
  int own = s->centre >= 0 && ((int64_t)tv == s->centre || (int64_t)hv == s->centre);
  int among = s->centre >= 0 && !own;
  size_t type = dominant_type(s, agr, cnt, counts);
  char num[32];
  snprintf(num, sizeof num, "%zu", cnt);
  set_attr(s, ed, "agreements", num);
  set_attr(s, ed, "type", cg_dataset_type(s->ds, type)->id);
  set_attr(s, ed, "penwidth", among ? "1" : width_step(cnt));
  if (own) {
    set_attr(s, ed, "label", num);
    set_attr(s, ed, "fontsize", "13");
  }
  style_edge(s, ed, type, group, among);
  cg_buf *b = &s->tmp;
  cg_buf_clear(b);
  cg_gv_text_escape(b, agnameof(t), 0);
  cg_buf_puts(b, " -- ");
  cg_gv_text_escape(b, agnameof(h), 0);
  cg_buf_printf(b, ": %zu agreement%s", cnt, cnt == 1 ? "" : "s");
  for (size_t j = 0; j < cnt && j < MAX_TOOLTIP_LINES; j++) {
    cg_buf_puts(b, "\\n");
    put_agreement_line(s, b, (size_t)agr[j]);
  }
  if (cnt > MAX_TOOLTIP_LINES) cg_buf_printf(b, "\\n... and %zu more", cnt - MAX_TOOLTIP_LINES);
  set_attr(s, ed, "tooltip", cg_buf_str(b));
  return group;
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
    size_t ty = (size_t)a->type;
    style_edge(s, ed, ty, (size_t)cg_dataset_type(s->ds, ty)->group_index, 0);
    cg_buf_clear(&s->tmp);
    put_agreement_line(s, &s->tmp, (size_t)agr[j]);
    set_attr(s, ed, "tooltip", cg_buf_str(&s->tmp));
  }
}

/* Adds the edges; groups_used[g] is set for each group drawn in its colour. */
static cg_status add_edges(scene *s, Agraph_t *ag, char *groups_used) {
  size_t ntypes = cg_dataset_ntypes(s->ds), na = cg_dataset_nagreements(s->ds);
  size_t *counts = calloc(ntypes + 1, sizeof *counts);
  size_t *gcounts = calloc(cg_dataset_ngroups(s->ds) + 1, sizeof *gcounts);
  multi_state ms = {calloc(na + 1, sizeof *ms.uses), calloc(na + 1, sizeof *ms.parties),
                    calloc(cg_pgraph_nvertices(s->g) + 1, sizeof *ms.stamp)};
  cg_status st = CG_OK;
  if (!counts || !gcounts || !ms.uses || !ms.parties || !ms.stamp) {
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
    if (cnt > s->max_cnt) s->max_cnt = cnt;
    if (s->o->multi) {
      add_agreement_edges(s, ag, t, h, e, &ms);
      for (size_t j = 0; j < cnt; j++)
        groups_used[cg_dataset_type(s->ds, (size_t)cg_dataset_agreement(s->ds, (size_t)agr[j])->type)
                        ->group_index] = 1;
    } else {
      size_t group = add_pair_edge(s, ag, t, h, e, counts, gcounts);
      if (s->centre >= 0 && (int64_t)tv != s->centre && (int64_t)hv != s->centre)
        s->among_used = 1;
      else
        groups_used[group] = 1;
    }
  }
done:
  for (size_t a = 0; ms.parties && a < na; a++)
    free(ms.parties[a]);
  free(ms.parties);
  free(ms.uses);
  free(ms.stamp);
  free(counts);
  free(gcounts);
  return st;
}

/* ---- legend --------------------------------------------------------------- */

#define LEGEND_COLS 3 /* entries per legend row */
/*
 * Room after each legend text, in the text's own font size: Graphviz sizes a
 * cell from its font metrics, and another renderer (a browser, rsvg) may set
 * the same text a little wider. Drawn as a separate, invisible span, so the
 * text itself keeps that room inside its cell.
 */
#define MARGIN_TEXT "<FONT COLOR=\"#FFFFFF\">&#160;&#160;&#160;</FONT>"

/* One legend entry: a swatch (a line of the colour) and its text. */
static void legend_entry(cg_buf *b, const char *colour, double thick, const char *text) {
  /*
   * Text cells get a white background so that their box is drawn: the
   * figure measurer checks text against it. Padding is from the font's
   * metrics (Graphviz sizes the cell to the text) plus a margin for
   * renderers that set the text a little wider.
   */
  cg_buf_printf(b,
                "<TD WIDTH=\"30\"><TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR>"
                "<TD BGCOLOR=\"%s\" WIDTH=\"26\" HEIGHT=\"%.0f\" FIXEDSIZE=\"TRUE\"></TD>"
                "</TR></TABLE></TD><TD ALIGN=\"LEFT\" BGCOLOR=\"transparent\" CELLPADDING=\"6\">",
                colour, thick);
  cg_html_escape(b, text, 1);
  cg_buf_puts(b, MARGIN_TEXT "</TD>");
}

/* A row of text across the legend. */
/*
 * A paragraph below the entries, broken into lines of at most `width`
 * characters: a longer line would widen the entries' table (Graphviz
 * stretches a table to its cell) and open gaps between swatch and text.
 */
static void legend_line(cg_buf *b, const char *text, size_t width) {
  cg_buf_puts(b, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"transparent\" CELLPADDING=\"6\">");
  size_t col = 0;
  while (*text) {
    size_t word = strcspn(text, " ");
    if (col && col + 1 + word > width) {
      cg_buf_puts(b, MARGIN_TEXT "<BR/>");
      col = 0;
    } else if (col) {
      cg_buf_putc(b, ' ');
      col++;
    }
    char *w = copy_n(b, text, word);
    if (!w) return;
    cg_html_escape(b, w, 1);
    free(w);
    col += word;
    text += word;
    while (*text == ' ')
      text++;
  }
  cg_buf_puts(b, MARGIN_TEXT "</TD></TR>");
}

/*
 * The legend, as the graph's label below the drawing (an HTML table): the
 * groups drawn in colour, grey groups as "other", the ego view's lighter
 * edges, what line width and numbers mean, and the node shapes of the
 * kinds drawn. Only what is drawn is listed.
 */
static cg_status add_legend(scene *s, Agraph_t *ag, const char *groups_used) {
  const cg_dataset *ds = s->ds;
  size_t ng = cg_dataset_ngroups(ds), nk = cg_dataset_nkinds(ds), entries = 0;
  char *kinds_used = calloc(nk + 1, 1);
  if (!kinds_used) return CG_ERR_NOMEM;
  for (size_t i = 0; i < s->nkeep; i++)
    kinds_used[cg_dataset_entity(ds, (size_t)cg_pgraph_entity(s->g, s->order[i]))->kind_index] = 1;
  int other = 0;
  for (size_t g = 0; g < ng; g++)
    if (groups_used[g]) {
      if (cg_group_is_other(ds, g))
        other = 1;
      else
        entries++;
    }
  entries += other + s->among_used;
  int cols = entries < LEGEND_COLS ? (int)(entries ? entries : 1) : LEGEND_COLS;
  /*
   * About the entries' width in characters: per column its longest text and
   * a swatch (about 5), entries filling the columns row by row.
   */
  size_t colw[LEGEND_COLS] = {0}, idx = 0, wrap = 0;
  for (size_t g = 0; g <= ng; g++) {
    size_t len = 0;
    if (g < ng && groups_used[g] && !cg_group_is_other(ds, g))
      len = strlen(cg_dataset_group(ds, g));
    else if (g == ng && other)
      len = strlen("Other types");
    if (!len) continue;
    if (len + 5 > colw[idx % (size_t)cols]) colw[idx % (size_t)cols] = len + 5;
    idx++;
  }
  if (s->among_used && 25 + strlen(entity_id(s, (size_t)s->centre)) > colw[idx % (size_t)cols])
    colw[idx % (size_t)cols] = 25 + strlen(entity_id(s, (size_t)s->centre));
  for (int c = 0; c < cols; c++)
    wrap += colw[c];
  if (wrap < 36) wrap = 36;
  cg_buf *b = &s->tmp;
  cg_buf_clear(b);
  /* Entries in a table of their own: the lines below would widen its columns. */
  cg_buf_puts(b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                 "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                 "CELLPADDING=\"2\">");
  size_t k = 0;
  for (size_t g = 0; g <= ng; g++) {
    const char *colour = NULL, *text = NULL;
    if (g < ng && groups_used[g] && !cg_group_is_other(ds, g))
      colour = cg_group_colour(ds, g), text = cg_dataset_group(ds, g);
    else if (g == ng && other)
      colour = CG_GROUP_OTHER_COLOUR, text = "Other types";
    if (!colour) continue;
    if (k % (size_t)cols == 0) cg_buf_puts(b, "<TR>");
    legend_entry(b, colour, 4, text);
    if (++k % (size_t)cols == 0) cg_buf_puts(b, "</TR>");
  }
  if (s->among_used) {
    if (k % (size_t)cols == 0) cg_buf_puts(b, "<TR>");
    cg_buf_clear(&s->tmp2);
    cg_buf_printf(&s->tmp2, "Among partners of %s", entity_id(s, (size_t)s->centre));
    legend_entry(b, AMONG_PARTNERS, 2, cg_buf_str(&s->tmp2));
    if (++k % (size_t)cols == 0) cg_buf_puts(b, "</TR>");
  }
  if (k % (size_t)cols) {
    for (; k % (size_t)cols; k++)
      cg_buf_puts(b, "<TD></TD><TD></TD>");
    cg_buf_puts(b, "</TR>");
  }
  if (!k) cg_buf_puts(b, "<TR><TD></TD></TR>");
  cg_buf_puts(b, "</TABLE></TD></TR>");
  cg_buf_clear(&s->tmp2);
  if (s->centre >= 0 && !s->o->multi)
    cg_buf_printf(&s->tmp2, "Numbers: agreements with %s. ", entity_id(s, (size_t)s->centre));
  if (s->max_cnt > 1 && !s->o->multi)
    cg_buf_puts(&s->tmp2, "Line width: 1, 2, 3-4, 5+ agreements.");
  else if (s->o->multi)
    cg_buf_puts(&s->tmp2, "One line per agreement.");
  if (s->tmp2.len) legend_line(b, cg_buf_str(&s->tmp2), wrap);
  cg_buf_clear(&s->tmp2);
  size_t shown = 0;
  for (size_t i = 0; i < nk; i++)
    if (kinds_used[i]) {
      const char *kind = cg_dataset_kind(ds, i), *shape = cg_kind_shape(kind);
      cg_buf_printf(&s->tmp2, "%s%s = %s", shown++ ? ", " : "Shapes: ",
                    strcmp(shape, "box") == 0 ? "rounded box" : shape, kind);
    }
  if (s->nlabelled < s->nkeep)
    cg_buf_printf(&s->tmp2, "%sUnlabelled: %zu less connected entities (names in tooltips).",
                  shown ? ". " : "", s->nkeep - s->nlabelled);
  else if (shown)
    cg_buf_putc(&s->tmp2, '.');
  if (s->tmp2.len) legend_line(b, cg_buf_str(&s->tmp2), wrap);
  cg_buf_puts(b, "</TABLE>");
  free(kinds_used);
  if (cg_buf_status(b) || cg_buf_status(&s->tmp2)) return CG_ERR_NOMEM;
  char *h = agstrdup_html(ag, (char *)cg_buf_str(b));
  if (!h) return CG_ERR_NOMEM;
  agsafeset(ag, "label", h, "");
  agstrfree(ag, h);
  set_attr(s, ag, "labelloc", "b");
  set_attr(s, ag, "labeljust", "l");
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
  /* On a page of unknown colour the text on it (legend, edge counts) is a
   * grey that reads on light and dark pages; node labels keep black on
   * their opaque fill. */
  if (s->o->transparent) {
    agattr(ag, AGRAPH, "fontcolor", CG_INK_ANY_PAGE);
    agattr(ag, AGEDGE, "fontcolor", CG_INK_ANY_PAGE);
  }
  /* Declared, so that a node without a label ("") keeps none in Graphviz's own programs. */
  agattr(ag, AGNODE, "label", "\\N");
  /* A big figure is scaled down more to fit the page: larger text keeps it readable. */
  if (s->nlabelled < s->nkeep) {
    agattr(ag, AGRAPH, "fontsize", "17");
    agattr(ag, AGNODE, "fontsize", "17");
  }
  char *groups_used = calloc(cg_dataset_ngroups(s->ds) + 1, 1);
  if (!groups_used) return CG_ERR_NOMEM;
  add_nodes(s, ag);
  cg_status st = add_edges(s, ag, groups_used);
  if (!st && !s->o->no_legend) st = add_legend(s, ag, groups_used);
  free(groups_used);
  if (!st && (cg_buf_status(&s->tmp) || cg_buf_status(&s->tmp2))) st = CG_ERR_NOMEM;
  return st;
}

static cg_layout pick(const scene *s);
static void set_layout_attrs(scene *s, Agraph_t *ag, cg_layout l, int in_process);

/* Graphviz reports through agerr; keep its last message for ours. */
cg_status cg_render_dot(const cg_pgraph *g, const cg_render_options *opts, cg_buf *out, char *msg,
                        size_t msg_size) {
  cg_render_options defaults = CG_RENDER_OPTIONS_INIT;
  scene s;
  Agraph_t *ag = NULL;
  cg_status st = scene_init(&s, g, opts ? opts : &defaults, msg, msg_size);
  if (!st) st = build_graph(&s, &ag);
  if (!st) set_layout_attrs(&s, ag, pick(&s), 0);
  if (!st && agwrite(ag, out) != 0) st = CG_ERR_NOMEM;
  if (!st && cg_buf_status(out)) st = CG_ERR_NOMEM;
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
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

int cg_render_routes_edges(const cg_pgraph *g, const cg_render_options *opts) {
  cg_render_options defaults = CG_RENDER_OPTIONS_INIT;
  scene s;
  int r = -1;
  if (scene_init(&s, g, opts ? opts : &defaults, NULL, 0) == CG_OK) r = s.route;
  scene_free(&s);
  return r;
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
  if (!s->route)
    cg_buf_printf(desc,
                  " Edges are drawn straight, some through nodes they do not join: %zu partner "
                  "pairs are more than the %d that can be routed around nodes in reasonable time.",
                  s->nedges, CG_RENDER_ROUTE_MAX_EDGES);
  if (s->nlabelled < s->nkeep)
    cg_buf_printf(desc,
                  " Only the %zu most connected entities are labelled; the others are named in "
                  "their tooltips.",
                  s->nlabelled);
}

/*
 * How the graph is laid out, as graph attributes, so that the DOT text draws
 * the same picture in Graphviz's own programs (`dot -Tsvg` obeys `layout`):
 * the engine, a fixed seed, overlap removal with room around each node, and
 * edges routed around nodes. In process, the layout runs with straight edges
 * and cg_gv_route routes those that need it (Graphviz's router on the whole
 * graph is far slower); in_process says which.
 */
static void set_layout_attrs(scene *s, Agraph_t *ag, cg_layout l, int in_process) {
  set_attr(s, ag, "layout", cg_layout_name(l));
  if (s->o->transparent) set_attr(s, ag, "bgcolor", "transparent");
  set_attr(s, ag, "outputorder", "edgesfirst");
  if (l == CG_LAYOUT_NEATO || l == CG_LAYOUT_FDP || l == CG_LAYOUT_SFDP)
    set_attr(s, ag, "start", "1");
  if (l != CG_LAYOUT_DOT) {
    set_attr(s, ag, "overlap", l == CG_LAYOUT_SFDP ? "prism" : "false");
    /* Room between nodes for routed edges; a figure too big to route packs closer. */
    set_attr(s, ag, "sep", s->route ? "+6" : "+3");
    set_attr(s, ag, "esep", "+4");
    set_attr(s, ag, "pack", "true");
    set_attr(s, ag, "splines", in_process || !s->route ? "false" : "true");
  }
  if (l == CG_LAYOUT_TWOPI) {
    set_attr(s, ag, "ranksep", "1.1");
    if (s->centre >= 0) set_attr(s, ag, "root", entity_id(s, (size_t)s->centre));
  }
  if (s->o->dpi > 0) {
    char num[32];
    snprintf(num, sizeof num, "%g", s->o->dpi);
    set_attr(s, ag, "dpi", num);
  }
}

/*
 * An ego view's counts sit two thirds of the way out from the ego, where
 * its edges are further apart than at their middles near the centre.
 */
static void place_counts(scene *s, Agraph_t *ag) {
  Agnode_t *ego = s->centre >= 0 ? agnode(ag, (char *)entity_id(s, (size_t)s->centre), 0) : NULL;
  if (!ego) return;
  for (Agedge_t *e = agfstedge(ag, ego); e; e = agnxtedge(ag, e, ego)) {
    splines *sp = ED_spl(e);
    if (!ED_label(e) || !sp || sp->size < 1 || sp->list[0].size < 4) continue;
    const bezier *bz = &sp->list[0];
    size_t segs = (size_t)(bz->size - 1) / 3;
    double f = agtail(e) == ego ? 2.0 / 3 : 1.0 / 3, x = f * (double)segs;
    size_t k = (size_t)x < segs ? (size_t)x : segs - 1;
    ED_label(e)->pos = cg_gv_bezier_at(bz->list + 3 * k, x - (double)k);
  }
}

/* After the layout: edges through nodes they do not join go around them. */
static cg_status route_hook(GVC_t *gvc, Agraph_t *ag, void *ctx) {
  scene *s = ctx;
  cg_status st = CG_OK;
  if (s->route) st = cg_gv_route(gvc, ag, cg_layout_name(pick(s)), NULL, NULL);
  if (!st) place_counts(s, ag);
  return st;
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
    cg_msg_set(msg, msg_size,
            "the figure would have %zu entities, more than the limit of %zu that can be laid out "
            "in reasonable time; narrow it with filters (--kind, --from, --to, --ego)",
            s.nkeep, CG_RENDER_MAX_NODES);
    st = CG_ERR_LIMIT;
    goto done;
  }
  cg_layout l = pick(&s);
  if (!cg_layout_name(l) || l == CG_LAYOUT_AUTO) {
    cg_msg_set(msg, msg_size, "invalid layout %d", (int)l);
    st = CG_ERR_ARG;
    goto done;
  }
  if ((st = build_graph(&s, &ag)) != CG_OK) goto done;
  set_layout_attrs(&s, ag, l, 1);
  make_title_desc(&s, &title, &desc);
  if (cg_buf_status(&title) || cg_buf_status(&desc)) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  cg_svg_tidy_options to = {s.o->id_prefix, s.o->responsive, cg_buf_str(&title),
                            cg_buf_str(&desc)};
  st = cg_gv_draw(ag, cg_layout_name(l), format, &to, l == CG_LAYOUT_DOT ? NULL : route_hook, &s,
                  out, "Graphviz failed to draw the graph",
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
