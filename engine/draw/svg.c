/*
 * svg.c - post-processing of the SVG text Graphviz writes, to make it
 * embeddable: no comments (they carry the Graphviz version), no DOCTYPE
 * (an external reference), ids prefixed and made unique (Graphviz 2.43
 * repeats the graph id on clusters), an accessible name and description,
 * and an optional responsive width.
 *
 * This is a scanner for the regular subset of XML that Graphviz writes
 * (attribute values always quoted, '<' and '>' always escaped inside them),
 * not a general XML parser: text between tags is copied untouched.
 */
#include "core/escape_internal.h"
#include <coopgraph/svg.h>

#include "core/arena_internal.h"
#include "core/strmap_internal.h"

#include <string.h>

typedef struct tidy {
  cg_buf *out;
  const cg_svg_tidy_options *opts;
  const char *prefix;
  cg_strmap seen; /* ids written so far */
  cg_arena arena; /* their text */
  cg_buf scratch;
  int root_done;
  int nomem;
} tidy;

/* Records id (prefixed) and writes its unique form (id, id-2, id-3...) to out. */
static void unique_id(tidy *t, const char *v, size_t n) {
  cg_buf *s = &t->scratch;
  cg_buf_clear(s);
  cg_buf_puts(s, t->prefix);
  cg_buf_append(s, v, n);
  size_t base = s->len;
  for (unsigned k = 2; cg_buf_status(s) == CG_OK && cg_strmap_get(&t->seen, s->data) >= 0; k++) {
    s->len = base;
    cg_buf_printf(s, "-%u", k);
  }
  char *copy = cg_buf_status(s) ? NULL : cg_arena_strndup(&t->arena, s->data, s->len);
  if (!copy || cg_strmap_put(&t->seen, copy, 0) == -2) {
    t->nomem = 1;
    return;
  }
  cg_buf_puts(t->out, copy);
}

/* Writes an attribute value with every "url(#" reference prefixed. */
static void put_value(tidy *t, const char *v, size_t n) {
  const char *end = v + n;
  while (v < end) {
    const char *hit = NULL;
    for (const char *p = v; p + 5 <= end; p++)
      if (memcmp(p, "url(#", 5) == 0) {
        hit = p;
        break;
      }
    if (!hit) {
      cg_buf_append(t->out, v, (size_t)(end - v));
      return;
    }
    cg_buf_append(t->out, v, (size_t)(hit + 5 - v));
    cg_buf_puts(t->out, t->prefix);
    v = hit + 5;
  }
}

/* A link a figure may carry: a reference inside it, or an http(s) URL; never javascript: or data:. */
static int safe_href(const char *v, size_t n) {
  return (n && v[0] == '#') || (n >= 7 && strncmp(v, "http://", 7) == 0) ||
         (n >= 8 && strncmp(v, "https://", 8) == 0);
}

static void put_attr(tidy *t, int root, const char *name, size_t nn, const char *v, size_t vn) {
#define IS(s) (nn == strlen(s) && memcmp(name, s, nn) == 0)
  if (root && t->opts->responsive && IS("height")) return;
  if ((IS("href") || IS("xlink:href")) && !safe_href(v, vn)) return;
  cg_buf_putc(t->out, ' ');
  cg_buf_append(t->out, name, nn);
  cg_buf_puts(t->out, "=\"");
  if (root && t->opts->responsive && IS("width"))
    cg_buf_puts(t->out, "100%");
  else if (IS("id"))
    unique_id(t, v, vn);
  else if ((IS("href") || IS("xlink:href")) && vn && v[0] == '#') {
    cg_buf_putc(t->out, '#');
    cg_buf_puts(t->out, t->prefix);
    cg_buf_append(t->out, v + 1, vn - 1);
  } else
    put_value(t, v, vn);
  cg_buf_putc(t->out, '"');
#undef IS
}

/* The accessible name and description, as the first children of <svg>. */
static void put_root_extras(tidy *t) {
  cg_buf *o = t->out;
  cg_buf_puts(o, " role=\"img\" aria-labelledby=\"");
  unique_id(t, "title", 5);
  cg_buf_putc(o, ' ');
  size_t mark = o->len;
  unique_id(t, "desc", 4);
  size_t desc_len = o->len - mark;
  cg_buf_puts(o, "\">\n<title id=\"");
  cg_buf_puts(o, t->prefix);
  cg_buf_puts(o, "title\">");
  cg_html_escape(o, t->opts->title ? t->opts->title : "", 0);
  cg_buf_puts(o, "</title>\n<desc id=\"");
  cg_buf_append(o, o->data + mark, desc_len);
  cg_buf_puts(o, "\">");
  cg_html_escape(o, t->opts->desc ? t->opts->desc : "", 0);
  cg_buf_puts(o, "</desc>");
}

/* One start tag at s[0] == '<'; returns the position after it, or NULL. */
static const char *element(tidy *t, const char *s, const char *end) {
  const char *p = s + 1;
  while (p < end && !strchr(" \t\r\n/>", *p))
    p++;
  int root = !t->root_done && p - s == 4 && memcmp(s + 1, "svg", 3) == 0;
  cg_buf_append(t->out, s, (size_t)(p - s));
  for (;;) {
    while (p < end && strchr(" \t\r\n", *p))
      p++;
    if (p >= end) return NULL;
    if (*p == '>' || (*p == '/' && p + 1 < end && p[1] == '>')) break;
    const char *name = p;
    while (p < end && !strchr(" \t\r\n=/>", *p))
      p++;
    size_t nn = (size_t)(p - name);
    if (p >= end || *p != '=' || p + 1 >= end || (p[1] != '"' && p[1] != '\'')) return NULL;
    char q = p[1];
    const char *v = p + 2, *ve = memchr(v, q, (size_t)(end - v));
    if (!ve || nn == 0) return NULL;
    put_attr(t, root, name, nn, v, (size_t)(ve - v));
    p = ve + 1;
  }
  if (root) {
    t->root_done = 1;
    if (*p == '/') return NULL; /* an empty root has nowhere to put <title> */
    put_root_extras(t);
    return p + 1;
  }
  size_t n = *p == '>' ? 1 : 2;
  cg_buf_append(t->out, p, n);
  return p + n;
}

/* Skips from s to just after `until`, plus one newline; NULL when absent. */
static const char *skip_past(const char *s, const char *end, const char *until) {
  size_t n = strlen(until);
  for (const char *p = s; p + n <= end; p++)
    if (memcmp(p, until, n) == 0) {
      p += n;
      return p < end && *p == '\n' ? p + 1 : p;
    }
  return NULL;
}

/*
 * Graphviz copies control characters from the data into the SVG as they are,
 * and XML 1.0 allows none but tab, LF and CR (not even as &#1;): each other
 * one in out[from..] becomes U+FFFD, so the file stays well-formed.
 */
static void xml_chars(cg_buf *out, size_t from) {
  size_t bad = 0;
  for (size_t i = from; i < out->len; i++) {
    unsigned char c = (unsigned char)out->data[i];
    bad += c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }
  if (!bad || cg_buf_status(out)) return;
  size_t old = out->len;
  /* Grow first, then rewrite from the end backwards, in place. */
  for (size_t k = 0; k < 2 * bad; k++)
    cg_buf_putc(out, ' ');
  if (cg_buf_status(out)) return;
  size_t w = out->len;
  for (size_t i = old; i-- > from;) {
    unsigned char c = (unsigned char)out->data[i];
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out->data[--w] = (char)0xBD;
      out->data[--w] = (char)0xBF;
      out->data[--w] = (char)0xEF;
    } else
      out->data[--w] = (char)c;
  }
}

cg_status cg_svg_tidy(cg_buf *out, const char *svg, size_t len, const cg_svg_tidy_options *opts) {
  size_t from = out->len;
  tidy t = {out, opts, opts->id_prefix ? opts->id_prefix : "", {0}, CG_ARENA_INIT, CG_BUF_INIT,
            0,   0};
  cg_strmap_init(&t.seen, 0);
  const char *p = svg, *end = svg + len;
  cg_status st = CG_OK;
  while (p && p < end) {
    const char *lt = memchr(p, '<', (size_t)(end - p));
    if (!lt) {
      cg_buf_append(out, p, (size_t)(end - p));
      break;
    }
    cg_buf_append(out, p, (size_t)(lt - p));
    if (end - lt >= 4 && memcmp(lt, "<!--", 4) == 0)
      p = skip_past(lt + 4, end, "-->");
    else if (end - lt >= 9 && memcmp(lt, "<!DOCTYPE", 9) == 0)
      p = skip_past(lt, end, ">");
    else if (end - lt >= 2 && (lt[1] == '?' || lt[1] == '/')) {
      const char *gt = memchr(lt, '>', (size_t)(end - lt));
      if (gt) cg_buf_append(out, lt, (size_t)(gt + 1 - lt));
      p = gt ? gt + 1 : NULL;
    } else
      p = element(&t, lt, end);
  }
  if (!p || !t.root_done) st = CG_ERR_DATA;
  xml_chars(out, from);
  if (t.nomem || cg_buf_status(out)) st = CG_ERR_NOMEM;
  cg_strmap_free(&t.seen);
  cg_arena_free(&t.arena);
  cg_buf_free(&t.scratch);
  return st;
}
