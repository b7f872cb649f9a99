/* strmap.c - string to int32 hash map (linear probing, FNV-1a hash). */
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int cg_streq_nocase(const char *a, const char *b) {
  while (*a && lower((unsigned char)*a) == lower((unsigned char)*b)) {
    a++;
    b++;
  }
  return lower((unsigned char)*a) == lower((unsigned char)*b);
}

static uint64_t hash(const char *s, int nocase) {
  uint64_t h = 1469598103934665603ULL;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    h ^= nocase ? lower(*p) : *p;
    h *= 1099511628211ULL;
  }
  return h ^ (h >> 29);
}

static int key_eq(const cg_strmap *m, const char *a, const char *b) {
  return m->nocase ? cg_streq_nocase(a, b) : strcmp(a, b) == 0;
}

void cg_strmap_init(cg_strmap *m, int nocase) {
  memset(m, 0, sizeof *m);
  m->nocase = nocase;
}

void cg_strmap_free(cg_strmap *m) {
  free(m->keys);
  free(m->values);
  m->keys = NULL;
  m->values = NULL;
  m->cap = m->len = 0;
}

int32_t cg_strmap_get(const cg_strmap *m, const char *key) {
  if (!m->cap) return -1;
  size_t mask = m->cap - 1;
  for (size_t i = hash(key, m->nocase) & mask;; i = (i + 1) & mask) {
    if (!m->keys[i]) return -1;
    if (key_eq(m, m->keys[i], key)) return m->values[i];
  }
}

static int grow(cg_strmap *m) {
  size_t cap = m->cap ? m->cap * 2 : 64;
  const char **keys = calloc(cap, sizeof *keys);
  int32_t *values = malloc(cap * sizeof *values);
  if (!keys || !values) {
    free(keys);
    free(values);
    return -1;
  }
  for (size_t j = 0; j < m->cap; j++) {
    if (!m->keys[j]) continue;
    size_t i = hash(m->keys[j], m->nocase) & (cap - 1);
    while (keys[i])
      i = (i + 1) & (cap - 1);
    keys[i] = m->keys[j];
    values[i] = m->values[j];
  }
  free(m->keys);
  free(m->values);
  m->keys = keys;
  m->values = values;
  m->cap = cap;
  return 0;
}

int32_t cg_strmap_put(cg_strmap *m, const char *key, int32_t value) {
  /* Keep the load factor under 1/2 so probes stay short. */
  if ((m->len + 1) * 2 > m->cap && grow(m)) return -2;
  size_t mask = m->cap - 1;
  size_t i = hash(key, m->nocase) & mask;
  for (; m->keys[i]; i = (i + 1) & mask)
    if (key_eq(m, m->keys[i], key)) return m->values[i];
  m->keys[i] = key;
  m->values[i] = value;
  m->len++;
  return -1;
}
