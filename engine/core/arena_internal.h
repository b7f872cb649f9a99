/*
 * arena_internal.h - a bump allocator for the dataset's strings: one free releases
 * millions of small strings, and there is no per-string malloc overhead.
 * Private to the library.
 */
#ifndef COOPGRAPH_ARENA_INTERNAL_H
#define COOPGRAPH_ARENA_INTERNAL_H

#include <stddef.h>

typedef struct cg_arena_chunk cg_arena_chunk;
typedef struct cg_arena_owned cg_arena_owned;
typedef struct cg_arena {
  cg_arena_chunk *head;
  char *pos, *end;
  cg_arena_owned *owned; /* malloc'd blocks freed with the arena */
} cg_arena;

#define CG_ARENA_INIT                                                                              \
  { NULL, NULL, NULL, NULL }

void cg_arena_free(cg_arena *a);
/* n bytes aligned for any type, or NULL when out of memory. */
void *cg_arena_alloc(cg_arena *a, size_t n);
/*
 * n bytes aligned to align (a power of two, at most alignof(max_align_t)),
 * or NULL: small arrays of small types need not pay 16-byte alignment.
 */
void *cg_arena_alloc_aligned(cg_arena *a, size_t n, size_t align);
/* A NUL-terminated copy of s[0..n), or NULL when out of memory. */
char *cg_arena_strndup(cg_arena *a, const char *s, size_t n);
/*
 * Takes ownership of a malloc'd block (e.g. a file whose text the strings
 * point into): cg_arena_free frees it. Returns 0, or -1 when out of memory,
 * in which case the block is still the caller's.
 */
int cg_arena_adopt(cg_arena *a, void *block);
/* The same for a mapping (mmap) of size bytes: cg_arena_free unmaps it. */
int cg_arena_adopt_mapping(cg_arena *a, void *addr, size_t size);
/*
 * Moves everything `from` holds (chunks, owned blocks) into `into`, leaving
 * `from` empty: what was allocated from either stays valid until `into` is
 * freed. For a thread that filled an arena of its own.
 */
void cg_arena_absorb(cg_arena *into, cg_arena *from);

#endif
