/*
 * error.c - the diagnostics list: every error and warning found in an input,
 * kept up to a cap so that hostile input cannot exhaust memory; and the one
 * way to fill a `msg, msg_size` reason (error_internal.h).
 */
#include "core/error_internal.h"
#include "core/grow_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct cg_diags {
  cg_diag *items;
  size_t len, cap;
  size_t max_kept;
  size_t errors, warnings, notes;
  size_t kept_errors, kept_warnings, kept_notes;
};

void cg_msg_vset(char *msg, size_t msg_size, const char *fmt, va_list ap) {
  if (msg && msg_size) vsnprintf(msg, msg_size, fmt, ap);
}

void cg_msg_set(char *msg, size_t msg_size, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cg_msg_vset(msg, msg_size, fmt, ap);
  va_end(ap);
}

void cg_msg_set_first(char *msg, size_t msg_size, const char *fmt, ...) {
  if (!msg || !msg_size || msg[0]) return;
  va_list ap;
  va_start(ap, fmt);
  cg_msg_vset(msg, msg_size, fmt, ap);
  va_end(ap);
}

void cg_msg_clear(char *msg, size_t msg_size) {
  if (msg && msg_size) msg[0] = '\0';
}

const char *cg_status_string(cg_status st) {
  switch (st) {
  case CG_OK:
    return "success";
  case CG_ERR_NOMEM:
    return "out of memory";
  case CG_ERR_IO:
    return "input/output error";
  case CG_ERR_DATA:
    return "invalid data";
  case CG_ERR_ARG:
    return "invalid argument";
  case CG_ERR_NOTFOUND:
    return "not found";
  case CG_ERR_LIMIT:
    return "limit exceeded";
  case CG_ERR_INTERNAL:
    return "internal error";
  }
  return "unknown error";
}

cg_diags *cg_diags_new(size_t max_kept) {
  cg_diags *d = calloc(1, sizeof *d);
  if (d) d->max_kept = max_kept ? max_kept : 100;
  return d;
}

void cg_diags_free(cg_diags *d) {
  if (!d) return;
  for (size_t i = 0; i < d->len; i++) {
    free((char *)d->items[i].path);
    free((char *)d->items[i].message);
  }
  free(d->items);
  free(d);
}

static char *dup_str(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

cg_status cg_diags_add(cg_diags *d, cg_severity sev, const char *path, unsigned long line,
                       unsigned long column, const char *fmt, ...) {
  size_t *kept;
  switch (sev) {
  case CG_SEV_ERROR:
    d->errors++;
    kept = &d->kept_errors;
    break;
  case CG_SEV_WARNING:
    d->warnings++;
    kept = &d->kept_warnings;
    break;
  default:
    d->notes++;
    kept = &d->kept_notes;
    break;
  }
  if (*kept >= d->max_kept) return CG_OK;
  if (CG_GROW(d->items, d->cap, d->len, 16)) return CG_ERR_NOMEM;
  char msg[CG_MSG_SIZE];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  cg_diag *dg = &d->items[d->len];
  dg->severity = sev;
  dg->line = line;
  dg->column = column;
  dg->path = dup_str(path);
  dg->message = dup_str(msg);
  if (!dg->message || (path && !dg->path)) {
    free((char *)dg->path);
    free((char *)dg->message);
    return CG_ERR_NOMEM;
  }
  d->len++;
  (*kept)++;
  return CG_OK;
}

cg_diags_mark cg_diags_get_mark(const cg_diags *d) {
  cg_diags_mark m = {d->len,         d->errors,        d->warnings,  d->notes,
                     d->kept_errors, d->kept_warnings, d->kept_notes};
  return m;
}

void cg_diags_rollback(cg_diags *d, const cg_diags_mark *m) {
  for (size_t i = m->len; i < d->len; i++) {
    free((char *)d->items[i].path);
    free((char *)d->items[i].message);
  }
  d->len = m->len;
  d->errors = m->errors;
  d->warnings = m->warnings;
  d->notes = m->notes;
  d->kept_errors = m->kept_errors;
  d->kept_warnings = m->kept_warnings;
  d->kept_notes = m->kept_notes;
}

size_t cg_diags_kept(const cg_diags *d) {
  return d->len;
}

const cg_diag *cg_diags_get(const cg_diags *d, size_t i) {
  return i < d->len ? &d->items[i] : NULL;
}

size_t cg_diags_errors(const cg_diags *d) {
  return d->errors;
}

size_t cg_diags_warnings(const cg_diags *d) {
  return d->warnings;
}

/* Rank of a path: the position of its first diagnostic, so files keep the order they were read. */
static size_t path_rank(const cg_diags *d, const char *path) {
  for (size_t i = 0; i < d->len; i++) {
    const char *p = d->items[i].path;
    if (p == path || (p && path && strcmp(p, path) == 0)) return i;
  }
  return d->len;
}

/*
 * Orders by file (in the order files were first reported), then line and
 * column. Insertion sort: the list is capped, and it must be stable.
 */
void cg_diags_sort(cg_diags *d) {
  size_t *rank = malloc((d->len ? d->len : 1) * sizeof *rank);
  if (!rank) return; /* unsorted output is still correct output */
  for (size_t i = 0; i < d->len; i++)
    rank[i] = path_rank(d, d->items[i].path);
  for (size_t i = 1; i < d->len; i++) {
    cg_diag x = d->items[i];
    size_t xr = rank[i];
    size_t j = i;
    while (j > 0) {
      const cg_diag *p = &d->items[j - 1];
      int c = (rank[j - 1] > xr) - (rank[j - 1] < xr);
      if (c == 0) c = (p->line > x.line) - (p->line < x.line);
      if (c == 0) c = (p->column > x.column) - (p->column < x.column);
      if (c <= 0) break;
      d->items[j] = d->items[j - 1];
      rank[j] = rank[j - 1];
      j--;
    }
    d->items[j] = x;
    rank[j] = xr;
  }
  free(rank);
}

char *cg_diag_format(const cg_diag *dg, char *buf, size_t size) {
  static const char *const sev[] = {"error", "warning", "note"};
  const char *s = (unsigned)dg->severity < 3 ? sev[dg->severity] : "error";
  if (dg->path && dg->line && dg->column)
    snprintf(buf, size, "%s:%lu:%lu: %s: %s", dg->path, dg->line, dg->column, s, dg->message);
  else if (dg->path && dg->line)
    snprintf(buf, size, "%s:%lu: %s: %s", dg->path, dg->line, s, dg->message);
  else if (dg->path)
    snprintf(buf, size, "%s: %s: %s", dg->path, s, dg->message);
  else
    snprintf(buf, size, "%s: %s", s, dg->message);
  return buf;
}
