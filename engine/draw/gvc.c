/*
 * gvc.c - the Graphviz plumbing shared by every drawing module: one context
 * per process, the render pipeline (layout, render, tidy, free), captured
 * error messages, failure messages, escaped text.
 */
#include "draw/gvc_internal.h"
#include "core/error_internal.h"

#include <coopgraph/render.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strmap_internal.h"

static GVC_t *process_gvc;
static char gv_message[256];

GVC_t *cg_gvc(void) {
  if (!process_gvc) process_gvc = gvContext();
  return process_gvc;
}

void cg_render_cleanup(void) {
  if (process_gvc) gvFreeContext(process_gvc);
  process_gvc = NULL;
}

static int buf_putstr(void *chan, const char *str) {
  return cg_buf_puts(chan, str) == CG_OK ? 0 : EOF;
}
static int buf_flush(void *chan) {
  (void)chan;
  return 0;
}
static Agiodisc_t buf_io = {NULL, buf_putstr, buf_flush};

/*
 * Object ids in creation order. cgraph's default discipline makes a named
 * object's id the address of its interned name, and keeps subgraphs sorted
 * by id: agwrite and the layouts then see subgraphs in an order that changes
 * from run to run with the heap (address randomisation), so the same input
 * gave different DOT. Here the n-th distinct name gets id 2n (even ids are
 * named, as cgraph expects) and anonymous objects odd ids from a counter.
 */
typedef struct seq_ids {
  Agraph_t *root;
  cg_strmap index; /* name -> position in names */
  char **names;    /* interned with agstrdup: agwrite reads their header (HTML flag) */
  size_t len, cap;
  IDTYPE anon;
} seq_ids;

static void *seq_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  seq_ids *s = calloc(1, sizeof *s);
  if (s) {
    s->root = g;
    cg_strmap_init(&s->index, 0);
    s->anon = 1;
  }
  return s;
}

static long seq_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  seq_ids *s = state;
  (void)objtype;
  if (!str) {
    *id = s->anon;
    s->anon += 2;
    return 1;
  }
  int32_t i = cg_strmap_get(&s->index, str);
  if (i < 0) {
    if (!createflag || s->len >= INT32_MAX) return 0;
    if (s->len == s->cap) {
      size_t cap = s->cap ? 2 * s->cap : 64;
      char **names = realloc(s->names, cap * sizeof *names);
      if (!names) return 0;
      s->names = names;
      s->cap = cap;
    }
    /* The graph's string dictionary owns it and frees it with the graph. */
    char *copy = agstrdup(s->root, str);
    if (!copy) return 0;
    if (cg_strmap_put(&s->index, copy, (int32_t)s->len) == -2) return 0;
    i = (int32_t)s->len;
    s->names[s->len++] = copy;
  }
  *id = 2 * ((IDTYPE)i + 1);
  return 1;
}

static long seq_alloc(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
  return 1;
}

static void seq_free(void *state, int objtype, IDTYPE id) {
  (void)state;
  (void)objtype;
  (void)id;
}

static char *seq_print(void *state, int objtype, IDTYPE id) {
  seq_ids *s = state;
  (void)objtype;
  if (id % 2 || id / 2 - 1 >= s->len) return NULL;
  return s->names[id / 2 - 1];
}

static void seq_close(void *state) {
  seq_ids *s = state;
  free(s->names);
  cg_strmap_free(&s->index);
  free(s);
}

static void seq_register(void *state, int objtype, void *obj) {
  (void)state;
  (void)objtype;
  (void)obj;
}

static Agiddisc_t seq_id_disc = {seq_open, seq_map,   seq_alloc,   seq_free,
                                 seq_print, seq_close, seq_register};
static Agdisc_t buf_disc = {&AgMemDisc, &seq_id_disc, &buf_io};

Agdisc_t *cg_gv_buf_disc(void) {
  return &buf_disc;
}

static int keep_first_message(char *text) {
  if (!gv_message[0]) snprintf(gv_message, sizeof gv_message, "%s", text);
  return 0;
}

agusererrf cg_gv_capture_begin(void) {
  gv_message[0] = '\0';
  return agseterrf(keep_first_message);
}

void cg_gv_capture_end(agusererrf previous) {
  agseterrf(previous);
}

void cg_gv_failure(cg_status st, const char *what, char *msg, size_t size) {
  if (st == CG_ERR_INTERNAL)
    cg_msg_set(msg, size, "%s%s%s", what, gv_message[0] ? ": " : "", gv_message);
  else if (st == CG_ERR_NOMEM)
    cg_msg_set(msg, size, "out of memory");
  else if (st == CG_ERR_DATA)
    cg_msg_set(msg, size, "Graphviz wrote SVG that could not be post-processed");
}

void cg_gv_set(void *obj, const char *name, const char *value) {
  agsafeset(obj, (char *)name, (char *)value, "");
}

cg_status cg_gv_draw(Agraph_t *ag, const char *engine, const char *format,
                     const cg_svg_tidy_options *tidy, cg_gv_hook after_layout, void *ctx,
                     cg_buf *out, const char *what, char *msg, size_t msg_size) {
  GVC_t *gvc = cg_gvc();
  char *data = NULL;
  unsigned int len = 0;
  int laid_out = 0;
  cg_status st = CG_ERR_INTERNAL;
  agusererrf old = cg_gv_capture_begin();
  if (!gvc || gvLayout(gvc, ag, engine) != 0) goto done;
  laid_out = 1;
  if (after_layout && (st = after_layout(gvc, ag, ctx)) != CG_OK) goto done;
  st = CG_ERR_INTERNAL;
  if (gvRenderData(gvc, ag, format, &data, &len) != 0 || !data) goto done;
  if (strcmp(format, "svg") == 0)
    st = cg_svg_tidy(out, data, len, tidy);
  else
    st = cg_buf_append(out, data, len);
done:
  cg_gv_failure(st, what, msg, msg_size);
  if (data) gvFreeRenderData(data);
  if (laid_out) gvFreeLayout(gvc, ag);
  cg_gv_capture_end(old);
  return st;
}
