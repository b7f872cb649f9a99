/*
 * strmap_internal.h - open-addressing hash maps from strings, optionally ignoring
 * ASCII case. Private to the library.
 *
 * cg_strmap maps strings to int32 values. Keys are borrowed: the map stores
 * the pointer, so a key must outlive the map (coopgraph keys live in the
 * dataset's arena or in the file buffers it keeps).
 *
 * cg_keyset is a set of row indices whose string keys live in the rows
 * themselves (agreement ids): 8 bytes a slot instead of a pointer, a value
 * and a hash, for tables of millions of rows.
 */
#ifndef COOPGRAPH_STRMAP_INTERNAL_H
#define COOPGRAPH_STRMAP_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

typedef struct cg_strmap_slot cg_strmap_slot;
typedef struct cg_strmap {
  cg_strmap_slot *slots;
  size_t cap; /* a power of two, or 0 */
  size_t len;
  int nocase;
} cg_strmap;

void cg_strmap_init(cg_strmap *m, int nocase);
void cg_strmap_free(cg_strmap *m);
/* The value of key, or -1 when absent. */
int32_t cg_strmap_get(const cg_strmap *m, const char *key);
/* The value of key[0..len) (which need not be NUL-terminated), or -1 when absent. */
int32_t cg_strmap_getn(const cg_strmap *m, const char *key, size_t len);
/*
 * Inserts key -> value unless key is present. Returns the value already
 * present (and changes nothing), -1 when key was inserted, or -2 when out of
 * memory.
 */
int32_t cg_strmap_put(cg_strmap *m, const char *key, int32_t value);

/* ASCII-case-insensitive string equality, the one used by nocase maps. */
int cg_streq_nocase(const char *a, const char *b);
/* The same for a[0..n) and b[0..n), both holding n bytes. */
int cg_streqn_nocase(const char *a, const char *b, size_t n);

/* The NUL-terminated key of row `index`. */
typedef const char *(*cg_keyset_key_fn)(const void *ctx, int32_t index);

typedef struct cg_keyset {
  uint64_t *slots; /* hash << 32 | (index + 1); 0 when empty */
  size_t cap, len;
  cg_keyset_key_fn key;
  const void *ctx;
} cg_keyset;

/* A set whose keys, compared ignoring ASCII case, are key(ctx, index). */
void cg_keyset_init(cg_keyset *s, cg_keyset_key_fn key, const void *ctx);
void cg_keyset_free(cg_keyset *s);
/*
 * Adds index, whose key is key[0..len), unless an index with that key is in
 * the set. Returns that index (and changes nothing), -1 when index was added,
 * or -2 when out of memory. key(ctx, i) is only called for indices already in.
 */
int32_t cg_keyset_put(cg_keyset *s, const char *key, size_t len, int32_t index);
/* Room for n keys without growing (each growth rehashes every key). 0, or -1 out of memory. */
int cg_keyset_reserve(cg_keyset *s, size_t n);
/*
 * The hash a keyset files key[0..len) under: a caller that meets the key
 * while its bytes are in cache computes it then, and later puts (or
 * prefetches) without reading the key again.
 */
uint32_t cg_keyset_hash(const char *key, size_t len);
/* cg_keyset_put with hash = cg_keyset_hash(key, len), computed by the caller. */
int32_t cg_keyset_put_hashed(cg_keyset *s, const char *key, size_t len, uint32_t hash,
                             int32_t index);
/*
 * A hint: starts loading the slot where the probe of a key with this hash
 * (cg_keyset_hash) will start. In a set of millions that slot is a cache
 * miss; a put a few hundred instructions later then finds it loaded.
 */
void cg_keyset_prefetch(const cg_keyset *s, uint32_t hash);

#endif
