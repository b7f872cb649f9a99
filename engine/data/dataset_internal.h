/*
 * dataset_internal.h - the layout of cg_dataset, shared by the loader
 * (load.c), the accessors and lookups (dataset.c). Private to the library.
 */
#ifndef COOPGRAPH_DATASET_INTERNAL_H
#define COOPGRAPH_DATASET_INTERNAL_H

#include <coopgraph/dataset.h>

#include "core/arena_internal.h"
#include "core/strmap_internal.h"

/* The cues of one type (types.csv `cues` column). */
typedef struct cg_cue_list {
  const char **items;
  size_t n;
} cg_cue_list;

struct cg_dataset {
  char *name;
  cg_arena arena; /* every string, alias array and party array */

  cg_entity *entities;
  size_t nentities, cap_entities;
  cg_agreement *agreements;
  size_t nagreements, cap_agreements;
  cg_type *types;
  size_t ntypes, cap_types;
  const char **kinds;
  size_t nkinds, cap_kinds;
  const char **groups;       /* name of each type group (cg_dataset_group) */
  const char **group_colors; /* its declared colour or "" */
  size_t ngroups;

  cg_strmap entity_ids;   /* id -> entity, case-insensitive */
  cg_strmap entity_names; /* alias or name -> entity, case-insensitive */
  cg_strmap type_ids;     /* type -> index, case-insensitive */
  cg_strmap kind_ids;     /* kind -> index, exact */
  cg_strmap sources;      /* source -> index in source_list */
  const char **source_list;
  size_t nsources;

  /* Incidence: agreements of entity e are inc[inc_start[e] .. inc_start[e+1]). */
  size_t *inc_start;
  int32_t *inc;

  /* types.csv `cues`: per type index (ncue_lists may be below ntypes), and key -> type */
  int has_cues;
  cg_cue_list *cue_lists;
  size_t ncue_lists;
  cg_strmap cue_keys;

  /* Extra agreements.csv columns: names, and nagreements * nextra values. */
  size_t nextra;
  const char **extra_names;
  const char **extra_values;
};

/* Adds a type (or returns the existing one); -1 when out of memory. */
int32_t cg_dataset_intern_type(cg_dataset *ds, const char *id, size_t len);
/* Adds a kind (or returns the existing one); -1 when out of memory. */
int32_t cg_dataset_intern_kind(cg_dataset *ds, const char *kind, size_t len);
/*
 * Builds the incidence lists and the type groups once all agreements are in;
 * -1 when out of memory.
 */
int cg_dataset_build_incidence(cg_dataset *ds);
/*
 * The same from counts[e + 1] = how many times entity e is a party
 * (counts[0] = 0; nentities + 1 malloc'd entries, which the dataset takes
 * over even on failure), counted by a caller that saw every agreement go
 * in: one pass over the agreements instead of two.
 */
int cg_dataset_build_incidence_counted(cg_dataset *ds, size_t *counts);
/* Pairs of partners of a k-party agreement: k(k-1)/2. */
static inline uint64_t cg_agreement_pairs(uint32_t k) {
  return (uint64_t)k * ((uint64_t)k - 1) / 2;
}
/*
 * Reports an error at `path` when `pairs` pairs of partners (k(k-1)/2 per
 * k-party agreement), which the partnership graph would hold, are more than
 * max_pairs: loaders refuse here, naming the cause, rather than run out of
 * memory in a later analysis. Returns 1 when over. The CSV loader counts
 * the pairs as agreements go in (cg_agreement_pairs); the DOT reader counts
 * them from the edges before it builds any agreement.
 */
int cg_check_pairs(uint64_t pairs, size_t max_pairs, const char *path, cg_diags *diags);
/* An empty dataset, or NULL when out of memory. */
cg_dataset *cg_dataset_alloc(const char *name);
/*
 * Splits v[0..n) at sep into items trimmed of spaces and tabs, empty ones
 * dropped, copied into ds's arena ("a | b||c" gives a, b, c). Returns the
 * array (*count items) or NULL when out of memory. Aliases in CSV and DOT.
 */
const char **cg_dataset_split_list(cg_dataset *ds, const char *v, size_t n, char sep,
                                   size_t *count);
/*
 * "dir/file" in a fresh malloc'd string (no second '/' when dir ends in one),
 * or NULL when out of memory. The loader and merge find the tables with it.
 */
char *cg_dataset_file_path(const char *dir, const char *file);

#endif
