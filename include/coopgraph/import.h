/*
 * import.h - turns a plain CSV edge list ("Source,Target,Weight") or treaty
 * list (one row per agreement with a list of parties) into a dataset
 * directory in coopgraph's format: entities.csv, agreements.csv, types.csv.
 *
 * Columns are named by header (ASCII case ignored) or by 1-based number.
 * Entities are the names seen, trimmed; the same name is the same entity. Ids
 * are derived from names (letters, digits, '_', '.', '-'; a clash gets "-2",
 * "-3", ...), so the same input always gives the same ids. With a node table
 * (Gephi's nodes.csv), edge ends are node ids and names come from the table.
 *
 * Problems in rows never stop the import: each is counted under one
 * cg_import_issue, the first CG_IMPORT_EXAMPLES of each kind are added to
 * the diagnostics as warnings with file, line and column, and the row is
 * skipped or repaired as the issue's action says.
 */
#ifndef COOPGRAPH_IMPORT_H
#define COOPGRAPH_IMPORT_H

#include <stddef.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A row's weight w makes w agreements; larger weights are refused. */
#define CG_IMPORT_MAX_WEIGHT 1000000ul
/* Warnings kept per issue as examples; the rest are only counted. */
#define CG_IMPORT_EXAMPLES 3

typedef struct cg_import_options {
  /*
   * Columns: a header name (ASCII case ignored) or a 1-based column number;
   * NULL when not used. Either source and target, or parties.
   */
  const char *source, *target; /* the two ends of each edge */
  const char *parties;         /* a list of two or more parties per row */
  char separator;              /* between parties; 0 means ';' */
  const char *type;            /* agreement type (made a valid type id) */
  const char *date, *end;      /* YYYY, YYYY-MM or YYYY-MM-DD */
  const char *weight;          /* a positive whole number of agreements */
  const char *title;           /* copied to title */
  const char *id;              /* agreement id (made valid and unique) */
  const char *reference;       /* copied to source */

  const char *type_value;      /* type of rows without one; NULL means "edge" */
  const char *reference_value; /* source of rows without one; NULL: the input's file name */
  const char *kind_value;      /* kind of entities without one; NULL means "entity" */

  /* Optional node table: edge ends are its ids, names come from its columns. */
  const char *nodes;             /* path of the node table, or NULL */
  const char *node_id;           /* its id column (required with nodes) */
  const char *const *node_names; /* name columns, joined with ", " when several */
  size_t nnode_names;            /* 0: the name is the node id */
  const char *node_kind;         /* its kind column, or NULL */

  int force; /* 1: write into an output directory that is not empty */
} cg_import_options;

#define CG_IMPORT_OPTIONS_INIT                                                                     \
  {                                                                                                \
    NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,   \
        NULL, 0, NULL, 0                                                                           \
  }

/* What can be wrong with a row, and what the import does about it. */
typedef enum cg_import_issue {
  CG_IMPORT_MALFORMED = 0,   /* not valid CSV (an error): row skipped */
  CG_IMPORT_EMPTY_NAME,      /* empty source, target or party list: row skipped */
  CG_IMPORT_SELF_LOOP,       /* source equals target: row skipped */
  CG_IMPORT_TOO_FEW_PARTIES, /* fewer than two distinct parties: row skipped */
  CG_IMPORT_BAD_WEIGHT,      /* weight not a whole number in 1..max: row skipped */
  CG_IMPORT_EMPTY_PARTY,     /* empty item in a party list: dropped */
  CG_IMPORT_DUPLICATE_PARTY, /* a party listed twice: the repeat dropped */
  CG_IMPORT_BAD_DATE,        /* a date that does not parse: kept undated */
  CG_IMPORT_BAD_END,         /* an end that does not parse or is before the date: dropped */
  CG_IMPORT_EMPTY_TYPE,      /* empty type: the default type */
  CG_IMPORT_DUPLICATE_ID,    /* an id already used: suffixed "-2", "-3", ... */
  CG_IMPORT_UNKNOWN_NODE,    /* an edge end missing from the node table: named as written */
  CG_IMPORT_BAD_NODE,        /* node table row with an empty or repeated id: ignored */
  CG_IMPORT_NISSUES
} cg_import_issue;

/* "self-loop", "bad weight", ...: a short name of the issue. */
const char *cg_import_issue_name(cg_import_issue i);
/* "row skipped", "kept undated", ...: what the import did. */
const char *cg_import_issue_action(cg_import_issue i);

typedef struct cg_import_stats {
  size_t rows;       /* data rows read (not the header, not blank lines) */
  size_t rows_used;  /* rows that gave agreements */
  size_t entities;   /* written to entities.csv */
  size_t agreements; /* written to agreements.csv (weights expanded) */
  size_t types;      /* written to types.csv */
  size_t issues[CG_IMPORT_NISSUES];
} cg_import_stats;

/*
 * Reads the CSV file `path` (header first) and writes entities.csv,
 * agreements.csv and types.csv into outdir (created when missing; its parent
 * must exist). Nothing is written until the whole input has been read; each
 * file then goes to a temporary name and is renamed into place, so a reader
 * never sees half a file. A directory that holds any file is refused unless
 * opts->force; other files are never removed.
 *
 * Agreements come in input order, entities in order of first appearance (the
 * node table's order first, with one), types in order of first use. Agreement
 * ids are the id column's values, or "a<N>" for the N-th data row; a weight
 * w > 1 gives ids "<id>.1" to "<id>.<w>".
 *
 * Returns CG_OK when something was written; CG_ERR_ARG for inconsistent
 * options, CG_ERR_IO when a file cannot be read or written or outdir is not
 * empty, CG_ERR_DATA when a column does not exist or no row is usable,
 * CG_ERR_NOMEM. Each failure adds an error to diags (not NULL). stats (may be
 * NULL) is filled as far as the import got.
 * Time O(input + agreements), memory O(input).
 */
cg_status cg_import_edgelist(const cg_import_options *opts, const char *path, const char *outdir,
                             cg_import_stats *stats, cg_diags *diags);

#ifdef __cplusplus
}
#endif
#endif
