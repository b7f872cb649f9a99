/*
 * strmap.h - an open-addressing hash map from strings to int32 values,
 * optionally ignoring ASCII case. Private to the library.
 *
 * Keys are borrowed: the map stores the pointer, so a key must outlive the
 * map (coopgraph keys live in the dataset's arena).
 */
#ifndef COOPGRAPH_STRMAP_H
#define COOPGRAPH_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct cg_strmap {
  const char **keys;
  int32_t *values;
  size_t cap; /* a power of two, or 0 */
  size_t len;
  int nocase;
} cg_strmap;

void cg_strmap_init(cg_strmap *m, int nocase);
void cg_strmap_free(cg_strmap *m);
/* The value of key, or -1 when absent. */
int32_t cg_strmap_get(const cg_strmap *m, const char *key);
/*
 * Inserts key -> value unless key is present. Returns the value already
 * present (and changes nothing), -1 when key was inserted, or -2 when out of
 * memory.
 */
int32_t cg_strmap_put(cg_strmap *m, const char *key, int32_t value);

/* ASCII-case-insensitive string equality, the one used by nocase maps. */
int cg_streq_nocase(const char *a, const char *b);

#endif
