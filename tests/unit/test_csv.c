/*
 * test_csv.c - unit tests of the CSV reader and writer: every RFC 4180 case,
 * line and column bookkeeping, each error with its exact message and
 * position, recovery after errors, the limits, and writer round trips.
 * Every reader test runs twice: over a copy (cg_csv_new) and in place
 * (cg_csv_new_inplace), which must read exactly the same records.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "data/csv_internal.h"

#include <coopgraph/buf.h>
#include <coopgraph/csv.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATH "test.csv"

/* Everything one test needs: the reader, the diagnostics it fills, the in-place buffer. */
typedef struct reader {
  cg_csv *csv;
  cg_diags *diags;
  char *text;
} reader;

/* Set by the group setup: 1 while the tests run the in-place reader. */
static int inplace;

static reader open_n(const char *data, size_t len, const cg_csv_options *opts) {
  reader r = {NULL, cg_diags_new(0), NULL};
  if (inplace) {
    /* A writable copy one byte longer than the input, as the in-place reader needs. */
    r.text = malloc(len + 1);
    assert_non_null(r.text);
    memcpy(r.text, data, len);
    r.text[len] = 'X'; /* must never show up in a field */
    r.csv = cg_csv_new_inplace(r.text, len, PATH, opts);
  } else {
    r.csv = cg_csv_new(data, len, PATH, opts);
  }
  assert_non_null(r.csv);
  assert_non_null(r.diags);
  return r;
}

static reader open_s(const char *data) {
  return open_n(data, strlen(data), NULL);
}

static void close_r(reader *r) {
  cg_csv_free(r->csv);
  cg_diags_free(r->diags);
  free(r->text);
}

/* Reads the next record and checks it has exactly the n given fields. */
static void expect_record(reader *r, size_t n, ...) {
  assert_int_equal(cg_csv_next(r->csv, r->diags), 1);
  assert_int_equal(cg_csv_nfields(r->csv), n);
  va_list ap;
  va_start(ap, n);
  for (size_t i = 0; i < n; i++) {
    const char *want = va_arg(ap, const char *);
    size_t len = 0;
    const char *got = cg_csv_field(r->csv, i, &len);
    assert_string_equal(got, want);
    assert_int_equal(len, strlen(want));
  }
  va_end(ap);
}

static void expect_field_at(reader *r, size_t i, unsigned long line, unsigned long column) {
  assert_int_equal(cg_csv_field_line(r->csv, i), line);
  assert_int_equal(cg_csv_field_column(r->csv, i), column);
}

static void expect_end(reader *r) {
  assert_int_equal(cg_csv_next(r->csv, r->diags), 0);
  assert_int_equal(cg_csv_nfields(r->csv), 0);
  assert_int_equal(cg_csv_next(r->csv, r->diags), 0); /* and it stays there */
}

/* Reads the next record, expecting it to fail with exactly this diagnostic. */
static void expect_error(reader *r, unsigned long line, unsigned long column, const char *msg) {
  size_t before = cg_diags_kept(r->diags);
  assert_int_equal(cg_csv_next(r->csv, r->diags), -1);
  assert_int_equal(cg_csv_nfields(r->csv), 0);
  assert_int_equal(cg_diags_kept(r->diags), before + 1);
  const cg_diag *d = cg_diags_get(r->diags, before);
  assert_int_equal(d->severity, CG_SEV_ERROR);
  assert_string_equal(d->path, PATH);
  assert_string_equal(d->message, msg);
  assert_int_equal(d->line, line);
  assert_int_equal(d->column, column);
}

/* The whole input is one bad record followed by a good line "ok". */
static void expect_only_error(const char *data, size_t len, unsigned long line,
                              unsigned long column, const char *msg) {
  reader r = open_n(data, len, NULL);
  expect_error(&r, line, column, msg);
  expect_record(&r, 1, "ok");
  expect_end(&r);
  close_r(&r);
}

/* For string literals, which may hold NUL bytes. */
#define EXPECT_ONLY_ERROR(lit, line, column, msg)                                                  \
  expect_only_error(lit, sizeof(lit) - 1, line, column, msg)

static void test_simple(void **state) {
  (void)state;
  reader r = open_s("a,b,c\n1,22,333\n");
  expect_record(&r, 3, "a", "b", "c");
  assert_int_equal(cg_csv_record_line(r.csv), 1);
  expect_field_at(&r, 0, 1, 1);
  expect_field_at(&r, 1, 1, 3);
  expect_field_at(&r, 2, 1, 5);
  assert_false(cg_csv_record_blank(r.csv));
  expect_record(&r, 3, "1", "22", "333");
  assert_int_equal(cg_csv_record_line(r.csv), 2);
  expect_field_at(&r, 2, 2, 6);
  expect_end(&r);
  assert_int_equal(cg_diags_errors(r.diags), 0);
  close_r(&r);
}

static void test_empty_input(void **state) {
  (void)state;
  reader r = open_s("");
  expect_end(&r);
  close_r(&r);
  cg_csv *c = cg_csv_new(NULL, 0, PATH, NULL);
  assert_non_null(c);
  assert_int_equal(cg_csv_next(c, NULL), 0);
  cg_csv_free(c);
  cg_csv_free(NULL);
}

static void test_quoted(void **state) {
  (void)state;
  reader r = open_s("\"a\",\"b c\",d\n");
  expect_record(&r, 3, "a", "b c", "d");
  expect_field_at(&r, 1, 1, 5);
  expect_field_at(&r, 2, 1, 11);
  assert_true(cg_csv_field_quoted(r.csv, 0));
  assert_true(cg_csv_field_quoted(r.csv, 1));
  assert_false(cg_csv_field_quoted(r.csv, 2));
  assert_false(cg_csv_field_quoted(r.csv, 3)); /* out of range */
  expect_end(&r);
  close_r(&r);
}

static void test_doubled_quotes(void **state) {
  (void)state;
  reader r = open_s("\"he said \"\"hi\"\"\",\"\"\"\",\"\"\"\"\"\",\"a\"\"\"\n");
  expect_record(&r, 4, "he said \"hi\"", "\"", "\"\"", "a\"");
  expect_end(&r);
  close_r(&r);
}

static void test_embedded_comma(void **state) {
  (void)state;
  reader r = open_s("\"a,b\",c,\",\"\n");
  expect_record(&r, 3, "a,b", "c", ",");
  expect_field_at(&r, 1, 1, 7);
  expect_end(&r);
  close_r(&r);
}

static void test_embedded_lf(void **state) {
  (void)state;
  reader r = open_s("\"a\nb\",c\nd,e\n");
  expect_record(&r, 2, "a\nb", "c");
  expect_field_at(&r, 0, 1, 1);
  expect_field_at(&r, 1, 2, 4);
  expect_record(&r, 2, "d", "e");
  assert_int_equal(cg_csv_record_line(r.csv), 3);
  expect_field_at(&r, 1, 3, 3);
  expect_end(&r);
  close_r(&r);
}

static void test_embedded_crlf(void **state) {
  (void)state;
  reader r = open_s("x,\"a\r\n\r\nb\"\r\nd\r\n");
  expect_record(&r, 2, "x", "a\r\n\r\nb");
  expect_field_at(&r, 1, 1, 3);
  expect_record(&r, 1, "d");
  assert_int_equal(cg_csv_record_line(r.csv), 4);
  expect_end(&r);
  close_r(&r);
}

static void test_embedded_cr(void **state) {
  (void)state;
  reader r = open_s("\"a\rb\",c\rd");
  expect_record(&r, 2, "a\rb", "c");
  expect_field_at(&r, 1, 2, 4);
  expect_record(&r, 1, "d");
  assert_int_equal(cg_csv_record_line(r.csv), 3);
  expect_end(&r);
  close_r(&r);
}

static void test_line_ends(void **state) {
  (void)state;
  reader r = open_s("a,b\r\nc\nd\re\r\n");
  expect_record(&r, 2, "a", "b");
  expect_record(&r, 1, "c");
  assert_int_equal(cg_csv_record_line(r.csv), 2);
  expect_record(&r, 1, "d");
  assert_int_equal(cg_csv_record_line(r.csv), 3);
  expect_record(&r, 1, "e");
  assert_int_equal(cg_csv_record_line(r.csv), 4);
  expect_end(&r);
  close_r(&r);
}

static void test_crlf_only(void **state) {
  (void)state;
  reader r = open_s("h1,h2\r\n1,2\r\n");
  expect_record(&r, 2, "h1", "h2");
  expect_record(&r, 2, "1", "2");
  expect_field_at(&r, 1, 2, 3);
  expect_end(&r);
  close_r(&r);
}

static void test_cr_only(void **state) {
  (void)state;
  reader r = open_s("h1,h2\r1,2\r");
  expect_record(&r, 2, "h1", "h2");
  expect_record(&r, 2, "1", "2");
  expect_field_at(&r, 1, 2, 3);
  expect_end(&r);
  close_r(&r);
}

static void test_bom(void **state) {
  (void)state;
  reader r = open_s("\xEF\xBB\xBF"
                    "a,b\nc\n");
  expect_record(&r, 2, "a", "b");
  expect_field_at(&r, 0, 1, 1);
  expect_field_at(&r, 1, 1, 3);
  expect_record(&r, 1, "c");
  expect_end(&r);
  close_r(&r);

  r = open_s("\xEF\xBB\xBF");
  expect_end(&r);
  close_r(&r);

  r = open_s("\xEF\xBB\xBF\"q\"\n");
  expect_record(&r, 1, "q");
  expect_field_at(&r, 0, 1, 1);
  expect_end(&r);
  close_r(&r);
}

static void test_bom_elsewhere_is_text(void **state) {
  (void)state;
  reader r = open_s("a,\xEF\xBB\xBF"
                    "b,c\n\xEF\xBB\xBF\n");
  expect_record(&r, 3, "a",
                "\xEF\xBB\xBF"
                "b",
                "c");
  expect_field_at(&r, 2, 1, 6);
  expect_record(&r, 1, "\xEF\xBB\xBF");
  assert_false(cg_csv_record_blank(r.csv));
  expect_end(&r);
  close_r(&r);
}

static void test_no_final_newline(void **state) {
  (void)state;
  reader r = open_s("a,b\nc,d");
  expect_record(&r, 2, "a", "b");
  expect_record(&r, 2, "c", "d");
  expect_end(&r);
  close_r(&r);

  r = open_s("a,\"b\"");
  expect_record(&r, 2, "a", "b");
  expect_end(&r);
  close_r(&r);
}

static void test_empty_fields(void **state) {
  (void)state;
  reader r = open_s(",,\n,\"\",\n\"\"\n");
  expect_record(&r, 3, "", "", "");
  expect_field_at(&r, 2, 1, 3);
  expect_record(&r, 3, "", "", "");
  expect_field_at(&r, 1, 2, 2);
  expect_field_at(&r, 2, 2, 5);
  expect_record(&r, 1, "");
  assert_false(cg_csv_record_blank(r.csv)); /* an empty quoted field is not a blank line */
  expect_end(&r);
  close_r(&r);
}

static void test_trailing_empty_field(void **state) {
  (void)state;
  reader r = open_s("a,\nb,\r\nc,");
  expect_record(&r, 2, "a", "");
  expect_field_at(&r, 1, 1, 3);
  expect_record(&r, 2, "b", "");
  expect_record(&r, 2, "c", "");
  expect_field_at(&r, 1, 3, 3);
  expect_end(&r);
  close_r(&r);
}

static void test_blank_lines(void **state) {
  (void)state;
  reader r = open_s("a\n\nb\r\n\r\n\rc\n");
  expect_record(&r, 1, "a");
  assert_false(cg_csv_record_blank(r.csv));
  for (unsigned long line = 2; line <= 5; line++) {
    if (line == 3) {
      expect_record(&r, 1, "b");
      continue;
    }
    expect_record(&r, 1, "");
    assert_true(cg_csv_record_blank(r.csv));
    assert_int_equal(cg_csv_record_line(r.csv), line);
  }
  expect_record(&r, 1, "c");
  assert_int_equal(cg_csv_record_line(r.csv), 6);
  expect_end(&r);
  close_r(&r);
}

static void test_utf8_columns(void **state) {
  (void)state;
  reader r = open_s("\xC3\xA9,x\n\xE6\x97\xA5\xE6\x9C\xAC,\"\xF0\x9F\x9A\x80\",y\n");
  expect_record(&r, 2, "\xC3\xA9", "x");
  expect_field_at(&r, 1, 1, 3);
  expect_record(&r, 3, "\xE6\x97\xA5\xE6\x9C\xAC", "\xF0\x9F\x9A\x80", "y");
  expect_field_at(&r, 1, 2, 4);
  expect_field_at(&r, 2, 2, 8);
  expect_end(&r);
  close_r(&r);

  /* The column restarts after a line break inside a quoted field. */
  r = open_s("\"\xC3\xA9\xC3\xA9\n\xC3\xA9\",z\n");
  expect_record(&r, 2, "\xC3\xA9\xC3\xA9\n\xC3\xA9", "z");
  expect_field_at(&r, 1, 2, 4);
  close_r(&r);
}

static void test_accessors_out_of_range(void **state) {
  (void)state;
  reader r = open_s("a\n");
  expect_record(&r, 1, "a");
  size_t len = 99;
  assert_string_equal(cg_csv_field(r.csv, 1, &len), "");
  assert_int_equal(len, 0);
  assert_string_equal(cg_csv_field(r.csv, 1, NULL), "");
  assert_int_equal(cg_csv_field_line(r.csv, 1), 0);
  assert_int_equal(cg_csv_field_column(r.csv, 1), 0);
  close_r(&r);
}

static void test_error_unterminated(void **state) {
  (void)state;
  reader r = open_s("a,b\nc,\"de\nf,g\n");
  expect_record(&r, 2, "a", "b");
  expect_error(&r, 2, 3, "unterminated quoted field");
  expect_end(&r);
  close_r(&r);

  r = open_s("\xC3\xA9,\"");
  expect_error(&r, 1, 3, "unterminated quoted field");
  expect_end(&r);
  close_r(&r);
}

static void test_error_after_closing_quote(void **state) {
  (void)state;
  EXPECT_ONLY_ERROR("\"ab\"c,d\nok\n", 1, 5, "unexpected character after closing quote");
  EXPECT_ONLY_ERROR("x,\"\xC3\xA9\" \r\nok", 1, 6, "unexpected character after closing quote");
}

static void test_error_quote_in_unquoted(void **state) {
  (void)state;
  EXPECT_ONLY_ERROR("ab\"c,d\rok", 1, 3, "quote character inside an unquoted field");
  EXPECT_ONLY_ERROR("x, \"y\"\nok", 1, 4, "quote character inside an unquoted field");
}

/* Each malformed sequence is reported at its first byte. */
static void test_error_invalid_utf8(void **state) {
  (void)state;
  static const struct {
    const char *data;
    unsigned long column;
    const char *msg;
  } cases[] = {
      {"ab\xC3(,x\nok", 3, "invalid UTF-8 byte 0xC3"},        /* truncated by ASCII */
      {"\xC0\x80\nok", 1, "invalid UTF-8 byte 0xC0"},         /* overlong NUL */
      {"a\xC1\xBF\nok", 2, "invalid UTF-8 byte 0xC1"},        /* overlong */
      {"\xE0\x80\xAF\nok", 1, "invalid UTF-8 byte 0xE0"},     /* overlong 3-byte */
      {"\xF0\x80\x80\xAF\nok", 1, "invalid UTF-8 byte 0xF0"}, /* overlong 4-byte */
      {"\xED\xA0\x80\nok", 1, "invalid UTF-8 byte 0xED"},     /* surrogate U+D800 */
      {"\xF4\x90\x80\x80\nok", 1, "invalid UTF-8 byte 0xF4"}, /* above U+10FFFF */
      {"\xF5\x80\x80\x80\nok", 1, "invalid UTF-8 byte 0xF5"},
      {"\xFF\nok", 1, "invalid UTF-8 byte 0xFF"},
      {"x\x80y\nok", 2, "invalid UTF-8 byte 0x80"},                      /* stray continuation */
      {"\xC3\xA9\xE2\x82\nok", 2, "invalid UTF-8 byte 0xE2"},            /* truncated by LF */
      {"a,\"\xC3\xA9\xE9t\xC3\xA9\"\nok", 5, "invalid UTF-8 byte 0xE9"}, /* Latin-1, quoted */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    expect_only_error(cases[i].data, strlen(cases[i].data), 1, cases[i].column, cases[i].msg);

  /* Truncated by the end of the input. */
  reader r = open_s("ok\na\xE2\x82");
  expect_record(&r, 1, "ok");
  expect_error(&r, 2, 2, "invalid UTF-8 byte 0xE2");
  expect_end(&r);
  close_r(&r);

  /* Valid boundary code points pass. */
  r = open_s("\xC2\x80,\xEF\xBF\xBF,\xF0\x90\x80\x80,\xF4\x8F\xBF\xBF,\xED\x9F\xBF\n");
  expect_record(&r, 5, "\xC2\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
                "\xED\x9F\xBF");
  expect_field_at(&r, 4, 1, 9);
  close_r(&r);
}

static void test_error_nul(void **state) {
  (void)state;
  EXPECT_ONLY_ERROR("a\0b\nok", 1, 2, "NUL byte in input");
  EXPECT_ONLY_ERROR("x,\"\0\"\nok", 1, 4, "NUL byte in input");
}

static void test_field_length_limit(void **state) {
  (void)state;
  cg_csv_options opts = CG_CSV_OPTIONS_INIT;
  opts.max_field = 4;
  const char *data = "abcd,\"a\"\"bc\"\nx,abcde,y\n\"ab\"\"cd\"\nok\n";
  reader r = open_n(data, strlen(data), &opts);
  expect_record(&r, 2, "abcd", "a\"bc");
  expect_error(&r, 2, 3, "field longer than 4 bytes");
  expect_error(&r, 3, 1, "field longer than 4 bytes");
  expect_record(&r, 1, "ok");
  expect_end(&r);
  close_r(&r);

  /* The default limit is 64 KiB. */
  size_t n = CG_CSV_DEFAULT_MAX_FIELD;
  char *big = malloc(2 * n + 16);
  assert_non_null(big);
  memset(big, 'a', n);
  memcpy(big + n, "\nb,", 3);
  memset(big + n + 3, 'a', n + 1);
  memcpy(big + 2 * n + 4, "\nok\n", 4);
  r = open_n(big, 2 * n + 8, NULL);
  assert_int_equal(cg_csv_next(r.csv, r.diags), 1);
  assert_int_equal(cg_csv_nfields(r.csv), 1);
  assert_int_equal(strlen(cg_csv_field(r.csv, 0, NULL)), n);
  expect_error(&r, 2, 3, "field longer than 65536 bytes");
  expect_record(&r, 1, "ok");
  expect_end(&r);
  close_r(&r);
  free(big);
}

static void test_max_fields(void **state) {
  (void)state;
  cg_csv_options opts = CG_CSV_OPTIONS_INIT;
  opts.max_fields = 2;
  const char *data = "a,b\na,b,\"c\nc\",d\n\nok\n";
  reader r = open_n(data, strlen(data), &opts);
  expect_record(&r, 2, "a", "b");
  expect_error(&r, 2, 5, "record has more than 2 fields");
  expect_record(&r, 1, ""); /* the multi-line field was skipped whole */
  assert_int_equal(cg_csv_record_line(r.csv), 4);
  expect_record(&r, 1, "ok");
  expect_end(&r);
  close_r(&r);
}

/* Many fields: the field array grows, and unlimited is the default. */
static void test_many_fields(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  for (int i = 0; i < 1000; i++)
    cg_buf_printf(&b, i ? ",%d" : "%d", i);
  reader r = open_s(cg_buf_str(&b));
  assert_int_equal(cg_csv_next(r.csv, r.diags), 1);
  assert_int_equal(cg_csv_nfields(r.csv), 1000);
  assert_string_equal(cg_csv_field(r.csv, 999, NULL), "999");
  assert_string_equal(cg_csv_field(r.csv, 10, NULL), "10");
  expect_field_at(&r, 10, 1, 21);
  close_r(&r);
  cg_buf_free(&b);
}

/* After an error the reader goes on, so one pass collects every error. */
static void test_recovery(void **state) {
  (void)state;
  const char *data = "h1,h2\n"
                     "ab\"c,d\n"
                     "ok1,x\n"
                     "\"ab\"c\n"
                     "\"bad \xFF\n still in the field\",e\n"
                     "ok2,y\n"
                     "\xFF,\"never closed\n"
                     "lost\n";
  reader r = open_s(data);
  expect_record(&r, 2, "h1", "h2");
  expect_error(&r, 2, 3, "quote character inside an unquoted field");
  expect_record(&r, 2, "ok1", "x");
  expect_error(&r, 4, 5, "unexpected character after closing quote");
  expect_error(&r, 5, 6, "invalid UTF-8 byte 0xFF");
  expect_record(&r, 2, "ok2", "y");
  assert_int_equal(cg_csv_record_line(r.csv), 7);
  expect_field_at(&r, 1, 7, 5);
  /* An unterminated quote is reported even when its record already failed. */
  assert_int_equal(cg_csv_next(r.csv, r.diags), -1);
  assert_int_equal(cg_diags_errors(r.diags), 5);
  const cg_diag *d = cg_diags_get(r.diags, 3);
  assert_string_equal(d->message, "invalid UTF-8 byte 0xFF");
  assert_int_equal(d->line, 8);
  assert_int_equal(d->column, 1);
  d = cg_diags_get(r.diags, 4);
  assert_string_equal(d->message, "unterminated quoted field");
  assert_int_equal(d->line, 8);
  assert_int_equal(d->column, 3);
  expect_end(&r);
  close_r(&r);
}

static void test_errors_without_diags(void **state) {
  (void)state;
  cg_csv *c = cg_csv_new("a\"\nb\n", 5, PATH, NULL);
  assert_non_null(c);
  assert_int_equal(cg_csv_next(c, NULL), -1);
  assert_int_equal(cg_csv_next(c, NULL), 1);
  assert_string_equal(cg_csv_field(c, 0, NULL), "b");
  assert_int_equal(cg_csv_next(c, NULL), 0);
  cg_csv_free(c);
}

static void expect_written(const char *value, const char *want) {
  cg_buf b = CG_BUF_INIT;
  assert_int_equal(cg_csv_write_field(&b, value), CG_OK);
  assert_string_equal(cg_buf_str(&b), want);
  cg_buf_free(&b);
}

static void test_writer_quoting(void **state) {
  (void)state;
  expect_written("plain", "plain");
  expect_written("", "");
  expect_written("a,b", "\"a,b\"");
  expect_written("say \"hi\"", "\"say \"\"hi\"\"\"");
  expect_written("\"", "\"\"\"\"");
  expect_written("a\nb", "\"a\nb\"");
  expect_written("a\rb", "\"a\rb\"");
  expect_written(" lead", "\" lead\"");
  expect_written("trail ", "\"trail \"");
  expect_written(" ", "\" \"");
  expect_written("in side", "in side");
  expect_written("\xC3\xA9t\xC3\xA9", "\xC3\xA9t\xC3\xA9");
}

static void test_writer_round_trip(void **state) {
  (void)state;
  static const char *const values[] = {
      "plain",     "",      "a,b",    "say \"hi\"", "\"", "\"\"",        "line\nbreak", "cr\rx",
      "crlf\r\nx", " lead", "trail ", "\xC3\xA9",   ",",  "\"a\",\"b\"", "end"};
  size_t n = sizeof values / sizeof values[0];
  cg_buf b = CG_BUF_INIT;
  for (int row = 0; row < 2; row++) {
    for (size_t i = 0; i < n; i++) {
      if (i) cg_buf_putc(&b, ',');
      assert_int_equal(cg_csv_write_field(&b, values[i]), CG_OK);
    }
    cg_buf_puts(&b, "\r\n");
  }
  reader r = open_s(cg_buf_str(&b));
  for (int row = 0; row < 2; row++) {
    assert_int_equal(cg_csv_next(r.csv, r.diags), 1);
    assert_int_equal(cg_csv_nfields(r.csv), n);
    for (size_t i = 0; i < n; i++)
      assert_string_equal(cg_csv_field(r.csv, i, NULL), values[i]);
  }
  expect_end(&r);
  assert_int_equal(cg_diags_errors(r.diags), 0);
  close_r(&r);
  cg_buf_free(&b);
}

/*
 * The scan skips plain bytes 16 at a time: a byte that matters must stop it
 * at every offset within and across those blocks, in and out of quotes.
 */
static void test_stops_at_every_offset(void **state) {
  (void)state;
  char data[400], want[48];
  for (size_t k = 0; k < 40; k++) {
    memset(want, 'a', k);
    want[k] = '\0';
    /* A comma, CRLF, and a UTF-8 letter at offset k of an unquoted field. */
    snprintf(data, sizeof data, "%s,%s\r\n%s\xC3\xA9%s\n", want, want, want, want);
    reader r = open_s(data);
    expect_record(&r, 2, want, want);
    char utf[120];
    snprintf(utf, sizeof utf, "%s\xC3\xA9%s", want, want);
    expect_record(&r, 1, utf);
    expect_end(&r);
    close_r(&r);
    /* In quotes, a comma and a line break are text; a doubled quote is one quote. */
    snprintf(data, sizeof data, "\"%s,\n%s\"\"%s\",x\n", want, want, want);
    r = open_s(data);
    char quoted[160];
    snprintf(quoted, sizeof quoted, "%s,\n%s\"%s", want, want, want);
    expect_record(&r, 2, quoted, "x");
    expect_end(&r);
    close_r(&r);
    /* A bad byte is reported at its own column. */
    snprintf(data, sizeof data, "%s\xFF%s\nok\n", want, want);
    r = open_s(data);
    expect_error(&r, 1, k + 1, "invalid UTF-8 byte 0xFF");
    expect_record(&r, 1, "ok");
    expect_end(&r);
    close_r(&r);
  }
}

/* In place, fields stay valid after later records are read; they are slices of the buffer. */
static void test_inplace_fields_persist(void **state) {
  (void)state;
  char text[] = "id,\"say \"\"hi\"\"\"\r\nA1,\"x,\ny\"\nB2,last";
  size_t len = sizeof text - 1; /* the final NUL is the byte after the input */
  cg_csv *r = cg_csv_new_inplace(text, len, PATH, NULL);
  assert_non_null(r);
  const char *f[4][2];
  for (int rec = 0; rec < 4; rec++) {
    int got = cg_csv_next(r, NULL);
    if (rec == 3) {
      assert_int_equal(got, 0);
      break;
    }
    assert_int_equal(got, 1);
    for (size_t i = 0; i < 2; i++) {
      f[rec][i] = cg_csv_field(r, i, NULL);
      assert_true(f[rec][i] >= text && f[rec][i] < text + sizeof text);
    }
  }
  assert_string_equal(f[0][0], "id");
  assert_string_equal(f[0][1], "say \"hi\"");
  assert_string_equal(f[1][0], "A1");
  assert_string_equal(f[1][1], "x,\ny");
  assert_string_equal(f[2][0], "B2");
  assert_string_equal(f[2][1], "last");
  cg_csv_free(r);
}

static int use_copy(void **state) {
  (void)state;
  inplace = 0;
  return 0;
}

static int use_inplace(void **state) {
  (void)state;
  inplace = 1;
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_simple),
      cmocka_unit_test(test_empty_input),
      cmocka_unit_test(test_quoted),
      cmocka_unit_test(test_doubled_quotes),
      cmocka_unit_test(test_embedded_comma),
      cmocka_unit_test(test_embedded_lf),
      cmocka_unit_test(test_embedded_crlf),
      cmocka_unit_test(test_embedded_cr),
      cmocka_unit_test(test_line_ends),
      cmocka_unit_test(test_crlf_only),
      cmocka_unit_test(test_cr_only),
      cmocka_unit_test(test_bom),
      cmocka_unit_test(test_bom_elsewhere_is_text),
      cmocka_unit_test(test_no_final_newline),
      cmocka_unit_test(test_empty_fields),
      cmocka_unit_test(test_trailing_empty_field),
      cmocka_unit_test(test_blank_lines),
      cmocka_unit_test(test_utf8_columns),
      cmocka_unit_test(test_accessors_out_of_range),
      cmocka_unit_test(test_error_unterminated),
      cmocka_unit_test(test_error_after_closing_quote),
      cmocka_unit_test(test_error_quote_in_unquoted),
      cmocka_unit_test(test_error_invalid_utf8),
      cmocka_unit_test(test_error_nul),
      cmocka_unit_test(test_field_length_limit),
      cmocka_unit_test(test_max_fields),
      cmocka_unit_test(test_many_fields),
      cmocka_unit_test(test_recovery),
      cmocka_unit_test(test_errors_without_diags),
      cmocka_unit_test(test_writer_quoting),
      cmocka_unit_test(test_writer_round_trip),
      cmocka_unit_test(test_stops_at_every_offset),
  };
  const struct CMUnitTest inplace_only[] = {
      cmocka_unit_test(test_inplace_fields_persist),
  };
  int failed = cmocka_run_group_tests_name("copy", tests, use_copy, NULL);
  failed += cmocka_run_group_tests_name("in place", tests, use_inplace, NULL);
  return failed + cmocka_run_group_tests_name("in place only", inplace_only, NULL, NULL);
}
