/*
 * buf.h - a growable byte buffer, the one way every writer in coopgraph
 * builds its output (CSV, JSON, tables, DOT post-processing).
 */
#ifndef COOPGRAPH_BUF_H
#define COOPGRAPH_BUF_H

#include <stdarg.h>
#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A plain struct so that it can live on the stack: initialise with
 * CG_BUF_INIT, release with cg_buf_free. `data` is always NUL-terminated once
 * anything was appended; `len` excludes the NUL. After a failed append the
 * buffer is marked `failed` and further appends do nothing, so a writer can
 * check once at the end.
 */
typedef struct cg_buf {
  char *data;
  size_t len;
  size_t cap;
  int failed;
} cg_buf;

#define CG_BUF_INIT                                                                                \
  { NULL, 0, 0, 0 }

/* Releases the buffer's memory and leaves it empty and usable (CG_BUF_INIT). */
void cg_buf_free(cg_buf *b);
/* Empties the buffer but keeps its memory. */
void cg_buf_clear(cg_buf *b);
cg_status cg_buf_append(cg_buf *b, const char *s, size_t n);
cg_status cg_buf_puts(cg_buf *b, const char *s);
cg_status cg_buf_putc(cg_buf *b, char c);
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
cg_status
cg_buf_printf(cg_buf *b, const char *fmt, ...);
cg_status cg_buf_vprintf(cg_buf *b, const char *fmt, va_list ap);
/* Returns data (never NULL: "" for an empty buffer). */
const char *cg_buf_str(const cg_buf *b);
/* Takes ownership of the data (caller frees); the buffer becomes empty. */
char *cg_buf_detach(cg_buf *b, size_t *len);
/* CG_OK, or CG_ERR_NOMEM when any append failed. */
cg_status cg_buf_status(const cg_buf *b);

#ifdef __cplusplus
}
#endif
#endif
