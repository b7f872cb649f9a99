/*
 * error_internal.h - filling the `char *msg, size_t msg_size` reason that
 * error.h describes, once for every module that returns one (error.c).
 * Private to the library.
 */
#ifndef COOPGRAPH_ERROR_INTERNAL_H
#define COOPGRAPH_ERROR_INTERNAL_H

#include <coopgraph/error.h>

#include <stdarg.h>

#if defined(__GNUC__)
#define CG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CG_PRINTF(f, a)
#endif

/* Formats the reason into msg; nothing when msg is NULL or msg_size is 0. */
void cg_msg_set(char *msg, size_t msg_size, const char *fmt, ...) CG_PRINTF(3, 4);
void cg_msg_vset(char *msg, size_t msg_size, const char *fmt, va_list ap) CG_PRINTF(3, 0);
/*
 * The same, only when msg is still empty: where later failures follow from
 * the first (a pool of workers, a build of several figures), the first
 * cause is the one to say.
 */
void cg_msg_set_first(char *msg, size_t msg_size, const char *fmt, ...) CG_PRINTF(3, 4);
/* Empties msg (when there is one): a function's first step, so no stale reason is read. */
void cg_msg_clear(char *msg, size_t msg_size);

/*
 * Where a diagnostics list stands, to go back to: a loader that tried a
 * faster way, found it cannot give the same result, and starts again.
 */
typedef struct cg_diags_mark {
  size_t len, errors, warnings, notes, kept_errors, kept_warnings, kept_notes;
} cg_diags_mark;
cg_diags_mark cg_diags_get_mark(const cg_diags *d);
/* Drops what was added since the mark; nothing may have reordered the list (cg_diags_sort). */
void cg_diags_rollback(cg_diags *d, const cg_diags_mark *m);

#endif
