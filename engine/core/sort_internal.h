/*
 * sort_internal.h - qsort with a context argument (sort.c), so that
 * comparators get what they compare by as a parameter instead of through
 * file-scope statics (which made sorting non-reentrant).
 */
#ifndef COOPGRAPH_SORT_INTERNAL_H
#define COOPGRAPH_SORT_INTERNAL_H

#include <stddef.h>

/* cmp(a, b, ctx) returns <0, 0 or >0 as qsort's comparators do. */
typedef int (*cg_sort_cmp)(const void *a, const void *b, void *ctx);

/* Sorts n elements of `size` bytes at base with cmp, passing ctx to it. Not stable. */
void cg_sort(void *base, size_t n, size_t size, cg_sort_cmp cmp, void *ctx);

#endif
