/*
 * query.h - questions about one entity or about time, answered on a view:
 * who partners most with an entity, the history of an entity (or of a pair),
 * and how many agreements were made per year, decade or month.
 *
 * Every query works on a cg_view, so every filter applies. An entity given to
 * a query is first replaced by its representative in the view (its nation
 * under by_nation). Results go into caller-owned structs that the matching
 * _free function releases; a struct that a query failed to fill is left
 * empty, so freeing it is always safe.
 */
#ifndef COOPGRAPH_QUERY_H
#define COOPGRAPH_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "filter.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How many agreements of one type. */
typedef struct cg_type_count {
  int32_t type; /* index into the dataset's types */
  size_t count;
} cg_type_count;

/*
 * Orders type counts as every listing shows them: count descending, then type
 * id ascending (byte order). O(n^2); n is at most the number of types.
 */
void cg_type_counts_sort(cg_type_count *tc, size_t n, const cg_dataset *ds);

/* ---- partners ---------------------------------------------------------- */

/* One partner of the entity asked about. */
typedef struct cg_partner {
  int32_t entity;      /* dataset index of the partner (a representative) */
  size_t agreements;   /* in-view agreements it shares with the entity */
  cg_date first, last; /* earliest / latest known date of those; unknown if none */
  size_t ntypes;
  cg_type_count *types; /* owned; ordered by cg_type_counts_sort */
} cg_partner;

typedef struct cg_partner_list {
  int32_t entity; /* the entity asked about, after roll-up */
  size_t count;
  cg_partner *items; /* owned; ranked */
} cg_partner_list;

#define CG_PARTNER_LIST_INIT                                                                       \
  { -1, 0, NULL }

/*
 * Fills *out with every entity that shares at least one in-view agreement
 * with `entity` (rolled up to its representative). A multilateral agreement
 * makes every other party a partner. Ranked by shared agreements descending,
 * then by last known date (later first, unknown last), then entity id
 * ascending; `top` > 0 keeps only the first `top`. An entity the view leaves
 * out has no partners. Returns CG_OK, CG_ERR_ARG (entity out of range) or
 * CG_ERR_NOMEM (out is then empty). O(N + P log P), N = the parties of all
 * agreements, P = the partner slots of the entity's agreements.
 */
cg_status cg_query_partners(cg_partner_list *out, const cg_view *v, size_t entity, size_t top);
void cg_partner_list_free(cg_partner_list *p);

/* ---- history ----------------------------------------------------------- */

typedef struct cg_history {
  int32_t entities[2]; /* after roll-up; entities[1] is -1 for one entity */
  size_t count;
  int32_t *agreements; /* owned; agreement indices, oldest first (cg_date_compare),
                          unknown dates last, ties in file order */
  cg_date first, last; /* earliest / latest known date; unknown if none */
  /*
   * The longest gap: the largest difference in days between the first days of
   * two consecutive known dates in the list (the earliest such pair on a tie).
   * -1, with gap_from and gap_to unknown, when fewer than two dates are known.
   */
  int32_t longest_gap_days;
  cg_date gap_from, gap_to;
} cg_history;

#define CG_HISTORY_INIT                                                                            \
  { {-1, -1}, 0, NULL, CG_DATE_NONE, CG_DATE_NONE, -1, CG_DATE_NONE, CG_DATE_NONE }

/*
 * Fills *out with the in-view agreements `entity` takes part in, or, when
 * entity2 >= 0, those both take part in (as the view sees the parties). When
 * both roll up to the same representative, it is the history of that one.
 * Returns CG_OK, CG_ERR_ARG (an entity out of range) or CG_ERR_NOMEM.
 * O(N + A log A), N = the parties of all agreements, A = those listed.
 */
cg_status cg_query_history(cg_history *out, const cg_view *v, size_t entity, int32_t entity2);
void cg_history_free(cg_history *h);

/* ---- timeline ---------------------------------------------------------- */

typedef enum cg_timeline_by { CG_BY_YEAR = 0, CG_BY_DECADE, CG_BY_MONTH } cg_timeline_by;

typedef struct cg_period {
  char label[12];    /* "2005", "2000s" or "2005-03" */
  cg_date start;     /* first day of the period (precision year or month) */
  size_t agreements; /* agreements counted in this period */
  size_t cumulative; /* agreements counted in this period and every earlier one */
  size_t ntypes;
  cg_type_count *types; /* owned; ordered by cg_type_counts_sort */
} cg_period;

typedef struct cg_timeline {
  cg_timeline_by by;
  size_t nperiods;
  cg_period *periods; /* owned; consecutive, from the first to the last period
                         that has an agreement, empty ones included */
  size_t undated;     /* in-view agreements left out for having no date */
  size_t coarser;     /* counted ones whose date is coarser than a period
                         (a bare year under CG_BY_MONTH) */
} cg_timeline;

#define CG_TIMELINE_INIT                                                                           \
  { CG_BY_YEAR, 0, NULL, 0, 0 }

/*
 * Counts the in-view agreements per period (those `entity` takes part in
 * when entity >= 0). Each agreement is counted once, in the period holding
 * the first day of its date; so "2005" under CG_BY_MONTH counts in 2005-01
 * (and in `coarser`). Agreements of unknown date are counted only in
 * `undated`. Returns CG_OK, CG_ERR_ARG (bad `by` or entity) or CG_ERR_NOMEM.
 * O(N + A log A + periods), N = the parties of all agreements, A = those counted.
 */
cg_status cg_query_timeline(cg_timeline *out, const cg_view *v, cg_timeline_by by, int32_t entity);
void cg_timeline_free(cg_timeline *t);

#ifdef __cplusplus
}
#endif
#endif
