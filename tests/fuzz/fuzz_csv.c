/*
 * fuzz_csv.c - fuzz target of the CSV reader (csv.h).
 *
 * Input: one byte of options (low nibble: max_field is 2^n bytes, 0 for the
 * default; high nibble: max_fields, 0 for no limit), then the CSV text.
 * Besides surviving the input, the reader must keep its promises: it always
 * makes progress, each failed record adds one error (two when an
 * unterminated quote follows another error), fields respect the limits and
 * hold neither NUL nor invalid UTF-8, positions only move forward, and every
 * record it accepts, written back with cg_csv_write_field, reads back the same.
 */
#include "common.h"

#include <coopgraph/buf.h>
#include <coopgraph/csv.h>

#include <string.h>

/* 1 when s[0..n) is valid UTF-8 (the reader's rules: no overlongs, no surrogates). */
static int valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || n - i < len) return 0;
    unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (s[i + 1] < lo || s[i + 1] > hi) return 0;
    for (size_t k = 2; k < len; k++)
      if ((s[i + k] & 0xC0) != 0x80) return 0;
    i += len;
  }
  return 1;
}

/* Writes the current record of r back as CSV and checks it reads back the same. */
static void check_round_trip(const cg_csv *r, const cg_csv_options *opts) {
  cg_buf b = CG_BUF_INIT;
  /* A leading byte-order mark is skipped once, so one of ours keeps a field's own. */
  cg_buf_puts(&b, "\xEF\xBB\xBF");
  size_t n = cg_csv_nfields(r);
  for (size_t i = 0; i < n; i++) {
    if (i) cg_buf_putc(&b, ',');
    FUZZ_CHECK(cg_csv_write_field(&b, cg_csv_field(r, i, NULL)) == CG_OK);
  }
  cg_buf_putc(&b, '\n');
  FUZZ_CHECK(cg_buf_status(&b) == CG_OK);
  cg_csv *again = cg_csv_new(b.data, b.len, "again.csv", opts);
  FUZZ_CHECK(again != NULL);
  FUZZ_CHECK(cg_csv_next(again, NULL) == 1);
  FUZZ_CHECK(cg_csv_nfields(again) == n);
  for (size_t i = 0; i < n; i++) {
    size_t la, lb;
    const char *fa = cg_csv_field(r, i, &la), *fb = cg_csv_field(again, i, &lb);
    FUZZ_CHECK(la == lb && memcmp(fa, fb, la) == 0);
  }
  FUZZ_CHECK(cg_csv_next(again, NULL) == 0);
  cg_csv_free(again);
  cg_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  cg_csv_options opts = CG_CSV_OPTIONS_INIT;
  unsigned shift = data[0] & 0x0F;
  opts.max_field = shift ? (size_t)1 << shift : 0;
  opts.max_fields = data[0] >> 4;
  size_t max_field = opts.max_field ? opts.max_field : CG_CSV_DEFAULT_MAX_FIELD;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;

  cg_csv *r = cg_csv_new(len ? text : NULL, len, "fuzz.csv", &opts);
  cg_diags *diags = cg_diags_new(8);
  FUZZ_CHECK(r && diags);
  unsigned long last_line = 0;
  size_t calls = 0;
  int rc;
  do {
    size_t errors = cg_diags_errors(diags);
    rc = cg_csv_next(r, diags);
    /* Each call consumes at least one byte or ends the input. */
    FUZZ_CHECK(++calls <= len + 1);
    size_t added = cg_diags_errors(diags) - errors;
    if (rc != -1) FUZZ_CHECK(added == 0);
    if (rc == -1) FUZZ_CHECK(added == 1 || added == 2);
    if (rc == -1) FUZZ_CHECK(cg_csv_nfields(r) == 0);
    if (rc != 1) continue;
    size_t n = cg_csv_nfields(r);
    FUZZ_CHECK(n >= 1);
    if (opts.max_fields) FUZZ_CHECK(n <= opts.max_fields);
    unsigned long line = cg_csv_record_line(r);
    FUZZ_CHECK(line > last_line);
    last_line = line;
    for (size_t i = 0; i < n; i++) {
      size_t flen;
      const char *f = cg_csv_field(r, i, &flen);
      FUZZ_CHECK(f[flen] == '\0' && strlen(f) == flen && flen <= max_field);
      FUZZ_CHECK(valid_utf8((const unsigned char *)f, flen));
      FUZZ_CHECK(cg_csv_field_line(r, i) >= line && cg_csv_field_column(r, i) >= 1);
      last_line = cg_csv_field_line(r, i) > last_line ? cg_csv_field_line(r, i) : last_line;
      /* Line breaks inside quotes move the line on; so may only quoted fields. */
      if (i && cg_csv_field_line(r, i) == cg_csv_field_line(r, i - 1))
        FUZZ_CHECK(cg_csv_field_column(r, i) > cg_csv_field_column(r, i - 1));
    }
    FUZZ_CHECK(cg_csv_field(r, n, NULL)[0] == '\0' && cg_csv_field_line(r, n) == 0);
    check_round_trip(r, &opts);
  } while (rc != 0);
  /* Past the end, the reader stays there. */
  FUZZ_CHECK(cg_csv_next(r, diags) == 0);
  for (size_t i = 0; i < cg_diags_kept(diags); i++) {
    const cg_diag *d = cg_diags_get(diags, i);
    char buf[256];
    FUZZ_CHECK(d->line >= 1 && cg_diag_format(d, buf, sizeof buf) == buf);
  }
  cg_diags_free(diags);
  cg_csv_free(r);
  return 0;
}
