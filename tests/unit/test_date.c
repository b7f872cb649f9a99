/*
 * test_date.c - unit tests of partial dates: parsing each form and every
 * rejected one (message and offset), leap years, day numbers, the intervals
 * of partial dates, ordering, and formatting round trips.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/date.h>

#include <string.h>

static cg_date parse_ok(const char *s) {
  cg_date d = {1, 1, 1, CG_DATE_DAY};
  char msg[128] = "";
  size_t off = 99;
  assert_int_equal(cg_date_parse(s, strlen(s), &d, msg, sizeof msg, &off), 0);
  assert_int_equal(off, 99); /* untouched on success */
  return d;
}

static void expect_date(const char *s, int year, int month, int day, cg_date_precision p) {
  cg_date d = parse_ok(s);
  assert_int_equal(d.year, year);
  assert_int_equal(d.month, month);
  assert_int_equal(d.day, day);
  assert_int_equal(d.precision, p);
}

static void expect_reject(const char *s, const char *msg_want, size_t off_want) {
  cg_date d = {2000, 1, 1, CG_DATE_DAY};
  char msg[128] = "";
  size_t off = 99;
  assert_int_equal(cg_date_parse(s, strlen(s), &d, msg, sizeof msg, &off), CG_ERR_DATA);
  assert_string_equal(msg, msg_want);
  assert_int_equal(off, off_want);
  assert_false(cg_date_known(d)); /* left unknown */
}

static int32_t day_number(const char *s) {
  return cg_date_first_day(parse_ok(s));
}

static void test_forms(void **state) {
  (void)state;
  expect_date("2005", 2005, 0, 0, CG_DATE_YEAR);
  expect_date("2005-03", 2005, 3, 0, CG_DATE_MONTH);
  expect_date("2005-03-07", 2005, 3, 7, CG_DATE_DAY);
  expect_date("0001", 1, 0, 0, CG_DATE_YEAR);
  expect_date("9999-12-31", 9999, 12, 31, CG_DATE_DAY);
  expect_date("", 0, 0, 0, CG_DATE_UNKNOWN);
  assert_false(cg_date_known(parse_ok("")));
  assert_true(cg_date_known(parse_ok("1957")));
}

/* Only len bytes are read: the string need not end there. */
static void test_length_bounds_input(void **state) {
  (void)state;
  cg_date d;
  assert_int_equal(cg_date_parse("2005-03-07", 4, &d, NULL, 0, NULL), 0);
  assert_int_equal(d.precision, CG_DATE_YEAR);
  assert_int_equal(cg_date_parse("2005-03-07", 7, &d, NULL, 0, NULL), 0);
  assert_int_equal(d.precision, CG_DATE_MONTH);
  assert_int_equal(cg_date_parse("2005-03-07", 0, &d, NULL, 0, NULL), 0);
  assert_int_equal(d.precision, CG_DATE_UNKNOWN);
}

static void test_leap_years(void **state) {
  (void)state;
  expect_date("2000-02-29", 2000, 2, 29, CG_DATE_DAY);
  expect_date("2024-02-29", 2024, 2, 29, CG_DATE_DAY);
  expect_date("1600-02-29", 1600, 2, 29, CG_DATE_DAY);
  expect_reject("1900-02-29", "day 29 does not exist in February 1900", 8);
  expect_reject("2025-02-29", "day 29 does not exist in February 2025", 8);
  expect_reject("2025-02-30", "day 30 does not exist in February 2025", 8);
  expect_reject("2024-02-30", "day 30 does not exist in February 2024", 8);
  assert_int_equal(cg_date_days_in_month(2000, 2), 29);
  assert_int_equal(cg_date_days_in_month(1900, 2), 28);
  assert_int_equal(cg_date_days_in_month(2024, 2), 29);
  assert_int_equal(cg_date_days_in_month(2025, 2), 28);
}

static void test_days_in_month(void **state) {
  (void)state;
  static const int want[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; m++)
    assert_int_equal(cg_date_days_in_month(2025, m), want[m - 1]);
  assert_int_equal(cg_date_days_in_month(2025, 0), 0);
  assert_int_equal(cg_date_days_in_month(2025, 13), 0);
}

static void test_invalid_days_and_months(void **state) {
  (void)state;
  expect_reject("2025-04-31", "day 31 does not exist in April 2025", 8);
  expect_reject("2025-06-31", "day 31 does not exist in June 2025", 8);
  expect_reject("2025-09-31", "day 31 does not exist in September 2025", 8);
  expect_reject("2025-11-31", "day 31 does not exist in November 2025", 8);
  expect_reject("2025-01-32", "day 32 is out of range", 8);
  expect_reject("2025-01-00", "day 0 is out of range", 8);
  expect_reject("2025-01-99", "day 99 is out of range", 8);
  expect_reject("2025-00", "month 0 is out of range", 5);
  expect_reject("2025-13-01", "month 13 is out of range", 5);
  expect_reject("2025-13", "month 13 is out of range", 5);
  expect_reject("0000", "year 0 is out of range", 0);
  expect_reject("0000-01-01", "year 0 is out of range", 0);
}

static void test_rejected_forms(void **state) {
  (void)state;
  static const char shape[] = "expected YYYY, YYYY-MM or YYYY-MM-DD";
  expect_reject("25-05-07", shape, 2);
  expect_reject("2025-5-7", shape, 6);
  expect_reject("2025/05/07", shape, 4);
  expect_reject(" 2025", shape, 0);
  expect_reject("2025 ", shape, 4);
  expect_reject("2025-", shape, 5);
  expect_reject("2025-0", shape, 6);
  expect_reject("2025-01-", shape, 8);
  expect_reject("2025-01-1", shape, 9);
  expect_reject("20250", shape, 4);
  expect_reject("205", shape, 3);
  expect_reject("2025-01-01T00", shape, 10);
  expect_reject("2025-01-0a", shape, 9);
  expect_reject("+2025", shape, 0);
  expect_reject("-025", shape, 0);
  expect_reject("\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x95", shape, 0); /* full-width */
  expect_reject("\xD9\xA2", shape, 0); /* an Arabic-Indic digit is not ASCII */
}

static void test_embedded_nul_rejected(void **state) {
  (void)state;
  cg_date d;
  size_t off = 0;
  char msg[64];
  assert_int_equal(cg_date_parse("20\0005", 4, &d, msg, sizeof msg, &off), CG_ERR_DATA);
  assert_int_equal(off, 2);
}

static void test_message_optional_and_truncated(void **state) {
  (void)state;
  cg_date d;
  assert_int_equal(cg_date_parse("2025-13", 7, &d, NULL, 0, NULL), CG_ERR_DATA);
  char small[6] = "xxxxx";
  assert_int_equal(cg_date_parse("2025-13", 7, &d, small, sizeof small, NULL), CG_ERR_DATA);
  assert_string_equal(small, "month");
  char none[1] = {'x'};
  assert_int_equal(cg_date_parse("2025-13", 7, &d, none, 0, NULL), CG_ERR_DATA);
  assert_int_equal(none[0], 'x'); /* a zero size is respected */
}

static void test_day_numbers(void **state) {
  (void)state;
  assert_int_equal(day_number("1970-01-01"), 0);
  assert_int_equal(day_number("1970-01-02"), 1);
  assert_int_equal(day_number("1969-12-31"), -1);
  assert_int_equal(day_number("2000-01-01"), 10957);
  assert_int_equal(day_number("2000-03-01"), 11017);
  assert_int_equal(day_number("1900-03-01"), -25508);
  assert_int_equal(day_number("0001-01-01"), -719162);
  assert_int_equal(day_number("9999-12-31"), 2932896);
  assert_int_equal(day_number("2025-05-07"), 20215);
}

static void expect_interval(const char *s, const char *first, const char *end) {
  cg_date d = parse_ok(s);
  assert_int_equal(cg_date_first_day(d), day_number(first));
  assert_int_equal(cg_date_end_day(d), day_number(end));
}

static void test_intervals(void **state) {
  (void)state;
  expect_interval("2005", "2005-01-01", "2006-01-01");
  expect_interval("2005-03", "2005-03-01", "2005-04-01");
  expect_interval("2005-12", "2005-12-01", "2006-01-01");
  expect_interval("2024-02", "2024-02-01", "2024-03-01");
  expect_interval("2005-03-07", "2005-03-07", "2005-03-08");
  expect_interval("2005-12-31", "2005-12-31", "2006-01-01");
  expect_interval("2024-02-28", "2024-02-28", "2024-02-29");
  cg_date d = parse_ok("2024");
  assert_int_equal(cg_date_end_day(d) - cg_date_first_day(d), 366);
  d = parse_ok("2025-02");
  assert_int_equal(cg_date_end_day(d) - cg_date_first_day(d), 28);
  d = parse_ok("9999");
  assert_int_equal(cg_date_end_day(d), 2932897);
  /* An unknown date is an empty interval after every known day. */
  assert_int_equal(cg_date_first_day(CG_DATE_NONE), INT32_MAX);
  assert_int_equal(cg_date_end_day(CG_DATE_NONE), INT32_MAX);
}

/* Each date sorts strictly before the next one. */
static void test_compare(void **state) {
  (void)state;
  static const char *const order[] = {"0001",       "1999-12-31", "2005",    "2005-01",
                                      "2005-01-01", "2005-01-02", "2005-02", "2005-02-01",
                                      "2005-12-31", "2006",       "9999-12"};
  size_t n = sizeof order / sizeof order[0];
  for (size_t i = 0; i < n; i++) {
    cg_date a = parse_ok(order[i]);
    assert_int_equal(cg_date_compare(a, a), 0);
    assert_true(cg_date_compare(a, CG_DATE_NONE) < 0);
    assert_true(cg_date_compare(CG_DATE_NONE, a) > 0);
    for (size_t j = i + 1; j < n; j++) {
      cg_date b = parse_ok(order[j]);
      assert_true(cg_date_compare(a, b) < 0);
      assert_true(cg_date_compare(b, a) > 0);
    }
  }
  assert_int_equal(cg_date_compare(CG_DATE_NONE, CG_DATE_NONE), 0);
  assert_int_equal(cg_date_compare(parse_ok("2005-03"), parse_ok("2005-03")), 0);
}

static void test_format_round_trip(void **state) {
  (void)state;
  static const char *const forms[] = {"2005",    "2005-03",    "2005-03-07", "0001",
                                      "0042-01", "9999-12-31", "1900-02-28", ""};
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    char buf[11];
    assert_string_equal(cg_date_format(parse_ok(forms[i]), buf), forms[i]);
  }
  char buf[11];
  assert_ptr_equal(cg_date_format(CG_DATE_NONE, buf), buf);
  assert_string_equal(buf, "");
}

/* from_days inverts first_day over every day of years 1 to 9999. */
static void test_from_days_inverse(void **state) {
  (void)state;
  int32_t lo = day_number("0001-01-01"), hi = day_number("9999-12-31");
  cg_date prev = cg_date_from_days(lo - 1);
  assert_false(cg_date_known(prev));
  for (int32_t z = lo; z <= hi; z++) {
    cg_date d = cg_date_from_days(z);
    assert_int_equal(d.precision, CG_DATE_DAY);
    assert_int_equal(cg_date_first_day(d), z);
    assert_true(d.day >= 1 && d.day <= cg_date_days_in_month(d.year, d.month));
    if (z > lo) /* consecutive days are consecutive dates */
      assert_true(cg_date_compare(prev, d) < 0);
    prev = d;
  }
  assert_int_equal(prev.year, 9999);
  assert_false(cg_date_known(cg_date_from_days(hi + 1)));
  assert_false(cg_date_known(cg_date_from_days(INT32_MIN)));
  assert_false(cg_date_known(cg_date_from_days(INT32_MAX)));
  cg_date d = cg_date_from_days(0);
  char buf[11];
  assert_string_equal(cg_date_format(d, buf), "1970-01-01");
  assert_string_equal(cg_date_format(cg_date_from_days(-1), buf), "1969-12-31");
  assert_string_equal(cg_date_format(cg_date_from_days(11016), buf), "2000-02-29");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_forms),
      cmocka_unit_test(test_length_bounds_input),
      cmocka_unit_test(test_leap_years),
      cmocka_unit_test(test_days_in_month),
      cmocka_unit_test(test_invalid_days_and_months),
      cmocka_unit_test(test_rejected_forms),
      cmocka_unit_test(test_embedded_nul_rejected),
      cmocka_unit_test(test_message_optional_and_truncated),
      cmocka_unit_test(test_day_numbers),
      cmocka_unit_test(test_intervals),
      cmocka_unit_test(test_compare),
      cmocka_unit_test(test_format_round_trip),
      cmocka_unit_test(test_from_days_inverse),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
