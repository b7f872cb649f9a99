/*
 * sort.c - cg_sort: qsort with a context argument. C11's qsort has none;
 * glibc's qsort_r has (with this argument order), so it is used as is.
 */
#define _GNU_SOURCE /* qsort_r */
#include "core/sort_internal.h"

#include <stdlib.h>

void cg_sort(void *base, size_t n, size_t size, cg_sort_cmp cmp, void *ctx) {
  if (n > 1) qsort_r(base, n, size, cmp, ctx);
}
