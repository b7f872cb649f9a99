/*
 * writer.h - the one way coopgraph writes files (writer.c): a dataset
 * directory (entities.csv, agreements.csv, types.csv), rows appended to an
 * existing dataset, a set of files into a directory (a report), or one
 * file. It owns the dataset schema's file and column names.
 *
 * Every file is written to a temporary name beside its target and renamed
 * over it only once complete, so a failed or interrupted write leaves the
 * target as it was. The one rule for temporary names: target DIR/NAME is
 * written as DIR/.NAME.tmp.PID (hidden, in the same directory, so that the
 * rename is atomic). When several files are written together, all are
 * written first and renamed only when all succeeded; on failure every
 * temporary file is removed.
 *
 * Errors are returned as a cg_status with one message in the caller's
 * msg buffer (NUL-terminated, truncated to msg_size; msg may be NULL),
 * quoting the path concerned: "cannot write 'out/x.svg': No space left on
 * device". Nothing here prints.
 */
#ifndef COOPGRAPH_WRITER_H
#define COOPGRAPH_WRITER_H

#include <stddef.h>

#include "buf.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- the schema ---------------------------------------------------------- */

/* The tables of a dataset directory, in the order they are listed. */
typedef enum cg_table { CG_TABLE_ENTITIES = 0, CG_TABLE_AGREEMENTS, CG_TABLE_TYPES } cg_table;
#define CG_NTABLES 3

/* The file of table t: "entities.csv", "agreements.csv", "types.csv" ("" if t is invalid). */
const char *cg_table_file(cg_table t);
/*
 * The columns of table t, in file order, NULL-terminated (*n, when not
 * NULL, gets their number): entities id, kind, name, country, aliases;
 * agreements id, date, end, type, parties, title, source (extra columns may
 * follow); types type, label, description. The loader and every writer use
 * these names.
 */
const char *const *cg_table_columns(cg_table t, size_t *n);
/*
 * Separators inside fields: parties of an agreement ';', aliases of an
 * entity '|', cues of a type '|'.
 */
#define CG_PARTIES_SEPARATOR ';'
#define CG_ALIASES_SEPARATOR '|'
#define CG_CUES_SEPARATOR '|'

/* Appends one CSV row (fields quoted where needed, joined by commas, then LF) to out. */
cg_status cg_write_row(cg_buf *out, const char *const *fields, size_t n);

/* ---- where files may be written ----------------------------------------- */

/* What an output directory may already hold. */
typedef enum cg_dir_policy {
  CG_DIR_EMPTY,      /* nothing (import) */
  CG_DIR_OURS,       /* only files named in cg_dir_options.ours (report) */
  CG_DIR_NO_CLOBBER, /* none of the files about to be written (generate, export --to csv) */
  CG_DIR_FORCE       /* anything (--force): files written replace theirs, others are kept */
} cg_dir_policy;

typedef struct cg_dir_options {
  cg_dir_policy policy;
  int parents;             /* 1: create missing parent directories too (mkdir -p) */
  const char *const *ours; /* CG_DIR_OURS: NULL-terminated names the directory may hold */
  const char *what;        /* for messages: "the report"; NULL: the names of the files */
} cg_dir_options;

#define CG_DIR_OPTIONS_INIT                                                                        \
  { CG_DIR_NO_CLOBBER, 0, NULL, NULL }

/*
 * Checks that dir can take the files names[0..n) under o (NULL: the
 * defaults), without writing anything: a missing dir is fine when it could
 * be created (its parent exists, or o->parents). For callers that want to
 * fail before long work; the writing functions check again. Returns CG_OK,
 * CG_ERR_IO (refused: msg says why and how to override) or CG_ERR_NOMEM.
 */
cg_status cg_write_check_dir(const char *dir, const cg_dir_options *o, const char *const *names,
                             size_t n, char *msg, size_t msg_size);

/* ---- whole files --------------------------------------------------------- */

/*
 * Writes len bytes of data to path through a temporary name beside it, then
 * renames it over path. Returns CG_OK, CG_ERR_IO or CG_ERR_NOMEM.
 */
cg_status cg_write_file(const char *path, const void *data, size_t len, char *msg,
                        size_t msg_size);

/*
 * Writes n files into dir (created when missing), file i named names[i]
 * (no '/') with the bytes of data[i], after checking dir under o (NULL: the
 * defaults). All or nothing: the files are renamed into place only when all
 * were written. A data buffer whose appends failed gives CG_ERR_NOMEM.
 */
cg_status cg_write_files(const char *dir, const cg_dir_options *o, const char *const *names,
                         const cg_buf *const *data, size_t n, char *msg, size_t msg_size);

/*
 * A whole dataset: writes entities.csv, agreements.csv and types.csv into
 * dir from complete CSV texts (header included, as cg_export_csv makes
 * them), tables[t] for table t, as cg_write_files does.
 */
cg_status cg_write_dataset(const char *dir, const cg_dir_options *o,
                           const cg_buf *const tables[CG_NTABLES], char *msg, size_t msg_size);

/*
 * Appends rows to an existing dataset: tables[t] (CSV rows without a
 * header, made with cg_write_row; NULL or empty for none) goes at the end
 * of table t's file. The existing bytes are kept as they are (a final line
 * without its LF gets one); the new file is written to a temporary name and
 * renamed over the old one, all tables written before any is renamed. A
 * missing types.csv is created with its header; a missing entities.csv or
 * agreements.csv is an error (CG_ERR_IO). The caller makes the rows match
 * the file's columns (its extra agreement columns included).
 */
cg_status cg_write_append(const char *dir, const cg_buf *const tables[CG_NTABLES], char *msg,
                          size_t msg_size);

/* ---- a dataset written row by row ----------------------------------------- */

/*
 * For datasets too big to hold in memory (generate, import): each table
 * goes to its temporary file as it is produced, in chunks of about 1 MiB.
 */
typedef struct cg_writer cg_writer;

/*
 * Checks dir under o (NULL: the defaults), creates it when missing and opens
 * the three tables' temporary files, with their header rows written
 * (agreements with the nextra extra column names after the schema's).
 * Free with cg_writer_free. Returns CG_OK, CG_ERR_IO or CG_ERR_NOMEM.
 */
cg_status cg_writer_open(cg_writer **out, const char *dir, const cg_dir_options *o,
                         const char *const *extra, size_t nextra, char *msg, size_t msg_size);
/* Appends one row to table t (see cg_write_row). Errors show at cg_writer_commit. */
void cg_writer_row(cg_writer *w, cg_table t, const char *const *fields, size_t n);
/*
 * The buffer of table t, for a caller that formats rows itself (CSV text,
 * whole rows ending in LF); call cg_writer_spill after each row.
 */
cg_buf *cg_writer_buf(cg_writer *w, cg_table t);
/* Writes table t's buffer out once it holds a chunk. Errors show at cg_writer_commit. */
void cg_writer_spill(cg_writer *w, cg_table t);
/*
 * Finishes every table and renames them into place (all or nothing).
 * Returns CG_OK, CG_ERR_IO or CG_ERR_NOMEM; the writer must still be freed.
 */
cg_status cg_writer_commit(cg_writer *w, char *msg, size_t msg_size);
/* Releases the writer; a dataset not committed leaves no file behind. */
void cg_writer_free(cg_writer *w);

#ifdef __cplusplus
}
#endif
#endif
