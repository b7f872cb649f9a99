/*
 * utf8_internal.h - UTF-8 validation shared by the readers (CSV, DOT) and the writers
 * that must never pass invalid text on (JSON, XML exports). Private to the
 * library.
 */
#ifndef COOPGRAPH_UTF8_INTERNAL_H
#define COOPGRAPH_UTF8_INTERNAL_H

#include <stddef.h>

/*
 * Length (1-4) of the valid UTF-8 sequence at p, which must be before end,
 * or 0 when it is not valid: a stray continuation byte, an overlong form, a
 * surrogate, a code point above U+10FFFF, or a sequence cut short by end.
 */
size_t cg_utf8_len(const unsigned char *p, const unsigned char *end);

#endif
