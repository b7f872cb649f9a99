/* arena.c - bump allocator in chunks of 1 MiB, plus blocks it was given to own. */
#define _POSIX_C_SOURCE 200809L /* munmap */

#include "core/arena_internal.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

struct cg_arena_chunk {
  cg_arena_chunk *next;
  alignas(max_align_t) char data[];
};

struct cg_arena_owned {
  cg_arena_owned *next;
  void *block;
  size_t mapped; /* 0: malloc'd; else the size of a mapping */
};

void cg_arena_free(cg_arena *a) {
  /* The list lives in the chunks: walk it before they go. */
  for (cg_arena_owned *o = a->owned; o; o = o->next)
    if (o->mapped)
      munmap(o->block, o->mapped);
    else
      free(o->block);
  a->owned = NULL;
  cg_arena_chunk *c = a->head;
  while (c) {
    cg_arena_chunk *next = c->next;
    free(c);
    c = next;
  }
  a->head = NULL;
  a->pos = a->end = NULL;
}

void *cg_arena_alloc_aligned(cg_arena *a, size_t n, size_t align) {
  uintptr_t p = (uintptr_t)a->pos;
  size_t pad = (align - (p & (align - 1))) & (align - 1);
  if (!a->pos || n > (size_t)(a->end - a->pos) || pad > (size_t)(a->end - a->pos) - n) {
    size_t size = 1u << 20;
    if (n > size - 64) size = n + 64;
    if (n > SIZE_MAX - sizeof(cg_arena_chunk) - 64) return NULL;
    cg_arena_chunk *c = malloc(sizeof *c + size);
    if (!c) return NULL;
    c->next = a->head;
    a->head = c;
    a->pos = c->data;
    a->end = c->data + size;
    pad = 0;
  }
  void *r = a->pos + pad;
  a->pos += pad + n;
  return r;
}

void *cg_arena_alloc(cg_arena *a, size_t n) {
  return cg_arena_alloc_aligned(a, n, alignof(max_align_t));
}

char *cg_arena_strndup(cg_arena *a, const char *s, size_t n) {
  /* Strings need no alignment: allocate from the current chunk byte-wise. */
  if (a->pos && n < (size_t)(a->end - a->pos)) {
    char *r = a->pos;
    memcpy(r, s, n);
    r[n] = '\0';
    a->pos += n + 1;
    return r;
  }
  char *r = cg_arena_alloc(a, n + 1);
  if (r) {
    memcpy(r, s, n);
    r[n] = '\0';
  }
  return r;
}

int cg_arena_adopt(cg_arena *a, void *block) {
  cg_arena_owned *o = cg_arena_alloc(a, sizeof *o);
  if (!o) return -1;
  o->block = block;
  o->mapped = 0;
  o->next = a->owned;
  a->owned = o;
  return 0;
}

int cg_arena_adopt_mapping(cg_arena *a, void *addr, size_t size) {
  if (cg_arena_adopt(a, addr)) return -1;
  a->owned->mapped = size;
  return 0;
}

void cg_arena_absorb(cg_arena *into, cg_arena *from) {
  cg_arena_owned **o = &into->owned;
  while (*o)
    o = &(*o)->next;
  *o = from->owned;
  if (!into->head) {
    into->head = from->head;
    into->pos = from->pos;
    into->end = from->end;
  } else if (from->head) {
    /* from's chunks go after into's current one, which stays the one allocated from. */
    cg_arena_chunk *last = from->head;
    while (last->next)
      last = last->next;
    last->next = into->head->next;
    into->head->next = from->head;
  }
  from->head = NULL;
  from->owned = NULL;
  from->pos = from->end = NULL;
}
