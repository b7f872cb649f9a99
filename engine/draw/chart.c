/*
 * chart.c - hand-written SVG building blocks for the charts and the
 * timeline (chart_internal.h). Text is measured with Helvetica's advance
 * widths so labels can be placed and cut without a layout engine; every
 * figure still ends in the one SVG tidy pass.
 */
#include "draw/chart_internal.h"

#include "core/escape_internal.h"
#include <coopgraph/style.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Helvetica advance widths (1/1000 em) of ' ' .. '~'. */
static const unsigned short HELVETICA[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584};

/* Decodes one UTF-8 character at s; returns its length (1 for a bad byte). */
static size_t next_char(const char *s, unsigned *cp) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = u[0] < 0x80 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
  unsigned c = n == 1 ? u[0] : n == 2 ? u[0] & 0x1Fu : n == 3 ? u[0] & 0x0Fu : u[0] & 0x07u;
  for (size_t i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80) {
      *cp = 0xFFFD;
      return 1;
    }
    c = c << 6 | (u[i] & 0x3Fu);
  }
  *cp = c;
  return n;
}

static double char_em(unsigned cp) {
  if (cp >= 32 && cp < 127) return HELVETICA[cp - 32] / 1000.0;
  if (cp < 32) return 1.0; /* shown as U+FFFD */
  return cp >= 0x2E80 ? 1.0 : 0.6;
}

static double span_width(const char *s, size_t n, double size, int bold) {
  double em = 0;
  for (size_t i = 0; i < n && s[i];) {
    unsigned cp;
    i += next_char(s + i, &cp);
    em += char_em(cp);
  }
  return em * size * (bold ? 1.08 : 1.0) * 1.18;
}

double cg_chart_text_width(const char *s, double size, int bold) {
  return span_width(s, strlen(s), size, bold);
}

int cg_chart_fit(cg_buf *out, const char *s, double size, int bold, double width) {
  size_t n = strlen(s);
  if (span_width(s, n, size, bold) <= width) {
    cg_buf_append(out, s, n);
    return 0;
  }
  double room = width - span_width("\xE2\x80\xA6", 3, size, bold), used = 0;
  size_t end = 0;
  while (end < n) {
    unsigned cp;
    size_t k = next_char(s + end, &cp);
    double w = char_em(cp) * size * (bold ? 1.08 : 1.0) * 1.18;
    if (used + w > room) break;
    used += w;
    end += k;
  }
  while (end > 0 && s[end - 1] == ' ')
    end--;
  cg_buf_append(out, s, end);
  cg_buf_puts(out, "\xE2\x80\xA6");
  return 1;
}

int cg_chart_wrap(cg_buf *out, const char *s, double size, int bold, double width, int lines) {
  int made = 0;
  while (*s == ' ')
    s++;
  while (*s && made < lines) {
    if (made) cg_buf_putc(out, '\n');
    made++;
    size_t n = strlen(s);
    if (made == lines || span_width(s, n, size, bold) <= width) {
      cg_chart_fit(out, s, size, bold, width);
      break;
    }
    /* the last space before the width; a word longer than the line is cut */
    size_t cut = 0;
    for (size_t i = 1; i < n; i++)
      if (s[i] == ' ' && span_width(s, i, size, bold) <= width) cut = i;
    if (!cut) {
      cg_chart_fit(out, s, size, bold, width);
      break;
    }
    cg_buf_append(out, s, cut);
    s += cut;
    while (*s == ' ')
      s++;
  }
  return made;
}

static void num(cg_buf *b, double v) {
  char t[32];
  snprintf(t, sizeof t, "%.2f", v);
  /* trailing zeros off: shorter files, same picture */
  char *dot = strchr(t, '.');
  if (dot) {
    char *e = t + strlen(t);
    while (e > dot + 1 && e[-1] == '0')
      *--e = '\0';
    if (e == dot + 1) *dot = '\0';
  }
  if (strcmp(t, "-0") == 0) strcpy(t, "0");
  cg_buf_puts(b, t);
}

void cg_chart_text(cg_buf *b, double x, double y, double size, int bold, const char *anchor,
                   const char *cls, const char *fill, const char *s) {
  cg_buf_puts(b, "<text x=\"");
  num(b, x);
  cg_buf_puts(b, "\" y=\"");
  num(b, y);
  cg_buf_puts(b, "\" font-size=\"");
  num(b, size);
  cg_buf_putc(b, '"');
  if (bold) cg_buf_puts(b, " font-weight=\"bold\"");
  if (anchor && strcmp(anchor, "start") != 0) cg_buf_printf(b, " text-anchor=\"%s\"", anchor);
  if (cls) cg_buf_printf(b, " class=\"%s\"", cls);
  cg_buf_printf(b, " fill=\"%s\">", fill ? fill : "#222222");
  cg_html_escape(b, s, 0);
  cg_buf_puts(b, "</text>\n");
}

void cg_chart_rect(cg_buf *b, double x, double y, double w, double h, const char *fill,
                   const char *cls) {
  cg_buf_puts(b, "<rect x=\"");
  num(b, x);
  cg_buf_puts(b, "\" y=\"");
  num(b, y);
  cg_buf_puts(b, "\" width=\"");
  num(b, w);
  cg_buf_puts(b, "\" height=\"");
  num(b, h);
  cg_buf_putc(b, '"');
  if (cls) cg_buf_printf(b, " class=\"%s\"", cls);
  cg_buf_printf(b, " fill=\"%s\"/>\n", fill);
}

void cg_chart_group(cg_buf *b, const char *cls, const char *tooltip) {
  cg_buf_puts(b, "<g");
  if (cls) cg_buf_printf(b, " class=\"%s\"", cls);
  cg_buf_puts(b, ">");
  if (tooltip) {
    cg_buf_puts(b, "<title>");
    cg_html_escape(b, tooltip, 0);
    cg_buf_puts(b, "</title>");
  }
  cg_buf_putc(b, '\n');
}

cg_status cg_chart_finish(cg_buf *out, const cg_buf *body, double w, double h, int transparent,
                          const cg_svg_tidy_options *to) {
  cg_buf doc = CG_BUF_INIT;
  w = ceil(w);
  h = ceil(h);
  cg_buf_printf(&doc,
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0fpx\" height=\"%.0fpx\" "
                "viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\">\n",
                w, h, w, h, CG_CHART_FONT);
  if (!transparent)
    cg_buf_printf(&doc, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n", w, h);
  cg_buf_append(&doc, body->data ? body->data : "", body->len);
  cg_buf_puts(&doc, "</svg>\n");
  cg_status st = cg_buf_status(&doc) || cg_buf_status(body)
                     ? CG_ERR_NOMEM
                     : cg_svg_tidy(out, doc.data, doc.len, to);
  cg_buf_free(&doc);
  return st;
}

const char *cg_chart_ink(int transparent, const char *ink) {
  return transparent ? CG_INK_ANY_PAGE : ink ? ink : "#222222";
}

double cg_chart_legend(cg_buf *b, const char *const *names, const char *const *colours,
                       const char *const *classes, size_t n, double y, int transparent) {
  const double pad = 16, size = 11.5;
  double x = pad;
  for (size_t i = 0; i < n; i++) {
    double w = 14 + 5 + cg_chart_text_width(names[i], size, 0) + 18;
    if (x > pad && x + w > CG_CHART_WIDTH - pad) {
      x = pad;
      y += 20;
    }
    cg_chart_group(b, classes[i], NULL);
    cg_chart_rect(b, x, y, 14, 14, colours[i], NULL);
    cg_chart_text(b, x + 19, y + 11.5, size, 0, NULL, NULL, cg_chart_ink(transparent, NULL),
                  names[i]);
    cg_buf_puts(b, "</g>\n");
    x += w;
  }
  return y + 14;
}

size_t cg_chart_nkeys(const cg_dataset *ds) {
  return cg_dataset_ngroups(ds) + 1;
}

size_t cg_chart_type_key(const cg_dataset *ds, size_t type) {
  size_t g = (size_t)cg_dataset_type(ds, type)->group_index;
  return cg_group_is_other(ds, g) ? cg_dataset_ngroups(ds) : g;
}

const char *cg_chart_key_name(const cg_dataset *ds, size_t key) {
  return key < cg_dataset_ngroups(ds) ? cg_dataset_group(ds, key) : "Other";
}

const char *cg_chart_key_colour(const cg_dataset *ds, size_t key) {
  return key < cg_dataset_ngroups(ds) ? cg_group_colour(ds, key) : CG_GROUP_OTHER_COLOUR;
}

void cg_chart_key_class(cg_buf *out, const cg_dataset *ds, size_t key) {
  cg_css_class(out, "group-", cg_chart_key_name(ds, key));
}

const char *cg_chart_number(double v, char buf[32]) {
  if (v == 0 || !isfinite(v)) {
    snprintf(buf, 32, "%.0f", v == 0 ? 0.0 : v);
    return buf;
  }
  double a = fabs(v);
  if (a < 1e9 && v == floor(v)) { /* counts: no decimals */
    snprintf(buf, 32, "%.0f", v);
    return buf;
  }
  if (a >= 1e9 || a < 1e-4) {
    snprintf(buf, 32, "%.3e", v);
    return buf;
  }
  int digits = (int)floor(log10(a)) + 1; /* before the point */
  int decimals = digits >= 4 ? 0 : 4 - digits;
  snprintf(buf, 32, "%.*f", decimals, v);
  return buf;
}
