/*
 * strmap.c - string hash maps with linear probing.
 *
 * Keys are hashed eight bytes at a time, case-folded with a few word
 * operations when the map ignores case, and each slot keeps its key's hash
 * and length: a probe that meets another key almost never has to compare
 * the strings. Loaded datasets make millions of lookups (every party of
 * every agreement), so this is on the loader's hot path.
 */
#define _DEFAULT_SOURCE /* explicit_bzero */
#include "core/strmap_internal.h"

#include <stdlib.h>
#include <string.h>

/* Short keys are also copied into the slot: a hit then reads no other memory. */
#define INLINE_KEY 12
struct cg_strmap_slot {
  const char *key; /* NULL when empty */
  uint32_t hash, len;
  int32_t value;
  char head[INLINE_KEY]; /* key[0..len) when len <= INLINE_KEY */
};

static const uint64_t ONES = 0x0101010101010101ULL, K = 0x9E3779B97F4A7C15ULL;

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* The eight bytes of x with ASCII 'A'..'Z' made lower case (bytes >= 0x80 untouched). */
static inline uint64_t fold8(uint64_t x) {
  uint64_t low7 = x & (0x7F * ONES);
  uint64_t ge_a = low7 + (0x80 - 'A') * ONES;     /* top bit: byte >= 'A' */
  uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * ONES; /* top bit: byte > 'Z' */
  uint64_t upper = ge_a & ~gt_z & ~x & (0x80 * ONES);
  return x | (upper >> 2); /* 0x80 >> 2 is the case bit 0x20 */
}

static inline uint64_t load8(const char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
}

static inline uint64_t load4(const char *s) {
  uint32_t w;
  memcpy(&w, s, 4);
  return w;
}

/*
 * The bytes of s[i..n), 0 < n - i <= 8, as one word, reading nothing outside
 * s[0..n): the last 8 bytes when there are 8, else two 4-byte loads that may
 * overlap, else three single bytes. Every byte lands in the word, so for two
 * strings of equal length, equal words mean equal bytes.
 */
static inline uint64_t load_tail(const char *s, size_t i, size_t n) {
  size_t r = n - i;
  if (n >= 8) return load8(s + n - 8);
  if (r >= 4) return load4(s + i) | load4(s + n - 4) << 32;
  const unsigned char *u = (const unsigned char *)s + i;
  return (uint64_t)u[0] | (uint64_t)u[r / 2] << 8 | (uint64_t)u[r - 1] << 16;
}

static inline uint64_t mix(uint64_t h, uint64_t w) {
  h = (h ^ w) * K;
  return h ^ (h >> 29);
}

/* 32 well-mixed bits of the hash of s[0..n). */
static inline uint32_t hash(const char *s, size_t n, int nocase) {
  uint64_t h = K ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w = load8(s + i);
    h = mix(h, nocase ? fold8(w) : w);
  }
  if (i < n) {
    uint64_t w = load_tail(s, i, n);
    h = mix(h, nocase ? fold8(w) : w);
  }
  h *= K;
  return (uint32_t)(h >> 32);
}

/* a[0..n) == b[0..n) ignoring ASCII case; both hold n bytes. */
static inline int eq_nocase_n(const char *a, const char *b, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8)
    if (fold8(load8(a + i)) != fold8(load8(b + i))) return 0;
  return i == n || fold8(load_tail(a, i, n)) == fold8(load_tail(b, i, n));
}

int cg_streqn_nocase(const char *a, const char *b, size_t n) {
  return eq_nocase_n(a, b, n);
}

int cg_streq_nocase(const char *a, const char *b) {
  while (*a && lower((unsigned char)*a) == lower((unsigned char)*b)) {
    a++;
    b++;
  }
  return lower((unsigned char)*a) == lower((unsigned char)*b);
}

static int slot_is(const cg_strmap *m, const cg_strmap_slot *sl, const char *key, size_t len,
                   uint32_t h) {
  if (sl->hash != h || sl->len != len) return 0;
  const char *k = len <= INLINE_KEY ? sl->head : sl->key;
  return m->nocase ? eq_nocase_n(k, key, len) : memcmp(k, key, len) == 0;
}

void cg_strmap_init(cg_strmap *m, int nocase) {
  memset(m, 0, sizeof *m);
  m->nocase = nocase;
}

void cg_strmap_free(cg_strmap *m) {
  free(m->slots);
  m->slots = NULL;
  m->cap = m->len = 0;
}

int32_t cg_strmap_getn(const cg_strmap *m, const char *key, size_t len) {
  if (!m->cap || len > UINT32_MAX) return -1;
  uint32_t h = hash(key, len, m->nocase);
  size_t mask = m->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const cg_strmap_slot *sl = &m->slots[i];
    if (!sl->key) return -1;
    if (slot_is(m, sl, key, len, h)) return sl->value;
  }
}

int32_t cg_strmap_get(const cg_strmap *m, const char *key) {
  return cg_strmap_getn(m, key, strlen(key));
}

static int grow(cg_strmap *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  cg_strmap_slot *slots = calloc(cap, sizeof *slots);
  if (!slots) return -1;
  for (size_t j = 0; j < m->cap; j++) {
    if (!m->slots[j].key) continue;
    size_t i = m->slots[j].hash & (cap - 1);
    while (slots[i].key)
      i = (i + 1) & (cap - 1);
    slots[i] = m->slots[j];
  }
  free(m->slots);
  m->slots = slots;
  m->cap = cap;
  return 0;
}

int32_t cg_strmap_put(cg_strmap *m, const char *key, int32_t value) {
  size_t len = strlen(key);
  if (len > UINT32_MAX) return -2;
  /* A load factor up to 3/4: probes stay short, and the table small enough to stay in cache. */
  if ((m->len + 1) * 4 > m->cap * 3 && grow(m)) return -2;
  uint32_t h = hash(key, len, m->nocase);
  size_t mask = m->cap - 1, i = h & mask;
  for (; m->slots[i].key; i = (i + 1) & mask)
    if (slot_is(m, &m->slots[i], key, len, h)) return m->slots[i].value;
  m->slots[i] = (cg_strmap_slot){key, h, (uint32_t)len, value, {0}};
  if (len <= INLINE_KEY) memcpy(m->slots[i].head, key, len);
  m->len++;
  return -1;
}

void cg_keyset_init(cg_keyset *s, cg_keyset_key_fn key, const void *ctx) {
  memset(s, 0, sizeof *s);
  s->key = key;
  s->ctx = ctx;
}

void cg_keyset_free(cg_keyset *s) {
  free(s->slots);
  s->slots = NULL;
  s->cap = s->len = 0;
}

static int keyset_resize(cg_keyset *s, size_t cap) {
  /*
   * Zeroed by writing, not calloc: calloc's fresh pages read first map the
   * shared zero page, and the first put into each then faults again to
   * copy it, flushing the TLB of every core the process runs on (an
   * interrupt to the loader's other thread, 4096 of them for 10^6 ids).
   */
  uint64_t *slots = cap <= SIZE_MAX / sizeof *slots ? malloc(cap * sizeof *slots) : NULL;
  if (!slots) return -1;
  /* explicit_bzero: a compiler turns malloc and memset into calloc. */
  explicit_bzero(slots, cap * sizeof *slots);
  for (size_t j = 0; j < s->cap; j++) {
    if (!s->slots[j]) continue;
    size_t i = (size_t)(s->slots[j] >> 32) & (cap - 1);
    while (slots[i])
      i = (i + 1) & (cap - 1);
    slots[i] = s->slots[j];
  }
  free(s->slots);
  s->slots = slots;
  s->cap = cap;
  return 0;
}

static int keyset_grow(cg_keyset *s) {
  return keyset_resize(s, s->cap ? s->cap * 2 : 1024);
}

int cg_keyset_reserve(cg_keyset *s, size_t n) {
  size_t cap = s->cap ? s->cap : 1024;
  while (cap / 2 < n && cap <= SIZE_MAX / 4 / sizeof *s->slots)
    cap *= 2;
  return cap > s->cap ? keyset_resize(s, cap) : 0;
}

uint32_t cg_keyset_hash(const char *key, size_t len) {
  return hash(key, len, 1);
}

int32_t cg_keyset_put(cg_keyset *s, const char *key, size_t len, int32_t index) {
  return cg_keyset_put_hashed(s, key, len, cg_keyset_hash(key, len), index);
}

int32_t cg_keyset_put_hashed(cg_keyset *s, const char *key, size_t len, uint32_t hash32,
                             int32_t index) {
  if (index < 0 || index == INT32_MAX) return -2;
  if ((s->len + 1) * 2 > s->cap && keyset_grow(s)) return -2;
  uint64_t h = hash32;
  size_t mask = s->cap - 1, i = (size_t)h & mask;
  for (; s->slots[i]; i = (i + 1) & mask) {
    if (s->slots[i] >> 32 != h) continue;
    int32_t other = (int32_t)(uint32_t)s->slots[i] - 1;
    const char *k = s->key(s->ctx, other);
    /* k stops at its NUL, which never equals a byte of key (fields hold no NUL). */
    size_t n = 0;
    while (n < len && k[n] && lower((unsigned char)k[n]) == lower((unsigned char)key[n]))
      n++;
    if (n == len && !k[n]) return other;
  }
  s->slots[i] = h << 32 | (uint64_t)(uint32_t)(index + 1);
  s->len++;
  return -1;
}

void cg_keyset_prefetch(const cg_keyset *s, uint32_t hash32) {
#if defined(__GNUC__)
  if (s->cap) __builtin_prefetch(&s->slots[hash32 & (s->cap - 1)], 1);
#else
  (void)s, (void)hash32;
#endif
}
