/*
 * fuzz_date.c - fuzz target of the date parser and arithmetic (date.h).
 *
 * Input: up to three date strings separated by newlines. Each is parsed;
 * a failure must leave the date unknown and explain itself, a success must
 * format back to exactly the input (the format has one spelling per date)
 * and parse again to the same date, and its day interval must be non-empty
 * and agree with cg_date_from_days at both ends. The dates are then compared
 * pairwise: cg_date_compare must be an order (antisymmetric, transitive, in
 * line with the first days) as the listings and the date sort rely on. The
 * first eight bytes also serve as two day numbers for cg_date_from_days.
 */
#include "common.h"

#include <coopgraph/date.h>

#include <string.h>

static int sign(int x) {
  return (x > 0) - (x < 0);
}

static int same_date(cg_date a, cg_date b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.precision == b.precision;
}

/* Parses s[0..len) and checks everything a single date promises. */
static cg_date check_one(const char *s, size_t len) {
  cg_date d;
  char msg[64];
  size_t off = (size_t)-1;
  memset(msg, 'x', sizeof msg);
  if (cg_date_parse(s, len, &d, msg, sizeof msg, &off) != 0) {
    FUZZ_CHECK(!cg_date_known(d));
    FUZZ_CHECK(memchr(msg, '\0', sizeof msg) != NULL && msg[0] != '\0');
    FUZZ_CHECK(off <= len);
    /* Without msg and offset it fails the same way. */
    cg_date d2;
    FUZZ_CHECK(cg_date_parse(s, len, &d2, NULL, 0, NULL) == CG_ERR_DATA);
    return d;
  }
  if (len == 0) {
    FUZZ_CHECK(!cg_date_known(d));
    return d;
  }
  FUZZ_CHECK(cg_date_known(d) && d.year >= 1 && d.year <= 9999);
  char buf[11];
  FUZZ_CHECK(strlen(cg_date_format(d, buf)) == len && memcmp(buf, s, len) == 0);
  cg_date again;
  FUZZ_CHECK(cg_date_parse(buf, strlen(buf), &again, NULL, 0, NULL) == 0 && same_date(again, d));
  int32_t first = cg_date_first_day(d), end = cg_date_end_day(d);
  FUZZ_CHECK(first < end);
  cg_date f = cg_date_from_days(first), l = cg_date_from_days(end - 1);
  FUZZ_CHECK(f.precision == CG_DATE_DAY && l.precision == CG_DATE_DAY);
  FUZZ_CHECK(cg_date_first_day(f) == first && cg_date_first_day(l) == end - 1);
  FUZZ_CHECK(f.year == d.year && l.year == d.year);
  if (d.precision >= CG_DATE_MONTH) FUZZ_CHECK(f.month == d.month && l.month == d.month);
  if (d.precision == CG_DATE_DAY) FUZZ_CHECK(same_date(f, d) && end - first == 1);
  if (d.precision == CG_DATE_MONTH)
    FUZZ_CHECK(end - first == cg_date_days_in_month(d.year, d.month) && f.day == 1);
  if (d.precision == CG_DATE_YEAR) FUZZ_CHECK(f.month == 1 && f.day == 1 && l.month == 12);
  FUZZ_CHECK(cg_date_compare(d, d) == 0);
  FUZZ_CHECK(cg_date_compare(d, CG_DATE_NONE) < 0 && cg_date_compare(CG_DATE_NONE, d) > 0);
  return d;
}

/* A day number for every date of years 1..9999 maps back to itself. */
static void check_days(int32_t days) {
  cg_date d = cg_date_from_days(days);
  if (!cg_date_known(d)) return;
  FUZZ_CHECK(cg_date_first_day(d) == days);
  FUZZ_CHECK(d.day >= 1 && d.day <= cg_date_days_in_month(d.year, d.month));
  char buf[11];
  cg_date again;
  FUZZ_CHECK(cg_date_parse(cg_date_format(d, buf), 10, &again, NULL, 0, NULL) == 0);
  FUZZ_CHECK(same_date(again, d));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  cg_date dates[3];
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= size && n < 3; i++) {
    if (i == size || s[i] == '\n') {
      dates[n++] = check_one(s + start, i - start);
      start = i + 1;
    }
  }
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++) {
      int c = cg_date_compare(dates[i], dates[j]);
      FUZZ_CHECK(sign(c) == -sign(cg_date_compare(dates[j], dates[i])));
      if (cg_date_known(dates[i]) && cg_date_known(dates[j]) &&
          cg_date_first_day(dates[i]) < cg_date_first_day(dates[j]))
        FUZZ_CHECK(c < 0);
      for (size_t k = 0; k < n; k++)
        if (c <= 0 && cg_date_compare(dates[j], dates[k]) <= 0)
          FUZZ_CHECK(cg_date_compare(dates[i], dates[k]) <= 0);
    }
  if (size >= 8) {
    int32_t a, b;
    memcpy(&a, data, 4);
    memcpy(&b, data + 4, 4);
    check_days(a);
    check_days(b);
    /* Days in month: defined for any year, 0 for a month out of range. */
    int dim = cg_date_days_in_month(a, b);
    FUZZ_CHECK(b >= 1 && b <= 12 ? dim >= 28 && dim <= 31 : dim == 0);
  }
  return 0;
}
