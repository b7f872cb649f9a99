/*
 * textdate_internal.h - dates written in running English text ("7 May 2025",
 * "Oct. 7, 2018", "February 2003", "in 1975", "2003-02-11"), found at the
 * precision the text gives. Shared by the article reader (datelines) and the
 * extractor (dates of statements). Private to the library.
 */
#ifndef COOPGRAPH_TEXTDATE_INTERNAL_H
#define COOPGRAPH_TEXTDATE_INTERNAL_H

#include <coopgraph/date.h>

#include <stddef.h>

/*
 * Finds the first date in s[from..len): returns 1 and sets *d and the bytes
 * [*start, *end) it spans, or returns 0. Years are 1900 to 2099 when written
 * alone; a year followed by "s" ("1960s") or joined to another number
 * ("23-2025") is not a date.
 */
int cg_text_find_date(const char *s, size_t len, size_t from, cg_date *d, size_t *start,
                      size_t *end);

#endif
