/*
 * error.h - status codes and diagnostics shared by every coopgraph module
 * (error.c).
 *
 * The library never prints and never exits. A function that can fail returns
 * a cg_status (CG_OK is 0). It says why in one of two ways, chosen by what
 * it does, never both:
 *
 * - cg_diags, for functions that read input data (the dataset loaders,
 *   cg_csv_next, cg_import_edgelist): one cg_diag per problem, located at
 *   path:line:column where it has a place, so that a caller can report every
 *   error of a file in one run. Such a function reports everything through
 *   its diags, its option and I/O errors too (without a line).
 * - `char *msg, size_t msg_size` as the last two parameters, for every other
 *   fallible operation (writing, exporting, rendering, generating, worker
 *   processes): one reason, quoting any path it concerns ("cannot write
 *   'out/x.svg': Permission denied"). msg may be NULL; when the status is
 *   not CG_OK it holds the reason, NUL-terminated (callers read it only
 *   then), and CG_MSG_SIZE bytes hold any message in full.
 *
 * A parser of one value (cg_date_parse) also gives one reason in msg; the
 * loader that called it turns it into a diagnostic at the value's place.
 *
 * Functions that fail only for lack of memory, a wrong argument or an
 * internal failure of igraph (CG_ERR_NOMEM, CG_ERR_ARG, CG_ERR_INTERNAL)
 * take neither: the status says it all (cg_status_string).
 */
#ifndef COOPGRAPH_ERROR_H
#define COOPGRAPH_ERROR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Result of a fallible function. CG_OK is 0 so `if (st)` reads "on error". */
typedef enum cg_status {
  CG_OK = 0,
  CG_ERR_NOMEM,    /* an allocation failed */
  CG_ERR_IO,       /* a file could not be read or written */
  CG_ERR_DATA,     /* the input is invalid; details are in the cg_diags */
  CG_ERR_ARG,      /* the caller passed an invalid argument */
  CG_ERR_NOTFOUND, /* a looked-up name matched nothing */
  CG_ERR_LIMIT,    /* an input exceeded a configured limit */
  CG_ERR_INTERNAL  /* a dependency (igraph, Graphviz) failed */
} cg_status;

/* Room for any message of the library in a msg buffer (see above). */
#define CG_MSG_SIZE 1024

/* A short English name of a status, e.g. "out of memory". Never NULL. */
const char *cg_status_string(cg_status st);

typedef enum cg_severity { CG_SEV_ERROR = 0, CG_SEV_WARNING = 1, CG_SEV_NOTE = 2 } cg_severity;

/*
 * One problem found in an input. `path` may be NULL when no file is involved;
 * `line` and `column` are 1-based, 0 when unknown. `column` counts characters
 * (code points), not bytes, so an editor jumps to the right place.
 * All strings are owned by the cg_diags list that holds the diagnostic.
 */
typedef struct cg_diag {
  cg_severity severity;
  const char *path;
  unsigned long line;
  unsigned long column;
  const char *message;
} cg_diag;

/* A list of diagnostics. Opaque; create with cg_diags_new. */
typedef struct cg_diags cg_diags;

/*
 * Creates an empty list that keeps the first `max_kept` errors and the first
 * `max_kept` warnings in full and only counts the rest, so hostile input with
 * millions of problems cannot exhaust memory. 0 means the default, 100.
 * Returns NULL when out of memory.
 */
cg_diags *cg_diags_new(size_t max_kept);
void cg_diags_free(cg_diags *d);

/*
 * Adds a diagnostic; the message is printf-formatted and copied, as is path.
 * Returns CG_ERR_NOMEM when the copy fails (the diagnostic is then counted but
 * not kept).
 */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
cg_status
cg_diags_add(cg_diags *d, cg_severity sev, const char *path, unsigned long line,
             unsigned long column, const char *fmt, ...);

/* Number of diagnostics kept (retrievable with cg_diags_get). */
size_t cg_diags_kept(const cg_diags *d);
/* The i-th kept diagnostic in the order added; NULL when i is out of range. */
const cg_diag *cg_diags_get(const cg_diags *d, size_t i);
/* Totals including those not kept. */
size_t cg_diags_errors(const cg_diags *d);
size_t cg_diags_warnings(const cg_diags *d);
/* Sorts kept diagnostics by path, line, column (stable), for stable output. */
void cg_diags_sort(cg_diags *d);

/*
 * Formats one diagnostic as "path:line:column: error: message" (parts that are
 * unknown are left out) into buf, always NUL-terminated. Returns buf.
 */
char *cg_diag_format(const cg_diag *dg, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
