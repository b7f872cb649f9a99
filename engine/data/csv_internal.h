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

/*
 * A read-only view of data[0..len): fields are slices of data, NOT
 * NUL-terminated (use their lengths), and nothing is ever written, so another
 * thread may read the same buffer. A quoted field holding a doubled quote
 * cannot be a slice: its value is copied (cg_csv_field_copied), and like the
 * copying reader's, valid only until the next record.
 */
cg_csv *cg_csv_new_view(const char *data, size_t len, const char *path,
                        const cg_csv_options *opts);
/* View mode: 1 when field i is a copy (NUL-terminated), not a slice of data. */
int cg_csv_field_copied(const cg_csv *r, size_t i);

/* Where the reader is: the byte offset of the next record, and its line. */
size_t cg_csv_offset(const cg_csv *r);
unsigned long cg_csv_line(const cg_csv *r);

/*
 * Makes the reader stop at byte offset `end`, which must follow a line feed:
 * cg_csv_next returns 0 there as at the end of the input. A quoted field that
 * runs on past `end` (the line feed was inside it) is read on exactly as
 * without the limit, after cross(ctx) has been called (once; the limit is
 * then gone). Lets one thread read up to a line break that another thread
 * reads from, without touching that thread's bytes.
 */
void cg_csv_limit(cg_csv *r, size_t end, void (*cross)(void *ctx), void *ctx);
/*
 * Drops the limit and moves to byte offset `offset`, the start of a record
 * and of line number `line`.
 */
void cg_csv_resume(cg_csv *r, size_t offset, unsigned long line);

#endif
