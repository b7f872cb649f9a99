/*
 * csv.h - an RFC 4180 CSV reader over a buffer in memory.
 *
 * It accepts quoted fields, doubled quotes, embedded commas and newlines, LF
 * or CRLF line ends (and lone CR), and a UTF-8 byte-order mark at the very
 * start. It rejects, with a diagnostic that gives line and column, an
 * unterminated quote, text after a closing quote, a quote inside an unquoted
 * field, invalid UTF-8, a NUL byte, and a field longer than the limit.
 *
 * Records are read one at a time into a scratch buffer the reader owns, so
 * memory does not grow with the file.
 */
#ifndef COOPGRAPH_CSV_H
#define COOPGRAPH_CSV_H

#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_csv cg_csv;

#define CG_CSV_DEFAULT_MAX_FIELD ((size_t)64 * 1024)

typedef struct cg_csv_options {
  size_t max_field;  /* longest field in bytes; 0 means CG_CSV_DEFAULT_MAX_FIELD */
  size_t max_fields; /* most fields in one record; 0 means no limit */
} cg_csv_options;

#define CG_CSV_OPTIONS_INIT                                                                        \
  { 0, 0 }

/*
 * Creates a reader over data[0..len). The buffer and path are borrowed and
 * must outlive the reader; path is only used in diagnostics. opts may be NULL.
 * data need not be NUL-terminated, and may be NULL when len is 0. A UTF-8
 * byte-order mark at the very start is skipped and takes no column.
 * Returns NULL when out of memory.
 */
cg_csv *cg_csv_new(const char *data, size_t len, const char *path, const cg_csv_options *opts);
void cg_csv_free(cg_csv *r);

/*
 * Reads the next record. Returns 1 when a record was read, 0 at the end of
 * the input, and -1 when the input is malformed: then an error is added to
 * diags (when not NULL) and the reader skips to the start of the next line it
 * can trust, so a caller may go on and collect further errors. A blank line
 * is a record of one empty field, as RFC 4180 reads it; callers usually skip
 * it with cg_csv_record_blank.
 *
 * Each failed call adds one error, at the exact line and column, except that
 * an unterminated quote is always reported (at its opening quote) even after
 * an earlier error in the same record, since it swallows the rest of the
 * input; the next call then returns 0. After a stray quote or text after a
 * closing quote, the reader resumes at the next physical line. After a NUL,
 * invalid UTF-8 (reported at the first byte of the bad sequence) or a field
 * or record over its limit, the shape of the record is still sound, so the
 * reader finishes that record, quoted line breaks included, and resumes after
 * it. When memory runs out the error says so and the next call returns 0.
 * Time is O(record length); memory is O(longest record).
 */
int cg_csv_next(cg_csv *r, cg_diags *diags);

/* Number of fields of the current record. */
size_t cg_csv_nfields(const cg_csv *r);
/*
 * Field i of the current record, NUL-terminated, unquoted. Valid until the
 * next call to cg_csv_next. Returns "" for i out of range. When len is not
 * NULL it receives the length in bytes.
 */
const char *cg_csv_field(const cg_csv *r, size_t i, size_t *len);
/* 1-based line and column (in characters) where field i starts; 0 when i is out of range. */
unsigned long cg_csv_field_line(const cg_csv *r, size_t i);
unsigned long cg_csv_field_column(const cg_csv *r, size_t i);
/* 1 when field i was written in quotes (its text then starts one column later). */
int cg_csv_field_quoted(const cg_csv *r, size_t i);
/* 1-based line on which the current record starts. */
unsigned long cg_csv_record_line(const cg_csv *r);
/* 1 when the current record is a blank line (one empty, unquoted field). */
int cg_csv_record_blank(const cg_csv *r);

/*
 * Appends value to out as one CSV field, quoting it when it contains a comma,
 * a quote, CR or LF, or starts or ends with a space. Used by the writers of
 * CSV output, so the reader and the writer agree on the format. An empty
 * value writes nothing, so a record that is one empty field reads back as a
 * blank line. value NULL is taken as "".
 * Returns CG_ERR_NOMEM when out cannot grow.
 */
struct cg_buf;
cg_status cg_csv_write_field(struct cg_buf *out, const char *value);

#ifdef __cplusplus
}
#endif
#endif
