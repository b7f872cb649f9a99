/*
 * merge.h - takes the reviewed proposals of `coopgraph extract` into a
 * dataset: the accepted rows of OUTDIR/agreements.csv and
 * OUTDIR/entities.csv are validated against the dataset and appended to its
 * CSV files, whose existing bytes stay exactly as they were.
 */
#ifndef COOPGRAPH_MERGE_H
#define COOPGRAPH_MERGE_H

#include <stddef.h>

#include "buf.h"
#include "dataset.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_merge_stats {
  size_t entities;   /* new entities */
  size_t agreements; /* new agreements */
  size_t skipped;    /* rows not accepted */
} cg_merge_stats;

/*
 * Reads OUTDIR/agreements.csv and, when present, OUTDIR/entities.csv (the
 * columns `extract` writes; others are ignored). A row is taken when its
 * `accept` column says yes (yes, y, x, 1, true; any case), or with `all`
 * unless it says no (no, n, 0, false); any other value is an error.
 *
 * Every taken row is checked against ds, which was loaded from the CSV
 * directory dataset_dir: ids valid and not already used (by any entity id,
 * name or alias, or agreement id, ignoring case), dates valid, types
 * declared, parties known or among the taken entities. Problems go to diags
 * as OUTDIR/file:line:column errors and give CG_ERR_DATA. Otherwise the new
 * rows of the dataset's entities.csv and agreements.csv, in each file's own
 * column order and line ending, are appended to entities_rows and
 * agreements_rows (CSV rows, no header), the dataset as it will be after
 * they are appended to its files is loaded once more to be sure it is
 * valid, and CG_OK is returned. Nothing is written to disk: append the rows
 * to the files (after the existing bytes, a last line without its line end
 * getting one) with the dataset writer. Returns CG_ERR_IO when a file
 * cannot be read, CG_ERR_NOMEM on memory.
 */
cg_status cg_merge_prepare(const cg_dataset *ds, const char *dataset_dir, const char *outdir,
                           int all, cg_buf *entities_rows, cg_buf *agreements_rows,
                           cg_merge_stats *stats, cg_diags *diags);

#ifdef __cplusplus
}
#endif
#endif
