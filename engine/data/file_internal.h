/*
 * file_internal.h - input files for the dataset and article readers: opening
 * one (only a regular file, where pipes are not wanted) and reading it whole,
 * errors in diagnostics. Private to the library.
 */
#ifndef COOPGRAPH_FILE_INTERNAL_H
#define COOPGRAPH_FILE_INTERNAL_H

#include <coopgraph/error.h>

#include <stdio.h>

/*
 * Opens path for reading in binary. A FIFO would block fopen and a device
 * never end, so anything but a regular file is refused. NULL after an error
 * ("not a regular file", "cannot open: ...") added to diags at path:0:0, or
 * not reported when diags is NULL.
 */
FILE *cg_open_regular(const char *path, cg_diags *diags);

/*
 * Reads f to its end and closes it. *out is malloc'd with a NUL after its
 * *len bytes ("" for an empty file). Errors at path:0:0 in diags: "file is
 * larger than the limit of MAX bytes" (CG_ERR_LIMIT), "cannot read: ..."
 * (CG_ERR_IO); or CG_ERR_NOMEM.
 */
cg_status cg_read_all(FILE *f, const char *path, size_t max, char **out, size_t *len,
                      cg_diags *diags);

/*
 * Opens path and reads it whole into *out as cg_read_all does. With
 * pipes_ok it is opened with plain fopen, so a pipe such as /dev/stdin is
 * read; without, through cg_open_regular. "cannot open: ..." at path:0:0.
 */
cg_status cg_read_path(const char *path, int pipes_ok, size_t max, char **out, size_t *len,
                       cg_diags *diags);

#endif
