/*
 * grow_internal.h - the one "double the array when full" step that the
 * library's growable arrays share, so that each caller does not repeat the
 * realloc dance (and its out-of-memory path) by hand. Private to the library.
 */
#ifndef COOPGRAPH_GROW_INTERNAL_H
#define COOPGRAPH_GROW_INTERNAL_H

#include <stdint.h>
#include <stdlib.h>

/*
 * Makes room in *items (of elements of size `size`, *cap allocated, len used)
 * for one more: when full, doubles *cap (to `first` when empty). Returns 0, or
 * -1 when out of memory, leaving *items and *cap as they were.
 */
static inline int cg_grow(void **items, size_t *cap, size_t len, size_t size, size_t first) {
  if (len < *cap) return 0;
  size_t ncap = *cap ? *cap * 2 : first;
  if (ncap < *cap || ncap > SIZE_MAX / size) return -1;
  void *p = realloc(*items, ncap * size);
  if (!p) return -1;
  *items = p;
  *cap = ncap;
  return 0;
}

/* cg_grow for an array lvalue `arr`, its element size taken from its type. */
#define CG_GROW(arr, cap, len, first) cg_grow((void **)&(arr), &(cap), (len), sizeof *(arr), (first))

#endif
