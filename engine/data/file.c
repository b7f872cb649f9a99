/*
 * file.c - opening input files (file_internal.h).
 */
#include "data/file_internal.h"

#include <coopgraph/buf.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

FILE *cg_open_regular(const char *path, cg_diags *diags) {
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    if (diags) cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0, "not a regular file");
    return NULL;
  }
  FILE *f = fopen(path, "rb");
  if (!f && diags)
    cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
  return f;
}

cg_status cg_read_all(FILE *f, const char *path, size_t max, char **out, size_t *len,
                      cg_diags *diags) {
  cg_buf b = CG_BUF_INIT;
  char chunk[1 << 16];
  size_t got;
  cg_status st = CG_OK;
  *out = NULL;
  *len = 0;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + got > max) {
      cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0, "file is larger than the limit of %zu bytes",
                   max);
      st = CG_ERR_LIMIT;
      break;
    }
    if (cg_buf_append(&b, chunk, got)) {
      st = CG_ERR_NOMEM;
      break;
    }
  }
  if (!st && ferror(f)) {
    cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0, "cannot read: %s", strerror(errno));
    st = CG_ERR_IO;
  }
  fclose(f);
  if (st) {
    cg_buf_free(&b);
    return st;
  }
  *out = cg_buf_detach(&b, len);
  if (!*out) *out = calloc(1, 1), *len = 0; /* an empty file */
  return *out ? CG_OK : CG_ERR_NOMEM;
}

cg_status cg_read_path(const char *path, int pipes_ok, size_t max, char **out, size_t *len,
                       cg_diags *diags) {
  *out = NULL;
  FILE *f;
  if (pipes_ok) {
    f = fopen(path, "rb");
    if (!f) cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
  } else {
    f = cg_open_regular(path, diags);
  }
  if (!f) return CG_ERR_IO;
  return cg_read_all(f, path, max, out, len, diags);
}
