/*
 * generate.h - synthetic cooperation datasets in the standard format, for
 * tests, benchmarks and demonstrations.
 *
 * The generator grows the network one agreement at a time: the first party of
 * each agreement is drawn uniformly, further parties with probability
 * proportional to (agreements so far + 1), so partner counts are heavy-tailed
 * and hubs emerge, as in real cooperation networks. Types have skewed
 * frequencies, dates run from 1960 to 2026 with every precision, and a share
 * of agreements is multilateral. The output depends only on the options: the
 * same options give byte-identical files on every platform.
 */
#ifndef COOPGRAPH_GENERATE_H
#define COOPGRAPH_GENERATE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CG_GENERATE_MAX_ENTITIES ((size_t)100000000)
#define CG_GENERATE_MAX_AGREEMENTS ((size_t)1000000000)

typedef struct cg_generate_options {
  size_t entities;     /* 2 to CG_GENERATE_MAX_ENTITIES */
  size_t agreements;   /* 0 to CG_GENERATE_MAX_AGREEMENTS */
  double multilateral; /* share of agreements with 3 to 6 parties, 0 to 1 */
  uint64_t seed;       /* any value; equal seeds give equal files */
  int force;           /* 1: overwrite a dataset already in outdir */
} cg_generate_options;

#define CG_GENERATE_OPTIONS_INIT                                                                   \
  { 0, 0, 0.05, 1, 0 }

/*
 * Writes entities.csv, agreements.csv and types.csv into outdir, creating the
 * directory (and its parents) when needed. Rows are streamed to disk in
 * chunks, so memory is O(entities), not O(file), through the dataset writer
 * (writer.h): each file goes to a temporary name and all are renamed into
 * place at the end, so a reader never sees half a file.
 * Time O(entities + agreements * log entities).
 *
 * Fails with CG_ERR_ARG for options out of range, CG_ERR_IO when outdir
 * already holds one of the three files (unless opts->force) or a file
 * cannot be written, and CG_ERR_NOMEM; msg (when not NULL) then says why,
 * NUL-terminated. No temporary file is left behind on failure.
 */
cg_status cg_generate(const cg_generate_options *opts, const char *outdir, char *msg,
                      size_t msg_size);

#ifdef __cplusplus
}
#endif
#endif
