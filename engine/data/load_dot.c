/*
 * load_dot.c - a Graphviz graph (DOT, .gv) as a dataset: nodes become
 * entities, edges agreements (README "DOT input" has the mapping).
 *
 * cgraph parses, from memory whether the bytes came from a file or not, so
 * there is one code path. This module maps attributes, invents ids where node
 * names or edge keys do not fit the schema, validates what the CSV loader
 * validates, and points each message at its line (dot_lines.c), since cgraph
 * keeps none for nodes and edges.
 */
#include "data/dataset_internal.h"
#include "data/dot_lines_internal.h"
#include "data/file_internal.h"
#include "core/ident_internal.h"
#include "core/utf8_internal.h"

#include <coopgraph/buf.h>
#include <coopgraph/number.h>
#include <coopgraph/writer.h>

#include <graphviz/cgraph.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_KIND "entity"
#define DEFAULT_TYPE "edge"
#define LEGEND_NODE "@legend" /* what `coopgraph dot` adds; not an entity */

typedef struct dot_loader {
  cg_dataset *ds;
  cg_diags *diags;
  const char *path;
  const char *text;
  size_t len;
  Agraph_t *g;
  int latin1;          /* charset=latin1: names and values are Latin-1 */
  cg_dot_lines *lines; /* built on the first message that needs a line */
  int lines_failed;
  cg_strmap node_index; /* node name (cgraph's string) -> entity index */
  Agnode_t **nodes;     /* entity index -> node */
  const char **country; /* entity index -> country as written, or NULL */
  cg_strmap agreement_ids;
  cg_buf scratch;
  size_t max_parties, max_pairs;
  cg_status fatal;
} dot_loader;

#define ERR(ld, line, ...) cg_diags_add((ld)->diags, CG_SEV_ERROR, (ld)->path, line, 0, __VA_ARGS__)
#define WARN(ld, line, ...)                                                                        \
  cg_diags_add((ld)->diags, CG_SEV_WARNING, (ld)->path, line, 0, __VA_ARGS__)

/* ---- reading with cgraph ------------------------------------------------- */

typedef struct reader {
  const char *data;
  size_t len, pos;
} reader;

static int reader_read(void *chan, char *buf, int n) {
  reader *r = chan;
  size_t k = r->len - r->pos;
  if (n <= 0) return 0;
  if (k > (size_t)n) k = (size_t)n;
  memcpy(buf, r->data + r->pos, k);
  r->pos += k;
  return (int)k;
}

static Agiodisc_t reader_io = {reader_read, NULL, NULL};
static Agdisc_t reader_disc = {&AgMemDisc, &AgIdDisc, &reader_io};

/* cgraph's messages arrive in pieces ("Error", ": ", text); keep them all. */
static char gv_text[2048];
static size_t gv_len;

static int capture(char *text) {
  size_t n = strlen(text);
  if (n > sizeof gv_text - 1 - gv_len) n = sizeof gv_text - 1 - gv_len;
  memcpy(gv_text + gv_len, text, n);
  gv_len += n;
  gv_text[gv_len] = '\0';
  return 0;
}

/*
 * Reports cgraph's first message of level `prefix` ("Error" or "Warning") as
 * a diagnostic: "syntax error in line 3 near 'x'" becomes "file:3: ... near
 * 'x'". Returns 1 when there was one.
 */
static int report_gv(dot_loader *ld, const char *prefix, cg_severity sev, const char *context) {
  size_t plen = strlen(prefix);
  for (const char *p = gv_text; *p;) {
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    if (n > plen + 2 && strncmp(p, prefix, plen) == 0 && p[plen] == ':') {
      char msg[CG_MSG_SIZE];
      const char *m = p + plen + 2;
      snprintf(msg, sizeof msg, "%.*s", (int)(n - plen - 2), m);
      unsigned long line = 0;
      char *in = strstr(msg, " in line ");
      if (in) {
        char *num = in + 9, *after = num + strspn(num, "0123456789");
        unsigned long long l;
        if (cg_parse_uint(num, (size_t)(after - num), 1, ULONG_MAX, &l) == 0) line = (unsigned long)l;
        memmove(in, after, strlen(after) + 1);
      }
      cg_diags_add(ld->diags, sev, ld->path, line, 0, "%s%s", context, msg);
      return 1;
    }
    p += n + (eol != NULL);
  }
  return 0;
}

/* NUL bytes stop cgraph's scanner short, and the dataset holds UTF-8 only. */
static int check_bytes(dot_loader *ld, int utf8) {
  const unsigned char *p = (const unsigned char *)ld->text, *end = p + ld->len;
  while (p < end) {
    if (*p == 0) {
      ERR(ld, cg_dot_line_at(ld->text, (size_t)(p - (const unsigned char *)ld->text)),
          "NUL byte in input");
      return 0;
    }
    if (*p < 0x80 || !utf8) {
      p++;
      continue;
    }
    size_t n = cg_utf8_len(p, end);
    if (!n) {
      ERR(ld, cg_dot_line_at(ld->text, (size_t)(p - (const unsigned char *)ld->text)),
          "invalid UTF-8 byte 0x%02X (a Latin-1 graph must say charset=latin1)", (unsigned)*p);
      return 0;
    }
    p += n;
  }
  return 1;
}

static int is_latin1(const char *cs) {
  static const char *const names[] = {"latin-1",    "latin1",    "l1",         "iso-8859-1",
                                      "iso_8859-1", "iso8859-1", "iso-ir-100", NULL};
  for (int i = 0; cs && names[i]; i++)
    if (cg_streq_nocase(cs, names[i])) return 1;
  return 0;
}

/*
 * Parses the first graph; reads (and drops) any others so cgraph's scanner
 * ends at the end of this input. Returns CG_OK with ld->g set, or
 * CG_ERR_DATA with the reason in the diags.
 */
static cg_status parse(dot_loader *ld) {
  reader r = {ld->text, ld->len, 0};
  gv_len = 0;
  gv_text[0] = '\0';
  agusererrf old = agseterrf(capture);
  agsetfile(NULL); /* line numbers from 1, no file name in messages */
  ld->g = agread(&r, &reader_disc);
  cg_status st = CG_OK;
  if (!ld->g) {
    if (!report_gv(ld, "Error", CG_SEV_ERROR, ""))
      ERR(ld, 0, "no graph found (expected 'graph {...}' or 'digraph {...}')");
    st = CG_ERR_DATA;
  } else if (report_gv(ld, "Error", CG_SEV_ERROR, "")) {
    /* cgraph can return what it built before a syntax error (e.g. a parser
     * stack overflow on deep nesting): a partial graph is not the input. */
    st = CG_ERR_DATA;
  } else {
    report_gv(ld, "Warning", CG_SEV_WARNING, "");
    size_t extra = 0;
    gv_len = 0;
    gv_text[0] = '\0';
    Agraph_t *more;
    while ((more = agread(&r, &reader_disc)) != NULL) {
      extra++;
      agclose(more);
    }
    if (extra) WARN(ld, 0, "the file holds %zu graphs; only the first is read", extra + 1);
    report_gv(ld, "Error", CG_SEV_WARNING, "after the first graph: ");
  }
  agseterrf(old);
  return st;
}

/* ---- text ------------------------------------------------------------------ */

/*
 * `coopgraph dot` writes a backslash before a quote, a line end or the end of
 * a value as "\ " (cgraph 2.43 cannot write it otherwise): undone here, in
 * place, so such values come back as they were.
 */
static void unescape_backslash(char *s) {
  char *o = s;
  const char *p = s;
  /* And a value of spaces then U+FEFF has one space more (see render.c). */
  size_t sp = strspn(s, " ");
  if (sp && strncmp(s + sp, "\xEF\xBB\xBF", 3) == 0) p++;
  for (; *p; p++) {
    *o++ = *p;
    if (p[0] == '\\' && p[1] == ' ' && (p[2] == '"' || p[2] == '\n' || p[2] == '\0')) p++;
  }
  *o = '\0';
}

/* A copy of s in the dataset's arena, in UTF-8 (converted from Latin-1 when needed). */
static const char *dup(dot_loader *ld, const char *s) {
  size_t n = strlen(s), extra = 0;
  if (ld->latin1)
    for (size_t i = 0; i < n; i++)
      extra += (unsigned char)s[i] >= 0x80;
  char *out = cg_arena_alloc(&ld->ds->arena, n + extra + 1);
  if (!out) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  char *o = out;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80 || !ld->latin1) {
      *o++ = (char)c;
    } else {
      *o++ = (char)(0xC0 | (c >> 6));
      *o++ = (char)(0x80 | (c & 0x3F));
    }
  }
  *o = '\0';
  unescape_backslash(out);
  return out;
}

/* A value for a message: Latin-1 converted, long ones cut. */
static const char *shown(dot_loader *ld, const char *s, char *buf, size_t size) {
  char tmp[512];
  if (ld->latin1) {
    size_t o = 0;
    for (size_t i = 0; s[i] && o + 3 < sizeof tmp; i++) {
      unsigned char c = (unsigned char)s[i];
      if (c >= 0x80) {
        tmp[o++] = (char)(0xC0 | (c >> 6));
        c = (unsigned char)(0x80 | (c & 0x3F));
      }
      tmp[o++] = (char)c;
    }
    tmp[o] = '\0';
    s = tmp;
  }
  size_t n = strlen(s);
  if (n < size) {
    memcpy(buf, s, n + 1);
  } else {
    size_t cut = size - 4;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
      cut--;
    memcpy(buf, s, cut);
    memcpy(buf + cut, "...", 4);
  }
  /* One message, one line. */
  for (char *p = buf; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
  return buf;
}

static const char *attr(Agsym_t *sym, void *obj) {
  return sym ? agxget(obj, sym) : "";
}

static const char *edge_key(Agedge_t *e) {
  const char *k = agnameof(e);
  return k && k[0] ? k : NULL;
}

static int ensure_lines(dot_loader *ld) {
  if (!ld->lines && !ld->lines_failed) {
    ld->lines = cg_dot_lines_new(ld->text, ld->len);
    ld->lines_failed = !ld->lines;
  }
  return ld->lines != NULL;
}

static unsigned long node_line(dot_loader *ld, Agnode_t *n) {
  return ensure_lines(ld) ? cg_dot_lines_node(ld->lines, agnameof(n)) : 0;
}

static unsigned long edge_line(dot_loader *ld, Agedge_t *e) {
  if (!ensure_lines(ld)) return 0;
  return cg_dot_lines_edge(ld->lines, agnameof(agtail(e)), agnameof(aghead(e)), edge_key(e));
}

/* 'node "A"' for messages, in ld->scratch. */
static const char *node_desc(dot_loader *ld, Agnode_t *n) {
  char a[100];
  cg_buf_clear(&ld->scratch);
  cg_buf_printf(&ld->scratch, "node \"%s\"", shown(ld, agnameof(n), a, sizeof a));
  return cg_buf_str(&ld->scratch);
}

/* 'edge "A" -- "B" (key k)' for messages, in ld->scratch. */
static const char *edge_desc(dot_loader *ld, Agedge_t *e) {
  char a[100], b[100], k[100];
  cg_buf_clear(&ld->scratch);
  cg_buf_printf(&ld->scratch, "edge \"%s\" %s \"%s\"", shown(ld, agnameof(agtail(e)), a, sizeof a),
                agisdirected(ld->g) ? "->" : "--", shown(ld, agnameof(aghead(e)), b, sizeof b));
  if (edge_key(e)) cg_buf_printf(&ld->scratch, " (key %s)", shown(ld, edge_key(e), k, sizeof k));
  return cg_buf_str(&ld->scratch);
}

/* ---- entities ---------------------------------------------------------------- */

static int is_legend(dot_loader *ld, Agnode_t *n) {
  return strcmp(agnameof(n), LEGEND_NODE) == 0 && agdegree(ld->g, n, 1, 1) == 0 &&
         strcmp(attr(agattr(ld->g, AGNODE, "class", NULL), n), "legend") == 0;
}

/* Splits "a|b|c" into trimmed, non-empty aliases. */
static const char **split_aliases(dot_loader *ld, const char *v, size_t *count) {
  const char **out = cg_dataset_split_list(ld->ds, v, strlen(v), CG_ALIASES_SEPARATOR, count);
  if (!out) ld->fatal = CG_ERR_NOMEM;
  return out;
}

/* What order_cmp sorts: an object, its `order` (or UINT64_MAX) and file place. */
typedef struct ordered {
  void *obj;
  uint64_t order;
  uint64_t seq;
} ordered;

static int order_cmp(const void *pa, const void *pb) {
  const ordered *x = pa, *y = pb;
  if (x->order != y->order) return x->order < y->order ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

/*
 * Sorts items (each starting with its Agnode_t or Agedge_t pointer) by their
 * `order` attribute, a whole number that `coopgraph dot --multi` writes so the
 * dataset's own order comes back; items without one follow, in file order.
 */
static int sort_by_order(dot_loader *ld, void *items, size_t n, size_t size, int kind) {
  Agsym_t *sym = agattr(ld->g, kind, "order", NULL);
  if (!sym || n < 2) return 0;
  ordered *o = malloc(n * sizeof *o);
  char *copy = malloc(n * size);
  if (!o || !copy) {
    free(o);
    free(copy);
    ld->fatal = CG_ERR_NOMEM;
    return -1;
  }
  memcpy(copy, items, n * size);
  for (size_t i = 0; i < n; i++) {
    void *obj = *(void **)((char *)items + i * size);
    const char *v = agxget(obj, sym);
    unsigned long long x;
    int valid = cg_parse_uint(v, strlen(v), 0, UINT64_MAX, &x) == 0;
    o[i] = (ordered){(char *)copy + i * size, valid ? (uint64_t)x : UINT64_MAX, i};
  }
  qsort(o, n, sizeof *o, order_cmp);
  for (size_t i = 0; i < n; i++)
    memcpy((char *)items + i * size, o[i].obj, size);
  free(o);
  free(copy);
  return 0;
}

/* Gives every node an id: valid free names first, so invented ids never take one. */
static void make_entity_ids(dot_loader *ld, size_t n) {
  cg_dataset *ds = ld->ds;
  for (int pass = 0; pass < 2 && !ld->fatal; pass++)
    for (size_t i = 0; i < n && !ld->fatal; i++) {
      const char *name = agnameof(ld->nodes[i]);
      size_t len = strlen(name);
      if (pass == 0) {
        if (!cg_ident_valid(name, len)) continue;
        char *id = cg_arena_strndup(&ds->arena, name, len);
        int32_t r = id ? cg_strmap_put(&ds->entity_ids, id, (int32_t)i) : -2;
        if (r == -2) ld->fatal = CG_ERR_NOMEM;
        if (r == -1) ds->entities[i].id = id;
      } else if (!ds->entities[i].id) {
        ds->entities[i].id = cg_ident_make(&ds->arena, &ds->entity_ids, name, len, (int)i);
        if (!ds->entities[i].id) ld->fatal = CG_ERR_NOMEM;
      }
    }
}

static void add_entities(dot_loader *ld) {
  cg_dataset *ds = ld->ds;
  Agraph_t *g = ld->g;
  size_t n = (size_t)agnnodes(g);
  ds->entities = calloc(n + 1, sizeof *ds->entities);
  ld->nodes = calloc(n + 1, sizeof *ld->nodes);
  ld->country = calloc(n + 1, sizeof *ld->country);
  if (!ds->entities || !ld->nodes || !ld->country) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  ds->cap_entities = n + 1;
  size_t k = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
    if (!is_legend(ld, v)) ld->nodes[k++] = v;
  ds->nentities = k;
  if (sort_by_order(ld, ld->nodes, k, sizeof *ld->nodes, AGNODE)) return;
  make_entity_ids(ld, k);
  Agsym_t *s_kind = agattr(g, AGNODE, "kind", NULL), *s_name = agattr(g, AGNODE, "name", NULL);
  Agsym_t *s_country = agattr(g, AGNODE, "country", NULL);
  Agsym_t *s_aliases = agattr(g, AGNODE, "aliases", NULL);
  for (size_t i = 0; i < k && !ld->fatal; i++) {
    Agnode_t *v = ld->nodes[i];
    cg_entity *en = &ds->entities[i];
    if (cg_strmap_put(&ld->node_index, agnameof(v), (int32_t)i) == -2) ld->fatal = CG_ERR_NOMEM;
    const char *kind = attr(s_kind, v), *name = attr(s_name, v);
    if (kind[0] && !cg_ident_valid(kind, strlen(kind))) {
      char a[80];
      ERR(ld, node_line(ld, v),
          "%s: invalid kind \"%s\": only letters, digits, '_', '.' and '-' are allowed",
          node_desc(ld, v), shown(ld, kind, a, sizeof a));
      kind = "";
    }
    if (!kind[0]) kind = DEFAULT_KIND;
    en->kind_index = cg_dataset_intern_kind(ds, kind, strlen(kind));
    if (en->kind_index < 0) {
      ld->fatal = CG_ERR_NOMEM;
      break;
    }
    en->kind = ds->kinds[en->kind_index];
    /* A name that had to change to become the id is kept as the full name. */
    if (!name[0] && strcmp(en->id, agnameof(v)) != 0) name = agnameof(v);
    en->name = dup(ld, name);
    const char *al = attr(s_aliases, v);
    const char *al_utf8 = al[0] ? dup(ld, al) : NULL;
    en->aliases = al_utf8 ? split_aliases(ld, al_utf8, &en->naliases) : NULL;
    en->country = -1;
    const char *c = attr(s_country, v);
    ld->country[i] = c[0] ? c : NULL;
  }
}

/* A node of the graph by name, else an entity by id (any case); -1 when neither. */
static int32_t find_node_entity(dot_loader *ld, const char *name) {
  int32_t e = cg_strmap_get(&ld->node_index, name);
  return e >= 0 ? e : cg_strmap_get(&ld->ds->entity_ids, name);
}

/* Countries, aliases and names, as load.c links them once all entities are in. */
static void link_entities(dot_loader *ld) {
  cg_dataset *ds = ld->ds;
  char a[100], b[100];
  for (size_t i = 0; i < ds->nentities && !ld->fatal; i++) {
    cg_entity *en = &ds->entities[i];
    const char *c = ld->country[i];
    if (c) {
      int32_t k = find_node_entity(ld, c);
      char hint[128];
      if (k < 0 && cg_dataset_suggest_entity(ds, c, hint, sizeof hint))
        ERR(ld, node_line(ld, ld->nodes[i]), "%s: unknown country \"%s\"; did you mean \"%s\"?",
            node_desc(ld, ld->nodes[i]), shown(ld, c, a, sizeof a), hint);
      else if (k < 0)
        ERR(ld, node_line(ld, ld->nodes[i]), "%s: unknown country \"%s\"",
            node_desc(ld, ld->nodes[i]), shown(ld, c, a, sizeof a));
      else if (strcmp(ds->entities[k].kind, "nation") != 0)
        ERR(ld, node_line(ld, ld->nodes[i]),
            "%s: country \"%s\" is of kind \"%s\"; it must be a nation",
            node_desc(ld, ld->nodes[i]), shown(ld, c, a, sizeof a), ds->entities[k].kind);
      else
        en->country = k;
    }
    for (size_t j = 0; j < en->naliases; j++) {
      const char *al = en->aliases[j];
      int32_t k = cg_strmap_get(&ds->entity_ids, al);
      if (k >= 0 && (size_t)k != i) {
        ERR(ld, node_line(ld, ld->nodes[i]), "%s: alias \"%s\" is the id of entity \"%s\"",
            node_desc(ld, ld->nodes[i]), shown(ld, al, a, sizeof a),
            shown(ld, ds->entities[k].id, b, sizeof b));
        continue;
      }
      if (k >= 0) continue;
      k = cg_strmap_put(&ds->entity_names, al, (int32_t)i);
      if (k == -2)
        ld->fatal = CG_ERR_NOMEM;
      else if (k >= 0 && (size_t)k != i)
        ERR(ld, node_line(ld, ld->nodes[i]), "%s: alias \"%s\" is also an alias of entity \"%s\"",
            node_desc(ld, ld->nodes[i]), shown(ld, al, a, sizeof a), ds->entities[k].id);
    }
  }
  for (size_t i = 0; i < ds->nentities && !ld->fatal; i++)
    if (ds->entities[i].name[0] && cg_strmap_get(&ds->entity_ids, ds->entities[i].name) < 0 &&
        cg_strmap_put(&ds->entity_names, ds->entities[i].name, (int32_t)i) == -2)
      ld->fatal = CG_ERR_NOMEM;
}

/* ---- agreements ---------------------------------------------------------- */

typedef struct edge_info {
  Agedge_t *e;         /* first, for sort_by_order */
  const char *parties; /* the `parties` attribute, or NULL */
  uint32_t listed;     /* parties it names: items of `parties` (as load.c counts them), else 2 */
  int skip;            /* self-loop, or a further edge of a multilateral agreement */
  size_t place;        /* 1-based place in the file */
} edge_info;

static int seq_cmp(const void *pa, const void *pb) {
  const edge_info *x = pa, *y = pb;
  return (AGSEQ(x->e) > AGSEQ(y->e)) - (AGSEQ(x->e) < AGSEQ(y->e));
}

/* The root graph's edges in file order (cgraph numbers them as it reads). */
static edge_info *collect_edges(dot_loader *ld, size_t *count) {
  size_t n = (size_t)agnedges(ld->g), k = 0;
  edge_info *out = calloc(n + 1, sizeof *out);
  if (!out) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  Agsym_t *s_parties = agattr(ld->g, AGEDGE, "parties", NULL);
  for (Agnode_t *v = agfstnode(ld->g); v; v = agnxtnode(ld->g, v))
    for (Agedge_t *e = agfstout(ld->g, v); e && k < n; e = agnxtout(ld->g, e)) {
      const char *p = attr(s_parties, e);
      uint32_t listed = 2;
      if (p[0]) { /* one more than the separators, empty items too, as load.c counts a field */
        listed = 1;
        for (const char *q = p; *q; q++)
          listed += *q == ';';
      }
      out[k++] = (edge_info){e, p[0] ? p : NULL, listed, 0, 0};
    }
  qsort(out, k, sizeof *out, seq_cmp);
  for (size_t i = 0; i < k; i++)
    out[i].place = i + 1;
  *count = k;
  if (sort_by_order(ld, out, k, sizeof *out, AGEDGE)) {
    free(out);
    return NULL;
  }
  return out;
}

/*
 * `coopgraph dot --multi` draws a k-party agreement as one edge per pair,
 * keyed "id", "id#2", "id#3", ..., all with the same `parties`: the later
 * ones are marked to skip, so the agreement is read back once.
 */
static void mark_multilateral(dot_loader *ld, edge_info *ei, size_t n) {
  cg_strmap base;
  cg_strmap_init(&base, 0);
  for (size_t i = 0; i < n; i++)
    if (ei[i].parties && edge_key(ei[i].e) && !strchr(edge_key(ei[i].e), '#') &&
        cg_strmap_put(&base, edge_key(ei[i].e), (int32_t)i) == -2)
      ld->fatal = CG_ERR_NOMEM;
  for (size_t i = 0; i < n && !ld->fatal; i++) {
    const char *key = edge_key(ei[i].e), *hash = key ? strrchr(key, '#') : NULL;
    /* "#k" with k = 2, 3, ... as written: no sign, no leading zero. */
    if (!ei[i].parties || !hash || hash[1] < '1' || hash[1] > '9' ||
        strspn(hash + 1, "0123456789") != strlen(hash + 1) || strcmp(hash + 1, "1") == 0)
      continue;
    char stem[512];
    if ((size_t)(hash - key) >= sizeof stem) continue;
    memcpy(stem, key, (size_t)(hash - key));
    stem[hash - key] = '\0';
    int32_t b = cg_strmap_get(&base, stem);
    ei[i].skip = b >= 0 && strcmp(ei[b].parties, ei[i].parties) == 0;
  }
  cg_strmap_free(&base);
}

static int has_ident_char(const char *s) {
  for (; *s; s++)
    if (cg_ident_valid(s, 1)) return 1;
  return 0;
}

/* Ids for the agreements: valid free keys first, then the others made unique. */
static const char **make_agreement_ids(dot_loader *ld, const edge_info *ei, size_t n) {
  const char **ids = calloc(n + 1, sizeof *ids);
  if (!ids) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  cg_arena *arena = &ld->ds->arena;
  for (size_t i = 0; i < n && !ld->fatal; i++) {
    const char *key = edge_key(ei[i].e);
    if (ei[i].skip || !key || !cg_ident_valid(key, strlen(key))) continue;
    char *id = cg_arena_strndup(arena, key, strlen(key));
    int32_t r = id ? cg_strmap_put(&ld->agreement_ids, id, (int32_t)i) : -2;
    if (r == -2) ld->fatal = CG_ERR_NOMEM;
    if (r == -1) ids[i] = id;
  }
  for (size_t i = 0; i < n && !ld->fatal; i++) {
    if (ei[i].skip || ids[i]) continue;
    const char *key = edge_key(ei[i].e);
    char gen[32];
    snprintf(gen, sizeof gen, "e%zu", ei[i].place);
    const char *base = key && has_ident_char(key) ? key : gen;
    ids[i] = cg_ident_make(arena, &ld->agreement_ids, base, strlen(base), (int)i);
    if (!ids[i]) {
      ld->fatal = CG_ERR_NOMEM;
      break;
    }
    if (key && cg_ident_valid(key, strlen(key)))
      WARN(ld, edge_line(ld, ei[i].e),
           "%s: key \"%s\" is already the id of another edge; "
           "this agreement becomes \"%s\"",
           edge_desc(ld, ei[i].e), key, ids[i]);
  }
  return ids;
}

/* Parses a date attribute; reports 'EDGE: bad date "v": reason'. */
static int edge_date(dot_loader *ld, Agedge_t *e, const char *v, const char *what, cg_date *out) {
  char msg[128], a[60];
  size_t off;
  if (cg_date_parse(v, strlen(v), out, msg, sizeof msg, &off) == 0) return 1;
  ERR(ld, edge_line(ld, e), "%s: bad %s \"%s\": %s", edge_desc(ld, e), what,
      shown(ld, v, a, sizeof a), msg);
  return 0;
}

/* The parties of an edge: its `parties` attribute, else its tail and head. */
static int32_t *edge_parties(dot_loader *ld, const edge_info *ei, uint32_t *count) {
  cg_dataset *ds = ld->ds;
  int32_t t = cg_strmap_get(&ld->node_index, agnameof(agtail(ei->e)));
  int32_t h = cg_strmap_get(&ld->node_index, agnameof(aghead(ei->e)));
  if (ei->parties && ei->listed > ld->max_parties) {
    ERR(ld, edge_line(ld, ei->e), "%s: agreement lists %u parties, more than the limit of %zu",
        edge_desc(ld, ei->e), (unsigned)ei->listed, ld->max_parties);
    return NULL;
  }
  int32_t *out = cg_arena_alloc(&ds->arena, ei->listed * sizeof *out);
  if (!out) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  if (!ei->parties) {
    out[0] = t;
    out[1] = h;
    *count = 2;
    return t >= 0 && h >= 0 ? out : NULL;
  }
  size_t got = 0;
  int ok = 1, has_t = 0, has_h = 0;
  char a[100];
  for (const char *p = ei->parties, *end = p + strlen(p); p <= end && ok;) {
    const char *q = memchr(p, ';', (size_t)(end - p));
    if (!q) q = end;
    char name[512];
    size_t len = (size_t)(q - p);
    snprintf(name, sizeof name, "%.*s", (int)len, p);
    p = q + 1;
    int32_t e = len < sizeof name ? find_node_entity(ld, name) : -1;
    if (e < 0) {
      ERR(ld, edge_line(ld, ei->e), "%s: parties \"%s\": \"%s\" is not a node of the graph",
          edge_desc(ld, ei->e), shown(ld, ei->parties, a, sizeof a), name);
      ok = 0;
    }
    for (size_t j = 0; j < got && ok; j++)
      if (out[j] == e) {
        ERR(ld, edge_line(ld, ei->e), "%s: parties \"%s\": \"%s\" is listed twice",
            edge_desc(ld, ei->e), shown(ld, ei->parties, a, sizeof a), name);
        ok = 0;
      }
    if (ok) out[got++] = e;
    has_t |= e == t;
    has_h |= e == h;
  }
  if (ok && (!has_t || !has_h)) {
    ERR(ld, edge_line(ld, ei->e), "%s: parties \"%s\" do not include both ends of the edge",
        edge_desc(ld, ei->e), shown(ld, ei->parties, a, sizeof a));
    ok = 0;
  }
  *count = (uint32_t)got;
  return ok ? out : NULL;
}

/* Sources repeat across many agreements: each is stored once (as load.c does). */
static const char *intern_source(dot_loader *ld, const char *src) {
  cg_dataset *ds = ld->ds;
  if (!src[0]) return "";
  const char *s = dup(ld, src);
  if (!s) return "";
  int32_t k = cg_strmap_get(&ds->sources, s);
  if (k >= 0) return ds->source_list[k];
  const char **list = realloc(ds->source_list, (ds->nsources + 1) * sizeof *list);
  if (list) ds->source_list = list;
  if (!list || cg_strmap_put(&ds->sources, s, (int32_t)ds->nsources) == -2) {
    ld->fatal = CG_ERR_NOMEM;
    return "";
  }
  ds->source_list[ds->nsources++] = s;
  return s;
}

static void add_agreement(dot_loader *ld, const edge_info *ei, const char *id, Agsym_t **sym) {
  cg_dataset *ds = ld->ds;
  Agedge_t *e = ei->e;
  cg_agreement *ag = &ds->agreements[ds->nagreements];
  memset(ag, 0, sizeof *ag);
  int ok = edge_date(ld, e, attr(sym[0], e), "date", &ag->date);
  ok &= edge_date(ld, e, attr(sym[1], e), "end date", &ag->end);
  if (ok && cg_date_known(ag->date) && cg_date_known(ag->end) &&
      cg_date_end_day(ag->end) <= cg_date_first_day(ag->date)) {
    char a[11], b[11];
    ERR(ld, edge_line(ld, e), "%s: end date \"%s\" is before the date \"%s\"", edge_desc(ld, e),
        cg_date_format(ag->end, a), cg_date_format(ag->date, b));
    ok = 0;
  }
  const char *type = attr(sym[2], e);
  if (type[0] && !cg_ident_valid(type, strlen(type))) {
    char a[80];
    ERR(ld, edge_line(ld, e),
        "%s: invalid type \"%s\": only letters, digits, '_', '.' and '-' are allowed",
        edge_desc(ld, e), shown(ld, type, a, sizeof a));
    ok = 0;
  }
  if (!type[0]) type = DEFAULT_TYPE;
  ag->type = cg_dataset_intern_type(ds, type, strlen(type));
  if (ag->type < 0) ld->fatal = CG_ERR_NOMEM;
  int32_t *parties = edge_parties(ld, ei, &ag->nparties);
  if (!ok || !parties || ld->fatal) return;
  ag->parties = parties;
  ag->id = id;
  ag->title = dup(ld, attr(sym[3], e));
  ag->source = intern_source(ld, attr(sym[4], e));
  if (ag->title) ds->nagreements++;
}

static void add_agreements(dot_loader *ld) {
  cg_dataset *ds = ld->ds;
  size_t n = 0;
  edge_info *ei = collect_edges(ld, &n);
  if (!ei) return;
  for (size_t i = 0; i < n; i++)
    if (agtail(ei[i].e) == aghead(ei[i].e)) {
      ei[i].skip = 1;
      WARN(ld, edge_line(ld, ei[i].e),
           "%s: a self-loop is not an agreement (that needs two distinct parties); left out",
           edge_desc(ld, ei[i].e));
    }
  mark_multilateral(ld, ei, n);
  /*
   * An edge default (edge [parties=...]) repeats one list on every edge, so
   * the pairs are counted, from the lists as written, before any agreement
   * is built: refused, the load costs no more than reading the graph.
   */
  uint64_t pairs = 0;
  for (size_t i = 0; i < n; i++)
    if (!ei[i].skip) pairs += cg_agreement_pairs(ei[i].listed);
  if (cg_check_pairs(pairs, ld->max_pairs, ld->path, ld->diags)) {
    free(ei);
    return;
  }
  const char **ids = ld->fatal ? NULL : make_agreement_ids(ld, ei, n);
  ds->agreements = calloc(n + 1, sizeof *ds->agreements);
  ds->cap_agreements = n + 1;
  if (!ds->agreements) ld->fatal = CG_ERR_NOMEM;
  static const char *const names[] = {"date", "end", "type", "title", "source"};
  Agsym_t *sym[5];
  for (int k = 0; k < 5; k++)
    sym[k] = agattr(ld->g, AGEDGE, (char *)names[k], NULL);
  for (size_t i = 0; i < n && ids && !ld->fatal; i++)
    if (!ei[i].skip) add_agreement(ld, &ei[i], ids[i], sym);
  free(ids);
  free(ei);
}

/* ---- the whole load ------------------------------------------------------- */

static void warn_unused(dot_loader *ld) {
  cg_dataset *ds = ld->ds;
  for (size_t e = 0; e < ds->nentities; e++)
    if (ds->inc_start[e + 1] == ds->inc_start[e])
      WARN(ld, node_line(ld, ld->nodes[e]), "entity \"%s\" takes part in no agreement",
           ds->entities[e].id);
  size_t undated = 0;
  for (size_t a = 0; a < ds->nagreements; a++)
    undated += !cg_date_known(ds->agreements[a].date);
  if (undated)
    WARN(ld, 0, "%zu of %zu agreements have no date (no \"date\" attribute on their edge)", undated,
         ds->nagreements);
}

/*
 * `{a b c} -- {d e f}` draws every pair, so a few KB of DOT can hold
 * millions of edges. Each edge between two nodes is at least one pair of
 * partners, so more of them than max_pairs are refused before the work.
 */
static int too_many_edges(dot_loader *ld) {
  size_t n = 0;
  for (Agnode_t *v = agfstnode(ld->g); v; v = agnxtnode(ld->g, v))
    for (Agedge_t *e = agfstout(ld->g, v); e; e = agnxtout(ld->g, e))
      n += agtail(e) != aghead(e);
  if (n <= ld->max_pairs) return 0;
  ERR(ld, 0, "the graph has %zu edges between two nodes, each at least one pair of partners, "
      "more than the limit of %zu pairs", n, ld->max_pairs);
  return 1;
}

static cg_status load(dot_loader *ld) {
  if (!check_bytes(ld, 0)) return CG_ERR_DATA;
  cg_status st = parse(ld);
  if (st) return st;
  ld->latin1 = is_latin1(agget(ld->g, "charset"));
  if (!ld->latin1 && !check_bytes(ld, 1)) return CG_ERR_DATA;
  if (agisdirected(ld->g))
    WARN(ld, 0, "directed graph read as undirected: partnerships have no direction");
  ld->ds = cg_dataset_alloc(ld->path);
  if (!ld->ds) return CG_ERR_NOMEM;
  add_entities(ld);
  if (!ld->fatal) link_entities(ld);
  if (!ld->fatal && !too_many_edges(ld)) add_agreements(ld);
  if (!ld->fatal && cg_dataset_build_incidence(ld->ds)) ld->fatal = CG_ERR_NOMEM;
  return ld->fatal;
}

cg_status cg_dataset_load_dot(cg_dataset **out, const cg_file *file, const cg_load_options *opts,
                              cg_diags *diags) {
  *out = NULL;
  dot_loader ld;
  memset(&ld, 0, sizeof ld);
  ld.diags = diags;
  ld.path = file->path ? file->path : "<memory>";
  cg_strmap_init(&ld.node_index, 0);
  cg_strmap_init(&ld.agreement_ids, 1);
  size_t max = opts && opts->max_file ? opts->max_file : CG_LOAD_DEFAULT_MAX_FILE;
  ld.max_parties = opts && opts->max_parties ? opts->max_parties : CG_LOAD_DEFAULT_MAX_PARTIES;
  ld.max_pairs = opts && opts->max_pairs ? opts->max_pairs : CG_LOAD_DEFAULT_MAX_PAIRS;
  size_t errors_before = cg_diags_errors(diags);
  char *owned = NULL;
  cg_status st = CG_OK;
  ld.text = file->data;
  ld.len = file->len;
  if (!file->data) {
    /* pipes_ok: `-d /dev/stdin` reads a pipe */
    st = cg_read_path(ld.path, 1, max, &owned, &ld.len, ld.diags);
    ld.text = owned ? owned : "";
  } else if (file->len > max) {
    ERR(&ld, 0, "file is larger than the limit of %zu bytes", max);
    st = CG_ERR_LIMIT;
  }
  if (!st) st = load(&ld);
  if (!st && cg_diags_errors(diags) == errors_before) warn_unused(&ld);
  if (!st && cg_diags_errors(diags) > errors_before) st = CG_ERR_DATA;
  if (!st && cg_buf_status(&ld.scratch)) st = CG_ERR_NOMEM;
  cg_diags_sort(diags);
  cg_dot_lines_free(ld.lines);
  cg_strmap_free(&ld.node_index);
  cg_strmap_free(&ld.agreement_ids);
  cg_buf_free(&ld.scratch);
  free(ld.nodes);
  free(ld.country);
  if (ld.g) agclose(ld.g);
  free(owned);
  if (st) {
    cg_dataset_free(ld.ds);
    return st;
  }
  *out = ld.ds;
  return CG_OK;
}
