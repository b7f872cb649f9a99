/*
 * test_escape.c - unit tests of the text escapers: HTML/XML text with and
 * without Graphviz line breaks, Graphviz escString text, and Markdown table cells; control
 * characters, UTF-8 passing through, and the empty string.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "core/escape_internal.h"

#include <string.h>

static void check(void (*fn)(cg_buf *, const char *, int), int arg, const char *in,
                  const char *want) {
  cg_buf b = CG_BUF_INIT;
  fn(&b, in, arg);
  assert_int_equal(cg_buf_status(&b), CG_OK);
  assert_string_equal(cg_buf_str(&b), want);
  cg_buf_free(&b);
}

static void gv(cg_buf *b, const char *s, int flat) {
  cg_gv_text_escape(b, s, flat);
}

static void md(cg_buf *b, const char *s, int unused) {
  (void)unused;
  cg_md_cell_escape(b, s);
}

static void test_html(void **state) {
  check(cg_html_escape, 0, "", "");
  check(cg_html_escape, 0, "ESA", "ESA");
  check(cg_html_escape, 0, "R&D <b>\"x\" 'y'", "R&amp;D &lt;b&gt;&quot;x&quot; &#39;y&#39;");
  check(cg_html_escape, 0, "a\nb\tc\rd", "a\nb\tc\rd");
  /* Controls XML cannot hold become U+FFFD; UTF-8 passes through. */
  check(cg_html_escape, 0, "a\x01z\x1f", "a\xEF\xBF\xBDz\xEF\xBF\xBD");
  for (int c = 1; c < 0x20; c++) {
    char in[2] = {(char)c, 0};
    int kept = c == '\t' || c == '\n' || c == '\r';
    check(cg_html_escape, 0, in, kept ? in : "\xEF\xBF\xBD");
  }
  check(cg_html_escape, 0, "Roscosmos \xD0\xA0\xD0\xBE\xD1\x81", "Roscosmos \xD0\xA0\xD0\xBE\xD1\x81");
  check(cg_html_escape, 0, "\x7f|\\", "\x7f|\\");
  (void)state;
}

static void test_html_br(void **state) {
  check(cg_html_escape, 1, "European\nSpace Agency", "European<BR/>Space Agency");
  check(cg_html_escape, 1, "&\n<", "&amp;<BR/>&lt;");
  check(cg_html_escape, 1, "\x0b", "\xEF\xBF\xBD");
  (void)state;
}

static void test_md_cell(void **state) {
  check(md, 0, "", "");
  check(md, 0, "a|b\\c", "a\\|b\\\\c");
  check(md, 0, "R&D <i>", "R&amp;D &lt;i&gt;");
  /* One line per cell; quotes mean nothing in Markdown. */
  check(md, 0, "two\r\nlines", "two  lines");
  check(md, 0, "\"q\" 'a'", "\"q\" 'a'");
  (void)state;
}

static void test_gv_text(void **state) {
  check(gv, 0, "", "");
  /* \N would be the node's name, &amp; the entity: both kept as written. */
  check(gv, 0, "a\\Nb & <c> \"d\"", "a\\\\Nb &amp; <c> \"d\"");
  check(gv, 0, "two\nlines", "two\nlines");
  check(gv, 1, "two\r\nlines", "two  lines");
  (void)state;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_html),
      cmocka_unit_test(test_html_br),
      cmocka_unit_test(test_md_cell),
      cmocka_unit_test(test_gv_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
