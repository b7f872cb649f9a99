/* buf.c - the growable byte buffer every writer appends to. */
#include <coopgraph/buf.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cg_buf_free(cg_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}

void cg_buf_clear(cg_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

/* Makes room for n more bytes plus the NUL; doubles so appends stay O(1). */
static cg_status reserve(cg_buf *b, size_t n) {
  if (b->failed) return CG_ERR_NOMEM;
  if (n > SIZE_MAX - b->len - 1) {
    b->failed = 1;
    return CG_ERR_NOMEM;
  }
  size_t need = b->len + n + 1;
  if (need <= b->cap) return CG_OK;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = 1;
    return CG_ERR_NOMEM;
  }
  b->data = p;
  b->cap = cap;
  return CG_OK;
}

cg_status cg_buf_append(cg_buf *b, const char *s, size_t n) {
  if (reserve(b, n)) return CG_ERR_NOMEM;
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
  return CG_OK;
}

cg_status cg_buf_puts(cg_buf *b, const char *s) {
  return cg_buf_append(b, s, strlen(s));
}

cg_status cg_buf_putc(cg_buf *b, char c) {
  return cg_buf_append(b, &c, 1);
}

cg_status cg_buf_vprintf(cg_buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0 || reserve(b, (size_t)n)) {
    b->failed = 1;
    return CG_ERR_NOMEM;
  }
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
  return CG_OK;
}

cg_status cg_buf_printf(cg_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cg_status st = cg_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return st;
}

const char *cg_buf_str(const cg_buf *b) {
  return b->data ? b->data : "";
}

char *cg_buf_detach(cg_buf *b, size_t *len) {
  if (!b->data && reserve(b, 0) == CG_OK) b->data[0] = '\0';
  char *p = b->data;
  if (len) *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}

cg_status cg_buf_status(const cg_buf *b) {
  return b->failed ? CG_ERR_NOMEM : CG_OK;
}
