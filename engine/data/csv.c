/*
 * csv.c - the RFC 4180 CSV reader and the matching field writer.
 *
 * The reader walks the input once. Ordinary bytes are skipped by a tight loop
 * over a byte-class table; only the bytes that matter (, " CR LF, NUL and
 * non-ASCII) leave that loop, so plain ASCII is scanned at close to memory
 * speed. Each record is copied into one scratch buffer, its fields
 * NUL-terminated one after another; the scratch buffer and the field array
 * are reused from record to record, so memory stays O(longest record).
 *
 * The in-place reader (csv_internal.h) copies nothing: a field is a slice of
 * the caller's buffer, a quoted one unescaped where it stands (its value is
 * never longer than its text), and each field is NUL-terminated by
 * overwriting the byte after it once the whole record has been read, so the
 * scan never meets a NUL of its own making. The loader keeps that buffer as
 * the dataset's string storage instead of copying every string out of it.
 * The view reader is the in-place one that writes nothing, for a thread that
 * reads part of a buffer another thread is reading too: a field that holds a
 * doubled quote is unescaped into the scratch buffer instead.
 *
 * Errors come in two kinds. A structural error (a stray quote, text after a
 * closing quote) means the record's shape can no longer be trusted, so the
 * reader skips to the start of the next physical line. A content error (NUL,
 * invalid UTF-8, a field or record over its limit) leaves the shape intact,
 * so the reader finishes the record normally, storing nothing, and resumes
 * right after it: a bad byte inside a multi-line quoted field then does not
 * turn the rest of that field into a cascade of false errors.
 */
#include "data/csv_internal.h"
#include "core/error_internal.h"
#include "core/grow_internal.h"
#include "core/utf8_internal.h"

#include <coopgraph/buf.h>

#include <stdarg.h>
#include <stdint.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct csv_field {
  size_t off, len; /* into the scratch buffer (stable across reallocs) or the text */
  unsigned long line, column;
  int quoted;
  int copied; /* view mode: the value is in the scratch buffer, not a slice of the text */
} csv_field;

struct cg_csv {
  const unsigned char *pos, *end;
  const char *path;
  size_t max_field, max_fields;

  /*
   * Where we are: the line number, where that line starts, and how many UTF-8
   * continuation bytes were stepped over on it since, so the column of any
   * byte is a subtraction instead of a recount.
   */
  unsigned long line;
  const unsigned char *line_start;
  size_t cont;

  /* In-place and view modes: the caller's buffer, which fields point into; else NULL. */
  char *text;
  int view; /* view mode: never write into text */
  const unsigned char *start; /* data[0] */
  /* cg_csv_limit: the real end while end is the limit, and what to call when a field crosses it. */
  const unsigned char *hard_end;
  void (*cross)(void *ctx);
  void *cross_ctx;

  /* The current record. */
  char *scratch;
  size_t scratch_len, scratch_cap;
  csv_field *fields;
  size_t nfields, fields_cap;
  unsigned long record_line;

  /* Error state of the record being read. */
  cg_diags *diags;
  int failed; /* an error was reported; later ones in the record are not */
  int nomem;  /* an allocation failed; reading stops after this record */
};

/* How a field reader ended. */
enum { FIELD_OK = 0, FIELD_BAD_SHAPE = -1, FIELD_UNTERMINATED = -2 };

/* Bits of byte_class: the byte stops the scan of an unquoted / quoted field. */
enum { STOP_UNQUOTED = 1, STOP_QUOTED = 2, STOP_BOTH = 3 };

/*
 * NUL, LF, CR, '"' and every byte >= 0x80 stop both scans; ',' only stops
 * the unquoted one, since inside quotes it is just text.
 */
#define X3 STOP_BOTH
#define XU STOP_UNQUOTED
#define ROW_HIGH X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3, X3
#define ROW_LOW 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
// clang-format off
static const unsigned char byte_class[256] = {
  X3, 0, 0, 0, 0, 0, 0, 0, 0, 0, X3, 0, 0, X3, 0, 0, /* 0x00: NUL LF CR */
  ROW_LOW,
  0, 0, X3, 0, 0, 0, 0, 0, 0, 0, 0, 0, XU, 0, 0, 0,  /* 0x20: '"' ',' */
  ROW_LOW, ROW_LOW, ROW_LOW, ROW_LOW, ROW_LOW,
  ROW_HIGH, ROW_HIGH, ROW_HIGH, ROW_HIGH, ROW_HIGH, ROW_HIGH, ROW_HIGH, ROW_HIGH,
};
// clang-format on
#undef X3
#undef XU
#undef ROW_HIGH
#undef ROW_LOW

cg_csv *cg_csv_new(const char *data, size_t len, const char *path, const cg_csv_options *opts) {
  cg_csv *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  /* Arithmetic on a NULL pointer is undefined even with a zero offset. */
  const unsigned char *p = data ? (const unsigned char *)data : (const unsigned char *)"";
  r->pos = p;
  r->end = data ? p + len : p;
  r->path = path;
  r->max_field = opts && opts->max_field ? opts->max_field : CG_CSV_DEFAULT_MAX_FIELD;
  r->max_fields = opts ? opts->max_fields : 0;
  r->start = p;
  r->hard_end = r->end;
  if (r->end - r->pos >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) r->pos += 3;
  r->line = 1;
  r->line_start = r->pos; /* so the BOM takes no column */
  return r;
}

cg_csv *cg_csv_new_inplace(char *data, size_t len, const char *path, const cg_csv_options *opts) {
  cg_csv *r = cg_csv_new(data, len, path, opts);
  if (r && data) r->text = data;
  return r;
}

cg_csv *cg_csv_new_view(const char *data, size_t len, const char *path,
                        const cg_csv_options *opts) {
  cg_csv *r = cg_csv_new(data, len, path, opts);
  if (r && data) {
    r->text = (char *)(uintptr_t)data; /* never written through: view is set */
    r->view = 1;
  }
  return r;
}

size_t cg_csv_offset(const cg_csv *r) {
  return (size_t)(r->pos - r->start);
}

unsigned long cg_csv_line(const cg_csv *r) {
  return r->line;
}

void cg_csv_limit(cg_csv *r, size_t end, void (*cross)(void *ctx), void *ctx) {
  if (end < (size_t)(r->hard_end - r->start)) r->end = r->start + end;
  r->cross = cross;
  r->cross_ctx = ctx;
}

void cg_csv_resume(cg_csv *r, size_t offset, unsigned long line) {
  r->end = r->hard_end;
  r->cross = NULL;
  r->pos = r->start + offset;
  r->line = line;
  r->line_start = r->pos;
  r->cont = 0;
}

/*
 * A quoted field has reached r->end: when that is cg_csv_limit's limit, lifts
 * it (after telling the caller) and returns 1 to read on.
 */
static int cross_limit(cg_csv *r) {
  if (r->end == r->hard_end) return 0;
  if (r->cross) r->cross(r->cross_ctx);
  r->cross = NULL;
  r->end = r->hard_end;
  return 1;
}

void cg_csv_free(cg_csv *r) {
  if (!r) return;
  free(r->scratch);
  free(r->fields);
  free(r);
}

static unsigned long column_at(const cg_csv *r, const unsigned char *p) {
  return (unsigned long)((size_t)(p - r->line_start) - r->cont + 1);
}

/* Adds an error diagnostic (when there is a list to add it to). */
static void report(cg_csv *r, unsigned long line, unsigned long column, const char *fmt, va_list ap)
    CG_PRINTF(4, 0);
static void report(cg_csv *r, unsigned long line, unsigned long column, const char *fmt,
                   va_list ap) {
  char msg[128];
  vsnprintf(msg, sizeof msg, fmt, ap);
  if (r->diags) cg_diags_add(r->diags, CG_SEV_ERROR, r->path, line, column, "%s", msg);
}

/*
 * Marks the record failed and reports the problem, unless the record already
 * failed: one error per record, since the later ones are usually its echoes.
 */
static void fail(cg_csv *r, unsigned long line, unsigned long column, const char *fmt, ...)
    CG_PRINTF(4, 5);
static void fail(cg_csv *r, unsigned long line, unsigned long column, const char *fmt, ...) {
  if (r->failed) return;
  r->failed = 1;
  va_list ap;
  va_start(ap, fmt);
  report(r, line, column, fmt, ap);
  va_end(ap);
}

/*
 * Reports a problem even when the record already failed: used for an
 * unterminated quote, which swallows the rest of the input and so must be
 * seen whatever came before it.
 */
static void fail_always(cg_csv *r, unsigned long line, unsigned long column, const char *fmt, ...)
    CG_PRINTF(4, 5);
static void fail_always(cg_csv *r, unsigned long line, unsigned long column, const char *fmt, ...) {
  r->failed = 1;
  va_list ap;
  va_start(ap, fmt);
  report(r, line, column, fmt, ap);
  va_end(ap);
}

#if defined(__SSE2__) && defined(__GNUC__)
/*
 * Where the first stopping byte among the 16 at p is, as a bit mask: the
 * bytes of the stop set compared at once, and every byte >= 0x80 by its sign
 * bit. SSE2 is part of every x86-64 (and __builtin_ctz of GCC and Clang);
 * elsewhere the table loop below does the same work a byte at a time.
 */
static inline unsigned stop_mask16(const unsigned char *p, unsigned stop) {
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  __m128i m = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_setzero_si128()),
                           _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
  if (stop == STOP_UNQUOTED) m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(',')));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(m, v));
}
#endif

/* The hot loop: skips bytes that do not stop a scan of the given kind. */
static inline const unsigned char *skip_plain(const unsigned char *p, const unsigned char *end,
                                              unsigned stop) {
#if defined(__SSE2__) && defined(__GNUC__)
  while (end - p >= 16) {
    unsigned m = stop_mask16(p, stop);
    if (m) return p + __builtin_ctz(m);
    p += 16;
  }
#endif
  while (end - p >= 4) {
    if (byte_class[p[0]] & stop) return p;
    if (byte_class[p[1]] & stop) return p + 1;
    if (byte_class[p[2]] & stop) return p + 2;
    if (byte_class[p[3]] & stop) return p + 3;
    p += 4;
  }
  while (p < end && !(byte_class[*p] & stop))
    p++;
  return p;
}

/* Steps over the NUL or non-ASCII byte at p, checking it; returns what follows. */
static const unsigned char *step_special(cg_csv *r, const unsigned char *p) {
  if (*p == 0) {
    fail(r, r->line, column_at(r, p), "NUL byte in input");
    return p + 1;
  }
  size_t n = cg_utf8_len(p, r->end);
  if (n == 0) {
    fail(r, r->line, column_at(r, p), "invalid UTF-8 byte 0x%02X", (unsigned)*p);
    return p + 1; /* the bad byte counts as one column */
  }
  r->cont += n - 1;
  return p + n;
}

/* Steps over the line break at p (CRLF, LF or a lone CR) and starts a new line. */
static const unsigned char *step_newline(cg_csv *r, const unsigned char *p) {
  p += (p[0] == '\r' && p + 1 < r->end && p[1] == '\n') ? 2 : 1;
  r->line++;
  r->line_start = p;
  r->cont = 0;
  return p;
}

/* After a structural error: goes to the start of the next physical line. */
static void skip_line(cg_csv *r) {
  const unsigned char *p = r->pos;
  while (p < r->end && *p != '\n' && *p != '\r')
    p++;
  r->pos = p < r->end ? step_newline(r, p) : p;
}

/* The slow path of reserve_scratch: grows the buffer by doubling. */
static int grow_scratch(cg_csv *r, size_t n) {
  if (n > SIZE_MAX / 2 - r->scratch_len) return -1;
  size_t cap = r->scratch_cap ? r->scratch_cap : 256;
  while (cap - r->scratch_len < n)
    cap *= 2;
  char *s = realloc(r->scratch, cap);
  if (!s) return -1;
  r->scratch = s;
  r->scratch_cap = cap;
  return 0;
}

/* Room for n more bytes in the scratch buffer. Returns 0, or -1 out of memory. */
static inline int reserve_scratch(cg_csv *r, size_t n) {
  return r->scratch_cap - r->scratch_len >= n ? 0 : grow_scratch(r, n);
}

static void fail_nomem(cg_csv *r) {
  r->nomem = 1;
  fail(r, r->record_line, 0, "out of memory while reading a record");
}

/*
 * Appends n bytes of field f's value to the scratch buffer, enforcing the
 * field-length limit. Does nothing once the record has failed, since it will
 * not be returned.
 */
static inline void append(cg_csv *r, csv_field *f, const unsigned char *s, size_t n) {
  if (r->failed || n == 0) return;
  if (n > r->max_field - f->len) {
    fail(r, f->line, f->column, "field longer than %zu bytes", r->max_field);
    return;
  }
  if (r->text && !f->copied) {
    /* In place: a run moves down only after a doubled quote was dropped. */
    char *to = r->text + f->off + f->len;
    if ((const unsigned char *)to == s) {
      f->len += n;
      return;
    }
    if (!r->view) {
      memmove(to, s, n);
      f->len += n;
      return;
    }
    /* A view writes nothing: the value so far moves to the scratch buffer, the rest follows. */
    if (reserve_scratch(r, f->len + n + 1)) {
      fail_nomem(r);
      return;
    }
    memcpy(r->scratch + r->scratch_len, r->text + f->off, f->len);
    f->off = r->scratch_len;
    r->scratch_len += f->len;
    f->copied = 1;
  }
  if (reserve_scratch(r, n + 1)) { /* + 1: push_field's NUL then never reallocates */
    fail_nomem(r);
    return;
  }
  memcpy(r->scratch + r->scratch_len, s, n);
  r->scratch_len += n;
  f->len += n;
}

/* Reads an unquoted field: its value is its bytes exactly as written. */
static int read_unquoted(cg_csv *r, csv_field *f) {
  const unsigned char *start = r->pos, *p = start, *end = r->end;
  for (;;) {
    p = skip_plain(p, end, STOP_UNQUOTED);
    if (p == end || *p == ',' || *p == '\n' || *p == '\r') break;
    if (*p == '"') {
      fail(r, r->line, column_at(r, p), "quote character inside an unquoted field");
      r->pos = p;
      return FIELD_BAD_SHAPE;
    }
    p = step_special(r, p);
  }
  r->pos = p;
  append(r, f, start, (size_t)(p - start));
  return FIELD_OK;
}

/*
 * Reads a quoted field from its opening quote. The value is copied in runs
 * that end at each doubled quote (one quote of the pair is kept); line breaks
 * inside are kept as written but still counted, so later positions are right.
 */
static int read_quoted(cg_csv *r, csv_field *f) {
  const unsigned char *p = r->pos + 1, *run = p, *end = r->end;
  for (;;) {
    p = skip_plain(p, end, STOP_QUOTED);
    if (p == end && cross_limit(r)) {
      end = r->end;
      continue;
    }
    if (p == end) {
      fail_always(r, f->line, f->column, "unterminated quoted field");
      r->pos = end;
      return FIELD_UNTERMINATED;
    }
    if (*p == '"') {
      if (p + 1 < end && p[1] == '"') {
        append(r, f, run, (size_t)(p + 1 - run));
        p += 2;
        run = p;
        continue;
      }
      append(r, f, run, (size_t)(p - run));
      r->pos = ++p;
      if (p == end || *p == ',' || *p == '\n' || *p == '\r') return FIELD_OK;
      fail(r, r->line, column_at(r, p), "unexpected character after closing quote");
      return FIELD_BAD_SHAPE;
    }
    p = (*p == '\n' || *p == '\r') ? step_newline(r, p) : step_special(r, p);
  }
}

/* The slow path of push_field: doubles the field array. */
static int grow_fields(cg_csv *r) {
  return CG_GROW(r->fields, r->fields_cap, r->nfields, 16);
}

/* Appends a finished field to the record: NUL-terminates it and records it. */
static inline void push_field(cg_csv *r, const csv_field *f) {
  if (r->failed) return;
  int in_scratch = !r->text || f->copied;
  if ((in_scratch && reserve_scratch(r, 1)) || (r->nfields == r->fields_cap && grow_fields(r))) {
    fail_nomem(r);
    return;
  }
  if (in_scratch) r->scratch[r->scratch_len++] = '\0';
  r->fields[r->nfields++] = *f;
}

/* Reads one field at r->pos, leaving r->pos on what ends it. */
static int read_field(cg_csv *r) {
  int quoted = r->pos < r->end && *r->pos == '"';
  size_t off = r->text ? (size_t)((const char *)r->pos - r->text) + (size_t)quoted : r->scratch_len;
  csv_field f = {off, 0, r->line, column_at(r, r->pos), quoted, 0};
  if (r->max_fields && r->nfields == r->max_fields)
    fail(r, f.line, f.column, "record has more than %zu fields", r->max_fields);
  int rc = quoted ? read_quoted(r, &f) : read_unquoted(r, &f);
  if (rc == FIELD_OK) push_field(r, &f);
  return rc;
}

int cg_csv_next(cg_csv *r, cg_diags *diags) {
  r->nfields = 0;
  r->scratch_len = 0;
  r->failed = 0;
  r->diags = diags;
  if (r->pos >= r->end) return 0;
  r->record_line = r->line;
  for (;;) {
    int rc = read_field(r);
    if (rc == FIELD_BAD_SHAPE) skip_line(r);
    if (rc != FIELD_OK) break;
    if (r->pos == r->end) break;
    if (*r->pos != ',') {
      r->pos = step_newline(r, r->pos);
      break;
    }
    r->pos++;
  }
  if (!r->failed) {
    if (r->text && !r->view) /* the scan is over: the byte after each field is free */
      for (size_t i = 0; i < r->nfields; i++)
        r->text[r->fields[i].off + r->fields[i].len] = '\0';
    return 1;
  }
  r->nfields = 0;
  if (r->nomem) r->pos = r->end;
  return -1;
}

size_t cg_csv_nfields(const cg_csv *r) {
  return r->nfields;
}

const char *cg_csv_field(const cg_csv *r, size_t i, size_t *len) {
  if (i >= r->nfields) {
    if (len) *len = 0;
    return "";
  }
  if (len) *len = r->fields[i].len;
  return (r->text && !r->fields[i].copied ? r->text : r->scratch) + r->fields[i].off;
}

int cg_csv_field_copied(const cg_csv *r, size_t i) {
  return i < r->nfields && r->fields[i].copied;
}

unsigned long cg_csv_field_line(const cg_csv *r, size_t i) {
  return i < r->nfields ? r->fields[i].line : 0;
}

unsigned long cg_csv_field_column(const cg_csv *r, size_t i) {
  return i < r->nfields ? r->fields[i].column : 0;
}

int cg_csv_field_quoted(const cg_csv *r, size_t i) {
  return i < r->nfields ? r->fields[i].quoted : 0;
}

unsigned long cg_csv_record_line(const cg_csv *r) {
  return r->record_line;
}

int cg_csv_record_blank(const cg_csv *r) {
  return r->nfields == 1 && r->fields[0].len == 0 && !r->fields[0].quoted;
}

/* A field needs quotes when a reader would otherwise split or trim it. */
static int needs_quotes(const char *s, size_t n) {
  if (n == 0) return 0;
  if (s[0] == ' ' || s[n - 1] == ' ') return 1;
  return strpbrk(s, ",\"\r\n") != NULL;
}

cg_status cg_csv_write_field(cg_buf *out, const char *value) {
  const char *s = value ? value : "";
  size_t n = strlen(s);
  if (!needs_quotes(s, n)) return cg_buf_append(out, s, n);
  cg_buf_putc(out, '"');
  /* Each quote is written twice: the run up to and including it, then one more. */
  for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
    cg_buf_append(out, s, (size_t)(q + 1 - s));
    cg_buf_putc(out, '"');
  }
  cg_buf_puts(out, s);
  cg_buf_putc(out, '"');
  return cg_buf_status(out);
}
