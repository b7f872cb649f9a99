/*
 * arena.h - a bump allocator for the dataset's strings: one free releases
 * millions of small strings, and there is no per-string malloc overhead.
 * Private to the library.
 */
#ifndef COOPGRAPH_ARENA_H
#define COOPGRAPH_ARENA_H

#include <stddef.h>

typedef struct cg_arena_chunk cg_arena_chunk;
typedef struct cg_arena {
  cg_arena_chunk *head;
  char *pos, *end;
} cg_arena;

#define CG_ARENA_INIT                                                                              \
  { NULL, NULL, NULL }

void cg_arena_free(cg_arena *a);
/* n bytes aligned for any type, or NULL when out of memory. */
void *cg_arena_alloc(cg_arena *a, size_t n);
/* A NUL-terminated copy of s[0..n), or NULL when out of memory. */
char *cg_arena_strndup(cg_arena *a, const char *s, size_t n);

#endif
