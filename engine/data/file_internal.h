/*
 * file_internal.h - opening an input file the way every dataset and article
 * reader does: only a regular file, the error in diagnostics. Private to the
 * library.
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

#endif
