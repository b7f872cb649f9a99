/*
 * number.c - whole numbers from text (number.h). strtoull would take a
 * sign, leading spaces and, with errno, wrap "-1" to 2^64-1; digits only,
 * with overflow checked, is the whole rule.
 */
#include <coopgraph/number.h>

#include <limits.h>

int cg_parse_uint(const char *s, size_t n, unsigned long long min, unsigned long long max,
                  unsigned long long *out) {
  if (n == 0) return -1;
  unsigned long long v = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned d = (unsigned)(unsigned char)s[i] - '0';
    if (d > 9) return -1;
    if (v > (ULLONG_MAX - d) / 10) return -1;
    v = v * 10 + d;
  }
  if (v < min || v > max) return -1;
  *out = v;
  return 0;
}
