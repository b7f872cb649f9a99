/*
 * dataset.h - a cooperation dataset in memory: entities, typed and dated
 * agreements between them, and the index used to name entities.
 *
 * A dataset is read from a directory holding entities.csv, agreements.csv and
 * optionally types.csv (see README.md for the schema), or from the same three
 * files already in memory (the embedded default dataset). Loading validates
 * everything and reports every problem it finds in one pass.
 *
 * Entities and agreements are returned as read-only views owned by the
 * dataset and valid until cg_dataset_free. They are numbered from 0 in file
 * order; those numbers are what the analysis functions take and return.
 */
#ifndef COOPGRAPH_DATASET_H
#define COOPGRAPH_DATASET_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_dataset cg_dataset;

/* An entity (agency, nation, company, organisation, ...). */
typedef struct cg_entity {
  const char *id;             /* unique, [A-Za-z0-9_.-]+ */
  const char *name;           /* full name; "" when not given */
  const char *kind;           /* e.g. "agency" */
  int32_t kind_index;         /* index into the dataset's kinds */
  int32_t country;            /* entity index of its nation, or -1 */
  size_t naliases;            /* number of aliases */
  const char *const *aliases; /* other names, as written */
  unsigned long line;         /* line in entities.csv (0 when not from a file) */
} cg_entity;

/* An agreement between two or more entities. */
typedef struct cg_agreement {
  const char *id;
  cg_date date;           /* signature or start; may be unknown */
  cg_date end;            /* expiry or suspension; may be unknown */
  int32_t type;           /* index into the dataset's types */
  uint32_t nparties;      /* 2 or more */
  const int32_t *parties; /* entity indices, in the order written */
  const char *title;
  const char *source;
  unsigned long line; /* line in agreements.csv where the row starts */
} cg_agreement;

/*
 * An agreement type; label, description, group and color come from
 * types.csv when given. Types are drawn by group: one colour per group.
 */
typedef struct cg_type {
  const char *id;
  const char *label;       /* "" when not declared */
  const char *description; /* "" when not declared */
  int declared;            /* 1 when types.csv declares it */
  const char *group;       /* the group as written in types.csv; "" when none */
  const char *color;       /* "#RRGGBB" from types.csv; "" when none */
  int32_t group_index;     /* its group (cg_dataset_group); a type without one is its own */
} cg_type;

/* One input file: path (for messages) and, for in-memory data, its bytes. */
typedef struct cg_file {
  const char *path;
  const char *data; /* NULL: read the file at path */
  size_t len;
} cg_file;

/*
 * Limits that keep a hostile or broken input from using unbounded memory or
 * time. 0 means the default below. A file over max_file is refused before it
 * is read; the others are reported as errors at the row that breaks them.
 * max_pairs bounds the partnership graph: a k-party agreement adds
 * k(k-1)/2 pairs, so a few huge agreements in a small file could otherwise
 * ask for billions of edges.
 */
typedef struct cg_load_options {
  size_t max_errors;  /* errors kept in full in the diags; also where "did you mean" stops */
  size_t max_field;   /* longest CSV field in bytes */
  size_t max_file;    /* largest input file in bytes */
  size_t max_parties; /* most parties of one agreement */
  size_t max_pairs;   /* most entity pairs all agreements together expand to */
  /*
   * Not a limit: agreements.csv with at least this many bytes after its
   * header is read by two threads, each from one half (same result, same
   * messages, in the same order). SIZE_MAX: one thread always.
   */
  size_t split_min;
} cg_load_options;

#define CG_LOAD_DEFAULT_MAX_ERRORS ((size_t)100)
#define CG_LOAD_DEFAULT_MAX_FIELD ((size_t)64 << 10)
#define CG_LOAD_DEFAULT_MAX_FILE ((size_t)1 << 29)
#define CG_LOAD_DEFAULT_MAX_PARTIES ((size_t)1000)
#define CG_LOAD_DEFAULT_MAX_PAIRS ((size_t)20000000)
#define CG_LOAD_DEFAULT_SPLIT_MIN ((size_t)4 << 20)
/* Columns of a CSV header (and fields of a record) at most; not an option. */
#define CG_LOAD_MAX_COLUMNS ((size_t)4096)

#define CG_LOAD_OPTIONS_INIT                                                                       \
  { 0, 0, 0, 0, 0, 0 }

/*
 * Loads the dataset in directory `dir`. On success returns CG_OK and a new
 * dataset in *out (free with cg_dataset_free); warnings may have been added to
 * diags. On failure returns CG_ERR_DATA (problems in diags), CG_ERR_IO (a file
 * could not be read; also in diags) or CG_ERR_NOMEM, and sets *out to NULL.
 * opts may be NULL. diags must not be NULL.
 */
cg_status cg_dataset_load_dir(cg_dataset **out, const char *dir, const cg_load_options *opts,
                              cg_diags *diags);

/*
 * Loads a dataset from three files, each either in memory or on disk. types
 * may be NULL or have a NULL path when there is no types.csv. `name` is what
 * cg_dataset_name returns (a directory path, or e.g. "space-cooperation").
 * Same results as cg_dataset_load_dir.
 */
cg_status cg_dataset_load_files(cg_dataset **out, const char *name, const cg_file *entities,
                                const cg_file *agreements, const cg_file *types,
                                const cg_load_options *opts, cg_diags *diags);

/*
 * Loads a dataset from a Graphviz graph (DOT, as in .dot and .gv files):
 * file->data/len when data is not NULL, else the file at file->path (at most
 * opts->max_file bytes). file->path names the input in messages and is what
 * cg_dataset_name returns. Only the first graph of the file is read (a
 * warning says when there are more); subgraphs and clusters are flattened.
 *
 * Each node is an entity: its name is the id when it is a valid one
 * ([A-Za-z0-9_.-]+, unique ignoring case), else a safe unique id is made from
 * it and the name becomes the entity's name. Node attributes `kind` (default
 * "entity"), `name`, `country` (a node name or entity id of kind nation) and
 * `aliases` ('|'-separated) fill the entity.
 *
 * Each edge is an agreement between its two ends: id from its key (made
 * unique when needed), else "e<N>" for the N-th edge in the file; attributes
 * `type` (default "edge"), `date` and `end` (YYYY[-MM[-DD]]; unknown when
 * absent), `title`, `source`, and `parties` ("A;B;C": the parties in order,
 * for an agreement of more than two; the edges "id#2", "id#3", ... with the
 * same `parties` as edge "id" are further pairs of it, as `coopgraph dot
 * --multi` writes them). Parallel edges are separate agreements; self-loops
 * are left out with a warning; a directed graph is read as undirected, with a
 * warning. A node "@legend" of class "legend" without edges (the legend
 * `coopgraph dot` draws) is not an entity.
 *
 * Returns CG_OK and a new dataset, or CG_ERR_DATA (syntax errors and invalid
 * values, as "line: node "A": ..." or "edge "A" -- "B" (key k): ..." in
 * diags), CG_ERR_IO, CG_ERR_LIMIT or CG_ERR_NOMEM with *out NULL. opts may be
 * NULL; diags must not be. Not thread-safe: cgraph's parser is global.
 */
cg_status cg_dataset_load_dot(cg_dataset **out, const cg_file *file, const cg_load_options *opts,
                              cg_diags *diags);

/* Frees ds and everything it owns; NULL is allowed. Free its views first. */
void cg_dataset_free(cg_dataset *ds);

/* The name given at load time (directory path or embedded name). */
const char *cg_dataset_name(const cg_dataset *ds);

/* Number of entities. */
size_t cg_dataset_nentities(const cg_dataset *ds);
/* The i-th entity; i must be below cg_dataset_nentities. */
const cg_entity *cg_dataset_entity(const cg_dataset *ds, size_t i);

/* Number of agreements, and the i-th (i below that number), owned by ds. */
size_t cg_dataset_nagreements(const cg_dataset *ds);
const cg_agreement *cg_dataset_agreement(const cg_dataset *ds, size_t i);

/* Types in order of first appearance (declared ones first, in types.csv order). */
size_t cg_dataset_ntypes(const cg_dataset *ds);
const cg_type *cg_dataset_type(const cg_dataset *ds, size_t i);
/* Exact (case-insensitive) type lookup; -1 when absent. */
int32_t cg_dataset_find_type(const cg_dataset *ds, const char *id);

/*
 * The dataset's name as the timeline, over-time figure, report and explorer
 * title it: the part after the last '/' of cg_dataset_name (all of it when
 * nothing follows that '/').
 */
const char *cg_dataset_short_name(const cg_dataset *ds);
/* What a reader is shown: the entity's name, or its id when the name is empty. */
const char *cg_entity_display_name(const cg_entity *e);
/* The type's label, or its id when the label is empty. */
const char *cg_type_display_name(const cg_type *t);

/*
 * Type groups, in order of first appearance among the types: a declared
 * group, or for a type without one a group of its own named by its label (or
 * id). The name, and the colour declared for the group ("#RRGGBB", or ""
 * when types.csv gives none).
 */
size_t cg_dataset_ngroups(const cg_dataset *ds);
const char *cg_dataset_group(const cg_dataset *ds, size_t g);
const char *cg_dataset_group_color(const cg_dataset *ds, size_t g);

/*
 * Cues of type t: the phrases that state an agreement of that type in text,
 * from the optional `cues` column of types.csv ('|'-separated; see
 * extract.h). Returns a borrowed array and its length in *count (0 when the
 * type has none). cg_dataset_has_cues is 1 when types.csv has that column.
 */
const char *const *cg_dataset_type_cues(const cg_dataset *ds, size_t t, size_t *count);
int cg_dataset_has_cues(const cg_dataset *ds);

/* Entity kinds in order of first appearance. */
size_t cg_dataset_nkinds(const cg_dataset *ds);
const char *cg_dataset_kind(const cg_dataset *ds, size_t i);
int32_t cg_dataset_find_kind(const cg_dataset *ds, const char *kind);

/*
 * The agreements entity e takes part in, in file order, as a borrowed array
 * of agreement indices. O(1).
 */
const int32_t *cg_dataset_entity_agreements(const cg_dataset *ds, size_t e, size_t *count);

/*
 * Finds an entity by id, name or alias: first exactly ignoring ASCII case,
 * then by the match key of names.h (accents, punctuation and case apart, so
 * "Centre National d'Etudes Spatiales" finds "Centre National d’Études
 * Spatiales"). Returns its index, or -1 when nothing matches. An id match
 * wins over an alias match, an alias over a name.
 */
int32_t cg_dataset_find_entity(const cg_dataset *ds, const char *name);

/*
 * Writes into buf (NUL-terminated) the id of the entity whose id, name or
 * alias is closest to `name` by edit distance, when it is close enough to be
 * a plausible typo; returns 1 then, 0 when there is no good suggestion.
 */
int cg_dataset_suggest_entity(const cg_dataset *ds, const char *name, char *buf, size_t size);
/* The same for types. */
int cg_dataset_suggest_type(const cg_dataset *ds, const char *name, char *buf, size_t size);

/*
 * Sorts agreement indices idx[0..n) oldest first by cg_date_compare, unknown
 * dates last, ties in file order: the order of every listing and timeline.
 * Uses no global state. Returns CG_OK, or CG_ERR_NOMEM (idx unchanged).
 * O(n log n).
 */
cg_status cg_dataset_sort_by_date(const cg_dataset *ds, int32_t *idx, size_t n);

/* Extra columns of agreements.csv beyond the schema, kept as read. */
size_t cg_dataset_nextra(const cg_dataset *ds);
const char *cg_dataset_extra_name(const cg_dataset *ds, size_t col);
/* Value of extra column col for agreement i ("" when the row has none). */
const char *cg_dataset_extra_value(const cg_dataset *ds, size_t i, size_t col);

#ifdef __cplusplus
}
#endif
#endif
