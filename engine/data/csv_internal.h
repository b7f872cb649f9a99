/*
 * csv_internal.h - the CSV reader's in-place mode, for the dataset loader.
 * Private to the library.
 */
#ifndef COOPGRAPH_CSV_INTERNAL_H
#define COOPGRAPH_CSV_INTERNAL_H

#include <coopgraph/csv.h>

/*
 * Like cg_csv_new, but reads data[0..len) in place: quoted fields are
 * unescaped inside data, and each field is NUL-terminated by overwriting the
 * byte after it, so data[len] must exist and be writable (len + 1 bytes).
 * Fields point into data and stay valid as long as data, not only until the
 * next record. data is garbage as CSV afterwards.
 */
cg_csv *cg_csv_new_inplace(char *data, size_t len, const char *path, const cg_csv_options *opts);

#endif
