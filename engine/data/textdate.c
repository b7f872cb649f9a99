/*
 * textdate.c - dates in English running text (textdate_internal.h).
 */
#include "data/textdate_internal.h"

#include <coopgraph/date.h>

#include <string.h>

static int is_digit(char c) {
  return c >= '0' && c <= '9';
}
static int is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_alnum(char c) {
  return is_digit(c) || is_alpha(c);
}

/* 1..12 for an English month name or abbreviation at s[0..n) (any case), else 0. */
static int text_month(const char *s, size_t n) {
  static const char *const full[] = {"january", "february", "march",     "april",
                                     "may",     "june",     "july",      "august",
                                     "september", "october", "november", "december"};
  char w[16];
  if (n < 3 || n >= sizeof w) return 0;
  for (size_t i = 0; i < n; i++)
    w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  w[n] = '\0';
  for (int m = 0; m < 12; m++) {
    if (strcmp(w, full[m]) == 0) return m + 1;
    /* "Oct", "Sept": a prefix of at least three letters */
    if (n <= 4 && strncmp(w, full[m], n) == 0 && strlen(full[m]) > n) return m + 1;
  }
  return 0;
}

/* Reads 1..max digits at s[*i]; returns the number or -1. */
static int digits(const char *s, size_t len, size_t *i, int min, int max) {
  size_t j = *i;
  int v = 0, k = 0;
  while (j < len && is_digit(s[j]) && k < max)
    v = v * 10 + (s[j++] - '0'), k++;
  if (k < min || (j < len && is_digit(s[j]))) return -1;
  *i = j;
  return v;
}

static void skip_spaces(const char *s, size_t len, size_t *i) {
  while (*i < len && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\n'))
    (*i)++;
}

/* A month word at s[*i] (with an optional '.'): 1..12, advancing *i; else 0. */
static int month_word(const char *s, size_t len, size_t *i) {
  size_t j = *i;
  while (j < len && is_alpha(s[j]))
    j++;
  int m = text_month(s + *i, j - *i);
  if (!m) return 0;
  /* "May" alone is also a verb: only as a date when a number follows (checked by callers). */
  if (j < len && s[j] == '.') j++;
  *i = j;
  return m;
}

static int year_ok(int y) {
  return y >= 1900 && y <= 2099;
}

/* After a year: not "1960s", not "2025-26", not another digit. */
static int year_end_ok(const char *s, size_t len, size_t j) {
  if (j >= len) return 1;
  if (is_alnum(s[j])) return 0;
  if ((s[j] == '-' || s[j] == '/') && j + 1 < len && is_digit(s[j + 1])) return 0;
  return 1;
}

static int day_ok(int y, int m, int d) {
  return d >= 1 && d <= cg_date_days_in_month(y, m);
}

/*
 * The end of "7 October, 2025" and "October 7, 2025" once day and month are
 * read: an optional comma, then the year at s[q]. Returns 1 and fills the
 * result when the whole is a real day.
 */
static int day_year_at(const char *s, size_t len, size_t q, int m, int day, cg_date *d,
                       size_t *end) {
  if (q < len && s[q] == ',') q++;
  skip_spaces(s, len, &q);
  int y = digits(s, len, &q, 4, 4);
  if (!year_ok(y) || !year_end_ok(s, len, q) || !day_ok(y, m, day)) return 0;
  *d = (cg_date){(int16_t)y, (uint8_t)m, (uint8_t)day, CG_DATE_DAY};
  *end = q;
  return 1;
}

/* Tries a date starting at s[i]; returns 1 and fills the result. */
static int date_at(const char *s, size_t len, size_t i, cg_date *d, size_t *end) {
  size_t j = i;
  if (is_digit(s[i])) {
    /* YYYY-MM-DD */
    size_t k = i;
    int iy = digits(s, len, &k, 4, 4);
    if (iy > 0 && k + 5 < len && s[k] == '-') {
      size_t q = k + 1;
      int m = digits(s, len, &q, 2, 2);
      if (m >= 1 && m <= 12 && q < len && s[q] == '-') {
        q++;
        int dd = digits(s, len, &q, 2, 2);
        if (dd > 0 && year_ok(iy) && day_ok(iy, m, dd) && (q >= len || !is_alnum(s[q]))) {
          *d = (cg_date){(int16_t)iy, (uint8_t)m, (uint8_t)dd, CG_DATE_DAY};
          *end = q;
          return 1;
        }
      }
    }
    /* D Month[,] YYYY */
    int day = digits(s, len, &j, 1, 2);
    if (day > 0) {
      size_t q = j;
      if (q + 1 < len && is_alpha(s[q]) && is_alpha(s[q + 1]) &&
          (s[q] == 's' || s[q] == 'n' || s[q] == 'r' || s[q] == 't'))
        q += 2; /* 7th, 1st, 2nd, 3rd */
      skip_spaces(s, len, &q);
      int m = month_word(s, len, &q);
      if (m && day_year_at(s, len, q, m, day, d, end)) return 1;
    }
    /* YYYY alone */
    j = i;
    int y = digits(s, len, &j, 4, 4);
    if (year_ok(y) && year_end_ok(s, len, j)) {
      if (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '-' || s[i - 1] == '/' ||
                    (unsigned char)s[i - 1] >= 0x80))
        return 0; /* "23–2025", a release number */
      *d = (cg_date){(int16_t)y, 0, 0, CG_DATE_YEAR};
      *end = j;
      return 1;
    }
    return 0;
  }
  /* Month D[,] YYYY, or Month YYYY */
  int m = month_word(s, len, &j);
  if (!m) return 0;
  skip_spaces(s, len, &j);
  size_t q = j;
  int day = digits(s, len, &q, 1, 2);
  if (day > 0) {
    if (q + 1 < len && is_alpha(s[q]) && is_alpha(s[q + 1])) q += 2;
    return day_year_at(s, len, q, m, day, d, end);
  }
  q = j;
  int y = digits(s, len, &q, 4, 4);
  if (year_ok(y) && year_end_ok(s, len, q)) {
    *d = (cg_date){(int16_t)y, (uint8_t)m, 0, CG_DATE_MONTH};
    *end = q;
    return 1;
  }
  return 0;
}

int cg_text_find_date(const char *s, size_t len, size_t from, cg_date *d, size_t *start,
                      size_t *end) {
  for (size_t i = from; i < len; i++) {
    if (!is_alnum(s[i]) || (i > 0 && is_alnum(s[i - 1]))) continue;
    if (date_at(s, len, i, d, end)) {
      *start = i;
      return 1;
    }
  }
  return 0;
}
