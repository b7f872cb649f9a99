/*
 * table.c - tabular output: aligned text for people (display-width aware, so
 * CJK and emoji line up) or RFC 4180 CSV for programs.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cli_table {
  size_t ncols;
  char **cells; /* rows * ncols, header first */
  size_t nrows, cap;
  unsigned char *right;
  unsigned char *cut; /* columns of long text a text table may cut: 1 = cut first, 2 next... */
  unsigned char ncut;
  unsigned char *hide; /* columns a text table may leave out to fit: 1 = first, 2 next... */
  unsigned char nhide;
};

cli_table *cli_table_new(size_t ncols, const char *const *headers) {
  cli_table *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->ncols = ncols;
  t->right = calloc(ncols, 1);
  t->cut = calloc(ncols, 1);
  t->hide = calloc(ncols, 1);
  if (!t->right || !t->cut || !t->hide || cli_table_row(t, headers)) {
    cli_table_free(t);
    return NULL;
  }
  return t;
}

void cli_table_free(cli_table *t) {
  if (!t) return;
  for (size_t i = 0; i < t->nrows * t->ncols; i++)
    free(t->cells[i]);
  free(t->cells);
  free(t->right);
  free(t->cut);
  free(t->hide);
  free(t);
}

void cli_table_align_right(cli_table *t, size_t col) {
  t->right[col] = 1;
}

void cli_table_may_cut(cli_table *t, size_t col) {
  if (!t->cut[col]) t->cut[col] = ++t->ncut;
}

void cli_table_may_hide(cli_table *t, size_t col) {
  if (!t->hide[col]) t->hide[col] = ++t->nhide;
}

int cli_table_row(cli_table *t, const char *const *cells) {
  if (t->nrows == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 32;
    char **p = realloc(t->cells, cap * t->ncols * sizeof *p);
    if (!p) return -1;
    t->cells = p;
    t->cap = cap;
  }
  char **row = t->cells + t->nrows * t->ncols;
  for (size_t i = 0; i < t->ncols; i++) {
    const char *s = cells[i] ? cells[i] : "";
    size_t n = strlen(s) + 1;
    row[i] = malloc(n);
    if (!row[i]) {
      while (i--)
        free(row[i]);
      return -1;
    }
    memcpy(row[i], s, n);
  }
  t->nrows++;
  return 0;
}

/* Decodes one UTF-8 code point; advances *s. Invalid bytes count as U+FFFD. */
static unsigned long next_cp(const unsigned char **s) {
  const unsigned char *p = *s;
  unsigned long cp;
  int n;
  if (p[0] < 0x80)
    cp = p[0], n = 1;
  else if ((p[0] & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80)
    cp = p[0] & 0x1F, n = 2;
  else if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    cp = p[0] & 0x0F, n = 3;
  else if ((p[0] & 0xF8) == 0xF0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
           (p[3] & 0xC0) == 0x80)
    cp = p[0] & 0x07, n = 4;
  else {
    *s = p + 1;
    return 0xFFFD;
  }
  for (int i = 1; i < n; i++)
    cp = (cp << 6) | (p[i] & 0x3F);
  *s = p + n;
  return cp;
}

/*
 * The visible escape a table shows instead of a character that must not
 * reach a terminal raw: C0 and C1 controls (a newline would break the row,
 * ESC and CSI start terminal commands) and the bidirectional embeddings,
 * overrides and isolates (they reorder the text after them, across cells).
 * Returns the escape's length, 0 when the character is shown as is.
 */
static int cp_escape(unsigned long c, char buf[12]) {
  if (c == '\n') return (int)(memcpy(buf, "\\n", 3), 2);
  if (c == '\t') return (int)(memcpy(buf, "\\t", 3), 2);
  if (c == '\r') return (int)(memcpy(buf, "\\r", 3), 2);
  if (c < 0x20 || c == 0x7F) return snprintf(buf, 12, "\\x%02lx", c);
  if ((c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
    return snprintf(buf, 12, "\\u%04lx", c);
  return 0;
}

/* Terminal width of a code point: 0 for combining marks, 2 for wide, else 1. */
static int cp_width(unsigned long c) {
  char esc[12];
  int n = cp_escape(c, esc);
  if (n) return n;
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
      (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
      (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E ||
      c == 0x200F || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF)
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

size_t cli_text_width(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t w = 0;
  while (*p)
    w += (size_t)cp_width(next_cp(&p));
  return w;
}

/*
 * A cell for a text table: what cp_escape names is shown escaped, bad bytes
 * as U+FFFD; when wider than max columns, cut to max - 1 and ended with "…".
 * Returns the width written.
 */
static size_t put_cell_text(cg_buf *out, const char *s, size_t max) {
  const unsigned char *p = (const unsigned char *)s;
  size_t w = 0, room = cli_text_width(s) > max ? (max ? max - 1 : 0) : max;
  while (*p) {
    const unsigned char *start = p;
    unsigned long c = next_cp(&p);
    size_t cw = (size_t)cp_width(c);
    if (w + cw > room) {
      cg_buf_puts(out, "\xE2\x80\xA6"); /* U+2026 */
      return w + 1;
    }
    w += cw;
    char esc[12];
    int n = cp_escape(c, esc);
    if (n)
      cg_buf_append(out, esc, (size_t)n);
    else if (c == 0xFFFD && !(start[0] == 0xEF && start[1] == 0xBF && start[2] == 0xBD))
      cg_buf_puts(out, "\xEF\xBF\xBD");
    else
      cg_buf_append(out, (const char *)start, (size_t)(p - start));
  }
  return w;
}

static void pad(cg_buf *out, size_t n) {
  while (n--)
    cg_buf_putc(out, ' ');
}

/* The narrowest a cut column gets in each pass of fit(): never below its header. */
static size_t floor_of(const cli_table *t, size_t col, size_t least) {
  size_t h = cli_text_width(t->cells[col]);
  return h > least ? h : least;
}

/*
 * Narrows the columns that may be cut until the table fits `width`: first
 * each in the order they were marked (lists and sources before names) down
 * to 20 columns, then the widest of them down to 8; the id and number
 * columns stay whole.
 */
static size_t fit(const cli_table *t, size_t *w, size_t width, unsigned hidden) {
  size_t total = 0, shown = 0;
  for (size_t i = 0; i < t->ncols; i++)
    if (!(t->hide[i] && t->hide[i] <= hidden)) total += w[i], shown++;
  total += shown ? 2 * (shown - 1) : 0;
  for (unsigned rank = 1; rank <= t->ncut && total > width; rank++)
    for (size_t i = 0; i < t->ncols; i++)
      if (t->cut[i] == rank) {
        size_t f = floor_of(t, i, 20);
        size_t room = w[i] > f ? w[i] - f : 0, need = total - width;
        size_t by = room < need ? room : need;
        w[i] -= by;
        total -= by;
      }
  while (total > width) {
    size_t best = t->ncols;
    for (size_t i = 0; i < t->ncols; i++)
      if (t->cut[i] && w[i] > floor_of(t, i, 8) && (best == t->ncols || w[i] > w[best])) best = i;
    if (best == t->ncols) break;
    w[best]--;
    total--;
  }
  return total;
}

void cli_table_render(const cli_table *t, const cli *c, cg_buf *out) {
  if (c->format == FORMAT_CSV) {
    for (size_t r = 0; r < t->nrows; r++) {
      for (size_t i = 0; i < t->ncols; i++) {
        if (i) cg_buf_putc(out, ',');
        cg_csv_write_field(out, t->cells[r * t->ncols + i]);
      }
      cg_buf_puts(out, "\r\n");
    }
    return;
  }
  size_t *w = calloc(t->ncols, sizeof *w);
  if (!w) {
    out->failed = 1;
    return;
  }
  for (size_t r = 0; r < t->nrows; r++)
    for (size_t i = 0; i < t->ncols; i++) {
      size_t x = cli_text_width(t->cells[r * t->ncols + i]);
      if (x > w[i]) w[i] = x;
    }
  /* Cut long text; when that is not enough, leave out the columns that may go, in order. */
  unsigned hidden = 0;
  if (!c->wide) {
    size_t *nat = malloc(t->ncols * sizeof *nat);
    if (!nat) {
      free(w);
      out->failed = 1;
      return;
    }
    memcpy(nat, w, t->ncols * sizeof *w);
    /*
     * The fewest columns left out that fit with no text cut below 16 columns
     * (a stub of a name helps nobody); failing that, the fewest that fit at
     * all; failing that, every column, cut.
     */
    unsigned fits = t->nhide + 1, roomy = t->nhide + 1;
    for (unsigned h = 0; h <= t->nhide && roomy > t->nhide; h++) {
      memcpy(w, nat, t->ncols * sizeof *w);
      if (fit(t, w, CLI_TABLE_WIDTH, h) > CLI_TABLE_WIDTH) continue;
      if (fits > t->nhide) fits = h;
      int cramped = 0;
      for (size_t i = 0; i < t->ncols; i++)
        cramped |= !(t->hide[i] && t->hide[i] <= h) && w[i] < nat[i] && w[i] < 16;
      if (!cramped) roomy = h;
    }
    hidden = roomy <= t->nhide ? roomy : fits <= t->nhide ? fits : 0;
    memcpy(w, nat, t->ncols * sizeof *w);
    fit(t, w, CLI_TABLE_WIDTH, hidden);
    free(nat);
  }
  if (hidden && !c->quiet) {
    fprintf(stderr, "note: column%s ", hidden > 1 ? "s" : "");
    for (unsigned h = 1; h <= hidden; h++)
      for (size_t i = 0; i < t->ncols; i++)
        if (t->hide[i] == h)
          fprintf(stderr, "%s%s", h == 1 ? "" : h == hidden ? " and " : ", ", t->cells[i]);
    fprintf(stderr, " left out to fit %d columns (--wide shows all)\n", CLI_TABLE_WIDTH);
  }
  for (size_t r = 0; r < t->nrows; r++) {
    int first = 1;
    size_t lastcol = t->ncols - 1;
    while (lastcol > 0 && t->hide[lastcol] && t->hide[lastcol] <= hidden)
      lastcol--;
    for (size_t i = 0; i < t->ncols; i++) {
      if (t->hide[i] && t->hide[i] <= hidden) continue;
      const char *s = t->cells[r * t->ncols + i];
      int last = i == lastcol;
      if (!first) cg_buf_puts(out, "  ");
      first = 0;
      size_t sw = cli_text_width(s);
      if (t->right[i] && sw < w[i]) pad(out, w[i] - sw);
      size_t shown = put_cell_text(out, s, w[i]);
      if (!t->right[i] && !last && shown < w[i]) pad(out, w[i] - shown);
    }
    while (out->len && out->data[out->len - 1] == ' ')
      out->len--; /* an empty last cell leaves no trailing blanks */
    cg_buf_putc(out, '\n');
    if (r == 0) {
      for (size_t i = 0, n = 0; i < t->ncols; i++) {
        if (t->hide[i] && t->hide[i] <= hidden) continue;
        if (n++) cg_buf_puts(out, "  ");
        for (size_t k = 0; k < w[i]; k++)
          cg_buf_putc(out, '-');
      }
      cg_buf_putc(out, '\n');
    }
  }
  free(w);
}
