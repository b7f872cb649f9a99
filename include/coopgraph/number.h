/*
 * number.h - the one parser of whole numbers (number.c): command-line
 * values and sizes, import's weights and column numbers, and the numeric
 * ordering attributes of DOT input all read digits the same way, so all
 * accept and refuse the same spellings.
 */
#ifndef COOPGRAPH_NUMBER_H
#define COOPGRAPH_NUMBER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Parses s[0..n) as a whole number written with ASCII digits only: no sign,
 * no spaces, no suffix, leading zeros allowed ("007" is 7). Returns 0 and
 * sets *out when it is in [min, max]; -1 when s is empty, holds another
 * byte, or is out of range (a value too big for any type is out of range,
 * never wrapped). *out is untouched on failure.
 */
int cg_parse_uint(const char *s, size_t n, unsigned long long min, unsigned long long max,
                  unsigned long long *out);

#ifdef __cplusplus
}
#endif

#endif
