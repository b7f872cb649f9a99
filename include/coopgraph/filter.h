/*
 * filter.h - which agreements and entities an analysis looks at.
 *
 * Every analysis and drawing command shares these filters. A filter is
 * applied to a dataset once, giving a cg_view: for each agreement, whether it
 * is in and which (possibly rolled-up) entities are its parties; for each
 * entity, whether it is in. Views are what the partnership graph is built
 * from.
 *
 * Semantics (README documents them for users):
 * - from/to: an agreement is in when its date's period overlaps the window
 *   [first day of `from`, last day of `to`]; partial dates are periods.
 * - as_of: the agreement's period starts on or before the last day of
 *   `as_of`, and it has no end or its end period starts after that day.
 * - With any date filter, agreements of unknown date are left out and counted
 *   in cg_view_undated_excluded; without one they stay in.
 * - types/exclude_types: agreement types kept / dropped.
 * - kinds: entities kept by kind; an agreement stays while at least two of
 *   its parties remain, and only those count as its parties.
 * - by_nation: an entity with a country is replaced by that nation before
 *   anything else; parties that collapse into one are counted once, and an
 *   agreement left with fewer than two parties is internal and left out.
 */
#ifndef COOPGRAPH_FILTER_H
#define COOPGRAPH_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include "dataset.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum cg_multilateral {
  CG_MULTI_CLIQUE = 0, /* k parties add 1 to each of the k(k-1)/2 pairs */
  CG_MULTI_SKIP = 1    /* agreements of more than two parties are left out */
} cg_multilateral;

/* A filter. Plain data: fill it with cg_filter_init and the setters below. */
typedef struct cg_filter {
  cg_date from, to, as_of; /* unknown precision = not set */
  /* Type indices of the dataset; NULL/0 = no restriction. Borrowed. */
  const int32_t *types;
  size_t ntypes;
  const int32_t *exclude_types;
  size_t nexclude_types;
  /* Kind indices of the dataset; NULL/0 = all kinds. Borrowed. */
  const int32_t *kinds;
  size_t nkinds;
  int by_nation;
  cg_multilateral multilateral;
} cg_filter;

/* Sets every field to "no restriction". */
void cg_filter_init(cg_filter *f);
/* 1 when a date filter (from, to or as_of) is set. */
int cg_filter_has_dates(const cg_filter *f);

typedef struct cg_view cg_view;

/*
 * Applies f to ds. Returns CG_OK and a new view in *out, or CG_ERR_NOMEM.
 * The view borrows ds, which must outlive it. O(parties of all agreements).
 */
cg_status cg_view_new(cg_view **out, const cg_dataset *ds, const cg_filter *f);
void cg_view_free(cg_view *v);

/* The dataset the view borrows. */
const cg_dataset *cg_view_dataset(const cg_view *v);
/* 1 when entity e is in (always 0 for an entity rolled up into its nation). */
int cg_view_entity_in(const cg_view *v, size_t e);
/* 1 when agreement a is in. */
int cg_view_agreement_in(const cg_view *v, size_t a);
/*
 * The parties of agreement a as the view sees them (rolled up, filtered,
 * distinct, in the order written); *count is 0 for an agreement not in.
 * Borrowed, valid as long as the view.
 */
const int32_t *cg_view_parties(const cg_view *v, size_t a, uint32_t *count);
/* Agreements in, entities in. */
size_t cg_view_nagreements(const cg_view *v);
size_t cg_view_nentities(const cg_view *v);
/* Agreements left out only because their date is unknown and a date filter is set. */
size_t cg_view_undated_excluded(const cg_view *v);
/* Agreements left out by by_nation because all their parties rolled into one. */
size_t cg_view_internal_excluded(const cg_view *v);
/* The entity e stands for in this view: its nation under by_nation, else e. */
int32_t cg_view_representative(const cg_view *v, size_t e);
/* The filter the view was made with (a copy; its arrays are still borrowed). */
const cg_filter *cg_view_filter(const cg_view *v);

#ifdef __cplusplus
}
#endif
#endif
