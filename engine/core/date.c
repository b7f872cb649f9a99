/*
 * date.c - parsing, formatting and day arithmetic of the dataset's partial
 * dates ("2005", "2005-03", "2005-03-07").
 *
 * Day numbers use Howard Hinnant's days_from_civil / civil_from_days
 * (http://howardhinnant.github.io/date_algorithms.html): exact for the whole
 * proleptic Gregorian calendar, with no tables and no loops.
 */
#include <coopgraph/date.h>

#include "core/error_internal.h"

#include <stdarg.h>
#include <stdio.h>

static const char *const month_names[12] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

static int is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int cg_date_days_in_month(int year, int month) {
  static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return days[month - 1] + (month == 2 && is_leap(year));
}

/* Days since 1970-01-01 of y-m-d; any y, m in 1..12, d in 1..31. */
static int32_t days_from_civil(int32_t y, int32_t m, int32_t d) {
  y -= m <= 2;
  int32_t era = (y >= 0 ? y : y - 399) / 400;
  int32_t yoe = y - era * 400;                                   /* [0, 399] */
  int32_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
  int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* [0, 146096] */
  return era * 146097 + doe - 719468;
}

/* The inverse of days_from_civil. */
static void civil_from_days(int32_t z, int32_t *y, int32_t *m, int32_t *d) {
  /* In 64 bits so that z near INT32_MAX cannot overflow. */
  int64_t zz = (int64_t)z + 719468;
  int64_t era = (zz >= 0 ? zz : zz - 146096) / 146097;
  int64_t doe = zz - era * 146097;                                     /* [0, 146096] */
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* [0, 365] */
  int64_t mp = (5 * doy + 2) / 153;                                    /* [0, 11] */
  *d = (int32_t)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int32_t)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int32_t)(yoe + era * 400 + (*m <= 2));
}

/* ASCII digits only: isdigit() would follow the locale. */
static int is_digit(char c) {
  return c >= '0' && c <= '9';
}

/* The value of the n digits at s; the caller has checked they are digits. */
static int digits_value(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/*
 * Length of the longest prefix of s that fits the shape "DDDD-DD-DD", where
 * D is a digit; the date is well-formed when that is all of s and s ends at
 * the end of a component (4, 7 or 10 bytes).
 */
static size_t shape_prefix(const char *s, size_t len) {
  static const char shape[] = "DDDD-DD-DD";
  size_t i = 0;
  while (i < len && i < sizeof shape - 1 && (shape[i] == 'D' ? is_digit(s[i]) : s[i] == '-'))
    i++;
  return i;
}

static cg_status parse_error(char *msg, size_t msg_size, size_t *err_offset, size_t offset,
                             const char *fmt, ...) CG_PRINTF(5, 6);

/* Records a parse failure: the message and the offset, each when asked for. */
static cg_status parse_error(char *msg, size_t msg_size, size_t *err_offset, size_t offset,
                             const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cg_msg_vset(msg, msg_size, fmt, ap);
  va_end(ap);
  if (err_offset) *err_offset = offset;
  return CG_ERR_DATA;
}

cg_status cg_date_parse(const char *s, size_t len, cg_date *out, char *msg, size_t msg_size,
                        size_t *err_offset) {
  static const char shape_msg[] = "expected YYYY, YYYY-MM or YYYY-MM-DD";
  *out = CG_DATE_NONE;
  cg_msg_clear(msg, msg_size);
  if (len == 0) return CG_OK;
  size_t ok = shape_prefix(s, len);
  if (ok < len) return parse_error(msg, msg_size, err_offset, ok, "%s", shape_msg);
  if (len != 4 && len != 7 && len != 10) /* cut inside a component: "2025-", "2025-0" */
    return parse_error(msg, msg_size, err_offset, len, "%s", shape_msg);
  int year = digits_value(s, 4);
  int month = len >= 7 ? digits_value(s + 5, 2) : 0;
  int day = len == 10 ? digits_value(s + 8, 2) : 0;
  if (year < 1) return parse_error(msg, msg_size, err_offset, 0, "year %d is out of range", year);
  if (len >= 7 && (month < 1 || month > 12))
    return parse_error(msg, msg_size, err_offset, 5, "month %d is out of range", month);
  if (len == 10 && (day < 1 || day > 31))
    return parse_error(msg, msg_size, err_offset, 8, "day %d is out of range", day);
  if (len == 10 && day > cg_date_days_in_month(year, month))
    return parse_error(msg, msg_size, err_offset, 8, "day %d does not exist in %s %d", day,
                       month_names[month - 1], year);
  out->year = (int16_t)year;
  out->month = (uint8_t)month;
  out->day = (uint8_t)day;
  out->precision = (uint8_t)(len == 4 ? CG_DATE_YEAR : len == 7 ? CG_DATE_MONTH : CG_DATE_DAY);
  return CG_OK;
}

int cg_date_known(cg_date d) {
  return d.precision != CG_DATE_UNKNOWN;
}

int32_t cg_date_first_day(cg_date d) {
  switch (d.precision) {
  case CG_DATE_YEAR:
    return days_from_civil(d.year, 1, 1);
  case CG_DATE_MONTH:
    return days_from_civil(d.year, d.month, 1);
  case CG_DATE_DAY:
    return days_from_civil(d.year, d.month, d.day);
  default:
    return INT32_MAX;
  }
}

int32_t cg_date_end_day(cg_date d) {
  switch (d.precision) {
  case CG_DATE_YEAR:
    return days_from_civil(d.year + 1, 1, 1);
  case CG_DATE_MONTH:
    return d.month == 12 ? days_from_civil(d.year + 1, 1, 1)
                         : days_from_civil(d.year, d.month + 1, 1);
  case CG_DATE_DAY:
    return days_from_civil(d.year, d.month, d.day) + 1;
  default:
    return INT32_MAX;
  }
}

cg_date cg_date_from_days(int32_t days) {
  int32_t y, m, d;
  civil_from_days(days, &y, &m, &d);
  if (y < 1 || y > 9999) return CG_DATE_NONE;
  return (cg_date){(int16_t)y, (uint8_t)m, (uint8_t)d, CG_DATE_DAY};
}

/* Writes v as exactly n decimal digits (zero-padded, high digits dropped). */
static char *put_digits(char *p, unsigned v, int n) {
  for (int i = n - 1; i >= 0; i--, v /= 10)
    p[i] = (char)('0' + v % 10);
  return p + n;
}

char *cg_date_format(cg_date d, char buf[11]) {
  char *p = buf;
  if (d.precision >= CG_DATE_YEAR && d.precision <= CG_DATE_DAY)
    p = put_digits(p, (unsigned)(d.year < 0 ? 0 : d.year), 4);
  if (d.precision >= CG_DATE_MONTH && d.precision <= CG_DATE_DAY) {
    *p++ = '-';
    p = put_digits(p, d.month, 2);
  }
  if (d.precision == CG_DATE_DAY) {
    *p++ = '-';
    p = put_digits(p, d.day, 2);
  }
  *p = '\0';
  return buf;
}

int cg_date_compare(cg_date a, cg_date b) {
  int ka = cg_date_known(a), kb = cg_date_known(b);
  if (!ka || !kb) return kb - ka; /* unknown after known; two unknowns are equal */
  int32_t da = cg_date_first_day(a), db = cg_date_first_day(b);
  if (da != db) return da < db ? -1 : 1;
  return (a.precision > b.precision) - (a.precision < b.precision);
}
