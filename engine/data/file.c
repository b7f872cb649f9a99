/*
 * file.c - opening input files (file_internal.h).
 */
#include "data/file_internal.h"

#include <errno.h>
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
