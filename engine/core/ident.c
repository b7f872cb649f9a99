/*
 * ident.c - safe, unique entity ids derived from names (see ident_internal.h).
 */
#include "core/ident_internal.h"

#include <stdio.h>
#include <string.h>

static int ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.' || c == '-';
}

int cg_ident_valid(const char *s, size_t len) {
  if (len == 0) return 0;
  for (size_t i = 0; i < len; i++)
    if (!ident_char((unsigned char)s[i])) return 0;
  return 1;
}

const char *cg_ident_make(cg_arena *arena, cg_strmap *taken, const char *name, size_t len,
                          int value) {
  /* Room for the cleaned name plus the longest suffix "-" + 20 digits. */
  char *base = cg_arena_alloc(arena, len + 32);
  if (!base) return NULL;
  size_t n = 0;
  int gap = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)name[i];
    if (ident_char(c)) {
      if (gap && n) base[n++] = '_';
      gap = 0;
      base[n++] = (char)c;
    } else {
      gap = 1;
    }
  }
  while (n && base[n - 1] == '_') n--;
  size_t start = 0;
  while (start < n && base[start] == '_') start++;
  if (start == n) {
    memcpy(base, "entity", 6);
    start = 0;
    n = 6;
  }
  char *id = base + start;
  n -= start;
  id[n] = '\0';
  /* Suffixes count up from 2, so the first holder of a name keeps it plain. */
  for (unsigned long k = 2;; k++) {
    int32_t r = cg_strmap_put(taken, id, value);
    if (r == -1) return id;
    if (r == -2) return NULL;
    snprintf(id + n, 32, "-%lu", k);
  }
}
