/*
 * test_json.c - unit tests of the streaming JSON writer: string escaping
 * (quotes, backslashes, control characters, U+2028/U+2029, "</", invalid
 * UTF-8), commas and indentation in nested containers, and numbers.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include "core/json_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void expect_escape(const char *in, const char *want) {
  cg_buf b = CG_BUF_INIT;
  cg_json_escape(&b, in);
  assert_int_equal(cg_buf_status(&b), CG_OK);
  assert_string_equal(cg_buf_str(&b), want);
  cg_buf_free(&b);
}

static void test_escape_ascii(void **state) {
  (void)state;
  expect_escape("", "\"\"");
  expect_escape(NULL, "\"\"");
  expect_escape("plain text", "\"plain text\"");
  expect_escape("say \"hi\"", "\"say \\\"hi\\\"\"");
  expect_escape("C:\\dir\\", "\"C:\\\\dir\\\\\"");
  expect_escape("a/b", "\"a/b\""); /* a lone slash is left alone */
  expect_escape("</script>", "\"<\\/script>\"");
  expect_escape("a<b", "\"a<b\"");
}

/* HTML-safe strings: nothing that could end a <script> or break XML. */
static void test_escape_html(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  cg_json_escape_html(&b, "</script><!--a&b]]>\xe2\x80\xa8\"");
  assert_int_equal(cg_buf_status(&b), CG_OK);
  assert_string_equal(cg_buf_str(&b),
                      "\"\\u003c/script\\u003e\\u003c!--a\\u0026b]]\\u003e\\u2028\\\"\"");
  cg_buf_clear(&b);
  cg_json j;
  cg_json_init(&j, &b, 0);
  j.html = 1;
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "<k>", "x</y");
  cg_json_end_object(&j);
  assert_string_equal(cg_buf_str(&b), "{\"\\u003ck\\u003e\":\"x\\u003c/y\"}");
  cg_buf_free(&b);
}

static void test_escape_control(void **state) {
  (void)state;
  expect_escape("a\nb\tc\rd", "\"a\\nb\\tc\\rd\"");
  expect_escape("\b\f", "\"\\b\\f\"");
  expect_escape("\x01\x1f", "\"\\u0001\\u001f\"");
  expect_escape("\x7f", "\"\x7f\""); /* DEL needs no escape in JSON */
}

static void test_escape_unicode(void **state) {
  (void)state;
  expect_escape("europ\xc3\xa9"
                "enne",
                "\"europ\xc3\xa9"
                "enne\"");
  expect_escape("宇宙", "\"宇宙\"");
  expect_escape("\xf0\x9f\x9a\x80", "\"\xf0\x9f\x9a\x80\""); /* U+1F680, 4 bytes */
  expect_escape("a\xe2\x80\xa8"
                "b\xe2\x80\xa9",
                "\"a\\u2028b\\u2029\"");
}

static void test_escape_invalid_utf8(void **state) {
  (void)state;
  expect_escape("a\xff"
                "b",
                "\"a\\ufffdb\"");
  expect_escape("\x80", "\"\\ufffd\"");                       /* stray continuation byte */
  expect_escape("\xc3", "\"\\ufffd\"");                       /* cut short at the end */
  expect_escape("\xc0\xaf", "\"\\ufffd\\ufffd\"");            /* overlong '/' */
  expect_escape("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* a surrogate */
  expect_escape("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\""); /* above U+10FFFF */
}

static void test_compact_nesting(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  cg_json j;
  cg_json_init(&j, &b, 0);
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "a", "x");
  cg_json_key(&j, "list");
  cg_json_begin_array(&j);
  cg_json_int(&j, 1);
  cg_json_int(&j, -2);
  cg_json_begin_object(&j);
  cg_json_end_object(&j);
  cg_json_begin_array(&j);
  cg_json_end_array(&j);
  cg_json_null(&j);
  cg_json_bool(&j, 1);
  cg_json_bool(&j, 0);
  cg_json_end_array(&j);
  cg_json_kv_int(&j, "n", 9007199254740993LL);
  cg_json_end_object(&j);
  assert_string_equal(cg_buf_str(&b),
                      "{\"a\":\"x\",\"list\":[1,-2,{},[],null,true,false],\"n\":9007199254740993}");
  cg_buf_free(&b);
}

static void test_pretty_layout(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  cg_json j;
  cg_json_init(&j, &b, 1);
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "name", "ESA");
  cg_json_key(&j, "empty");
  cg_json_begin_array(&j);
  cg_json_end_array(&j);
  cg_json_key(&j, "parties");
  cg_json_begin_array(&j);
  cg_json_string(&j, "A");
  cg_json_begin_object(&j);
  cg_json_kv_double(&j, "w", 0.5);
  cg_json_end_object(&j);
  cg_json_end_array(&j);
  cg_json_end_object(&j);
  assert_string_equal(cg_buf_str(&b), "{\n"
                                      "  \"name\": \"ESA\",\n"
                                      "  \"empty\": [],\n"
                                      "  \"parties\": [\n"
                                      "    \"A\",\n"
                                      "    {\n"
                                      "      \"w\": 0.5\n"
                                      "    }\n"
                                      "  ]\n"
                                      "}\n");
  cg_buf_free(&b);
}

static void test_top_level_array(void **state) {
  (void)state;
  cg_buf b = CG_BUF_INIT;
  cg_json j;
  cg_json_init(&j, &b, 1);
  cg_json_begin_array(&j);
  cg_json_end_array(&j);
  assert_string_equal(cg_buf_str(&b), "[]\n");
  cg_buf_free(&b);
}

static void expect_double(double v, const char *want) {
  cg_buf b = CG_BUF_INIT;
  cg_json j;
  cg_json_init(&j, &b, 0);
  cg_json_begin_array(&j);
  cg_json_double(&j, v);
  cg_json_end_array(&j);
  char full[64];
  snprintf(full, sizeof full, "[%s]", want);
  assert_string_equal(cg_buf_str(&b), full);
  cg_buf_free(&b);
}

static void test_doubles(void **state) {
  (void)state;
  expect_double(0.1, "0.1");
  expect_double(1.0, "1.0");
  expect_double(0.0, "0.0");
  expect_double(-2.0, "-2.0");
  expect_double(1.0 / 3.0, "0.3333333333333333");
  expect_double(0.1 + 0.2, "0.30000000000000004");
  expect_double(1e-300, "1e-300");
  expect_double(1e22, "1e+22");
  expect_double(123456.0, "123456.0");
  expect_double(NAN, "null");
  expect_double(INFINITY, "null");
  expect_double(-INFINITY, "null");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_escape_ascii),
      cmocka_unit_test(test_escape_html),
      cmocka_unit_test(test_escape_control),
      cmocka_unit_test(test_escape_unicode),
      cmocka_unit_test(test_escape_invalid_utf8),
      cmocka_unit_test(test_compact_nesting),
      cmocka_unit_test(test_pretty_layout),
      cmocka_unit_test(test_top_level_array),
      cmocka_unit_test(test_doubles),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
