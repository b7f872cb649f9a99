/*
 * query.c - the questions about one entity or about time (query.h):
 * partners, history and timeline, each computed in one pass over a view.
 *
 * Partners and timeline both group (key, type) records: they are sorted by
 * key then type, so one run of a key holds runs of each of its types.
 * Partners and history look only at the agreements of the entity asked
 * about, found through the dataset's incidence lists, not at every one.
 */
#include <coopgraph/query.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cg_type_counts_sort(cg_type_count *tc, size_t n, const cg_dataset *ds) {
  for (size_t i = 1; i < n; i++) {
    cg_type_count x = tc[i];
    const char *xid = cg_dataset_type(ds, (size_t)x.type)->id;
    size_t j = i;
    while (j > 0) {
      const cg_type_count *p = &tc[j - 1];
      int before =
          p->count > x.count ||
          (p->count == x.count && strcmp(cg_dataset_type(ds, (size_t)p->type)->id, xid) <= 0);
      if (before) break;
      tc[j] = tc[j - 1];
      j--;
    }
    tc[j] = x;
  }
}

/* 1 when entity (a representative) is among a's parties as v sees them. */
static int involves(const cg_view *v, size_t a, int32_t entity) {
  uint32_t n;
  const int32_t *p = cg_view_parties(v, a, &n);
  for (uint32_t k = 0; k < n; k++)
    if (p[k] == entity) return 1;
  return 0;
}

static int int32_cmp(const void *pa, const void *pb) {
  int32_t a = *(const int32_t *)pa, b = *(const int32_t *)pb;
  return (a > b) - (a < b);
}

/*
 * The agreements that may involve `who` (a representative) as v sees it, in
 * dataset order, each once: those of every entity that `who` stands for
 * (itself, or with --by-nation its agencies and companies too). A superset:
 * callers still check involves(). *out is malloc'd; CG_OK or CG_ERR_NOMEM.
 */
static cg_status candidates(int32_t **out, size_t *n, const cg_view *v, int32_t who) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t ne = cg_dataset_nentities(ds), total = 0, members = 0, count;
  *n = 0;
  for (size_t e = 0; e < ne; e++)
    if (cg_view_representative(v, e) == who) {
      cg_dataset_entity_agreements(ds, e, &count);
      total += count;
      members++;
    }
  if (!(*out = malloc((total ? total : 1) * sizeof **out))) return CG_ERR_NOMEM;
  for (size_t e = 0; e < ne; e++)
    if (cg_view_representative(v, e) == who) {
      const int32_t *list = cg_dataset_entity_agreements(ds, e, &count);
      memcpy(*out + *n, list, count * sizeof *list);
      *n += count;
    }
  if (members > 1) { /* one entity's list is in dataset order already */
    qsort(*out, *n, sizeof **out, int32_cmp);
    size_t u = 0;
    for (size_t i = 0; i < *n; i++)
      if (!u || (*out)[i] != (*out)[u - 1]) (*out)[u++] = (*out)[i];
    *n = u;
  }
  return CG_OK;
}

/* A (key, type) record, with the agreement's date for partners. */
typedef struct record {
  int32_t key, type;
  cg_date date;
} record;

static int record_cmp(const void *pa, const void *pb) {
  const record *a = pa, *b = pb;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  return (a->type > b->type) - (a->type < b->type);
}

/*
 * Fills *out / *nout with the type counts of records r[0..n) (sorted by type
 * within one key), ordered for display. Returns CG_OK or CG_ERR_NOMEM.
 */
static cg_status type_counts(cg_type_count **out, size_t *nout, const record *r, size_t n,
                             const cg_dataset *ds) {
  size_t runs = 0;
  for (size_t i = 0; i < n; i++)
    runs += i == 0 || r[i].type != r[i - 1].type;
  *nout = 0;
  *out = NULL;
  if (!runs) return CG_OK;
  if (!(*out = malloc(runs * sizeof **out))) return CG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || r[i].type != r[i - 1].type) (*out)[(*nout)++] = (cg_type_count){r[i].type, 0};
    (*out)[*nout - 1].count++;
  }
  cg_type_counts_sort(*out, *nout, ds);
  return CG_OK;
}

/* ---- partners ---------------------------------------------------------- */

/* What a partner is ranked by, so the sort needs no context. */
typedef struct rank_key {
  const char *id;
  cg_partner p;
} rank_key;

/* Later last date first, unknown last; 0 when equal. */
static int later_first(cg_date a, cg_date b) {
  int ka = cg_date_known(a), kb = cg_date_known(b);
  if (!ka || !kb) return kb - ka;
  return -cg_date_compare(a, b);
}

static int rank_cmp(const void *pa, const void *pb) {
  const rank_key *a = pa, *b = pb;
  if (a->p.agreements != b->p.agreements) return a->p.agreements > b->p.agreements ? -1 : 1;
  int c = later_first(a->p.last, b->p.last);
  return c ? c : strcmp(a->id, b->id);
}

/* Sorts the partners into their ranking. Returns CG_OK or CG_ERR_NOMEM. */
static cg_status rank_partners(cg_partner_list *l, const cg_dataset *ds) {
  if (l->count < 2) return CG_OK;
  rank_key *k = malloc(l->count * sizeof *k);
  if (!k) return CG_ERR_NOMEM;
  for (size_t i = 0; i < l->count; i++) {
    k[i] = (rank_key){cg_dataset_entity(ds, (size_t)l->items[i].entity)->id, l->items[i]};
  }
  qsort(k, l->count, sizeof *k, rank_cmp);
  for (size_t i = 0; i < l->count; i++)
    l->items[i] = k[i].p;
  free(k);
  return CG_OK;
}

/* Collects one record per (agreement with `who`, other party). */
static cg_status partner_records(record **out, size_t *n, const cg_view *v, int32_t who) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t cap = 0, na;
  int32_t *cand;
  *out = NULL;
  *n = 0;
  if (candidates(&cand, &na, v, who)) return CG_ERR_NOMEM;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < na; i++) {
      size_t a = (size_t)cand[i];
      if (!involves(v, a, who)) continue;
      uint32_t np;
      const int32_t *p = cg_view_parties(v, a, &np);
      const cg_agreement *ag = cg_dataset_agreement(ds, a);
      for (uint32_t k = 0; k < np; k++) {
        if (p[k] == who) continue;
        if (pass == 0)
          cap++;
        else
          (*out)[(*n)++] = (record){p[k], ag->type, ag->date};
      }
    }
    if (pass == 0 && !(*out = malloc((cap ? cap : 1) * sizeof **out))) {
      free(cand);
      return CG_ERR_NOMEM;
    }
  }
  free(cand);
  qsort(*out, *n, sizeof **out, record_cmp);
  return CG_OK;
}

cg_status cg_query_partners(cg_partner_list *out, const cg_view *v, size_t entity, size_t top) {
  const cg_dataset *ds = cg_view_dataset(v);
  *out = (cg_partner_list)CG_PARTNER_LIST_INIT;
  if (entity >= cg_dataset_nentities(ds)) return CG_ERR_ARG;
  int32_t who = cg_view_representative(v, entity);
  out->entity = who;
  record *r;
  size_t n, groups = 0;
  if (partner_records(&r, &n, v, who)) return CG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    groups += i == 0 || r[i].key != r[i - 1].key;
  cg_status st = CG_OK;
  if (groups && !(out->items = calloc(groups, sizeof *out->items))) st = CG_ERR_NOMEM;
  for (size_t i = 0, j; !st && i < n; i = j) {
    cg_partner *p = &out->items[out->count++];
    p->entity = r[i].key;
    p->first = p->last = CG_DATE_NONE;
    for (j = i; j < n && r[j].key == r[i].key; j++) {
      cg_date d = r[j].date;
      if (!cg_date_known(d)) continue;
      if (!cg_date_known(p->first) || cg_date_compare(d, p->first) < 0) p->first = d;
      if (!cg_date_known(p->last) || cg_date_compare(d, p->last) > 0) p->last = d;
    }
    p->agreements = j - i;
    st = type_counts(&p->types, &p->ntypes, r + i, j - i, ds);
  }
  free(r);
  if (!st) st = rank_partners(out, ds);
  if (st) {
    cg_partner_list_free(out);
    return st;
  }
  if (top && top < out->count) {
    for (size_t i = top; i < out->count; i++)
      free(out->items[i].types);
    out->count = top;
  }
  return CG_OK;
}

void cg_partner_list_free(cg_partner_list *p) {
  for (size_t i = 0; i < p->count; i++)
    free(p->items[i].types);
  free(p->items);
  *p = (cg_partner_list)CG_PARTNER_LIST_INIT;
}

/* ---- history ----------------------------------------------------------- */

/* The summary of a sorted history: first, last and the longest gap. */
static void history_summary(cg_history *h, const cg_dataset *ds) {
  size_t known = 0;
  while (known < h->count &&
         cg_date_known(cg_dataset_agreement(ds, (size_t)h->agreements[known])->date))
    known++;
  if (!known) return;
  h->first = cg_dataset_agreement(ds, (size_t)h->agreements[0])->date;
  h->last = cg_dataset_agreement(ds, (size_t)h->agreements[known - 1])->date;
  for (size_t i = 1; i < known; i++) {
    cg_date a = cg_dataset_agreement(ds, (size_t)h->agreements[i - 1])->date;
    cg_date b = cg_dataset_agreement(ds, (size_t)h->agreements[i])->date;
    int32_t gap = cg_date_first_day(b) - cg_date_first_day(a);
    if (gap > h->longest_gap_days) {
      h->longest_gap_days = gap;
      h->gap_from = a;
      h->gap_to = b;
    }
  }
}

cg_status cg_query_history(cg_history *out, const cg_view *v, size_t entity, int32_t entity2) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t ne = cg_dataset_nentities(ds);
  *out = (cg_history)CG_HISTORY_INIT;
  if (entity >= ne || entity2 < -1 || (entity2 >= 0 && (size_t)entity2 >= ne)) return CG_ERR_ARG;
  int32_t e1 = cg_view_representative(v, entity);
  int32_t e2 = entity2 >= 0 ? cg_view_representative(v, (size_t)entity2) : -1;
  if (e2 == e1) e2 = -1;
  out->entities[0] = e1;
  out->entities[1] = e2;
  int32_t *cand;
  size_t nc;
  if (candidates(&cand, &nc, v, e1)) return CG_ERR_NOMEM;
  for (size_t i = 0; i < nc; i++) {
    size_t a = (size_t)cand[i];
    if (involves(v, a, e1) && (e2 < 0 || involves(v, a, e2))) cand[out->count++] = (int32_t)a;
  }
  if (!out->count) {
    free(cand);
    return CG_OK;
  }
  out->agreements = cand;
  if (cg_dataset_sort_by_date(ds, out->agreements, out->count)) {
    cg_history_free(out);
    return CG_ERR_NOMEM;
  }
  history_summary(out, ds);
  return CG_OK;
}

void cg_history_free(cg_history *h) {
  free(h->agreements);
  *h = (cg_history)CG_HISTORY_INIT;
}

/* ---- timeline ---------------------------------------------------------- */

/* A number for the period holding d's first day; consecutive periods differ by step(). */
static int32_t period_key(cg_date d, cg_timeline_by by) {
  if (by == CG_BY_DECADE) return d.year / 10 * 10;
  if (by == CG_BY_MONTH) return d.year * 12 + (d.month ? d.month - 1 : 0);
  return d.year;
}

static int32_t period_step(cg_timeline_by by) {
  return by == CG_BY_DECADE ? 10 : 1;
}

static void period_name(cg_period *p, int32_t key, cg_timeline_by by) {
  char buf[11];
  if (by == CG_BY_MONTH)
    p->start = (cg_date){(int16_t)(key / 12), (uint8_t)(key % 12 + 1), 0, CG_DATE_MONTH};
  else
    p->start = (cg_date){(int16_t)key, 0, 0, CG_DATE_YEAR};
  cg_date_format(p->start, buf); /* "2005" or "2005-03" */
  snprintf(p->label, sizeof p->label, "%s%s", buf, by == CG_BY_DECADE ? "s" : "");
}

/* Records (period key, type) of the agreements counted; tallies the others in t. */
static cg_status timeline_records(record **out, size_t *n, cg_timeline *t, const cg_view *v,
                                  int32_t who) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t na = cg_dataset_nagreements(ds);
  *n = 0;
  if (!(*out = malloc((na ? na : 1) * sizeof **out))) return CG_ERR_NOMEM;
  for (size_t a = 0; a < na; a++) {
    if (!cg_view_agreement_in(v, a) || (who >= 0 && !involves(v, a, who))) continue;
    const cg_agreement *ag = cg_dataset_agreement(ds, a);
    if (!cg_date_known(ag->date)) {
      t->undated++;
      continue;
    }
    t->coarser += t->by == CG_BY_MONTH && ag->date.precision == CG_DATE_YEAR;
    (*out)[(*n)++] = (record){period_key(ag->date, t->by), ag->type, ag->date};
  }
  qsort(*out, *n, sizeof **out, record_cmp);
  return CG_OK;
}

cg_status cg_query_timeline(cg_timeline *out, const cg_view *v, cg_timeline_by by, int32_t entity) {
  const cg_dataset *ds = cg_view_dataset(v);
  *out = (cg_timeline)CG_TIMELINE_INIT;
  if ((by != CG_BY_YEAR && by != CG_BY_DECADE && by != CG_BY_MONTH) || entity < -1 ||
      (entity >= 0 && (size_t)entity >= cg_dataset_nentities(ds)))
    return CG_ERR_ARG;
  out->by = by;
  int32_t who = entity >= 0 ? cg_view_representative(v, (size_t)entity) : -1;
  record *r;
  size_t n;
  if (timeline_records(&r, &n, out, v, who)) return CG_ERR_NOMEM;
  cg_status st = CG_OK;
  if (n) {
    int32_t step = period_step(by), lo = r[0].key;
    size_t np = (size_t)((r[n - 1].key - lo) / step) + 1;
    if (!(out->periods = calloc(np, sizeof *out->periods))) st = CG_ERR_NOMEM;
    for (size_t i = 0; !st && i < np; i++)
      period_name(&out->periods[out->nperiods++], lo + (int32_t)i * step, by);
    for (size_t i = 0, j; !st && i < n; i = j) {
      for (j = i; j < n && r[j].key == r[i].key; j++)
        ;
      cg_period *p = &out->periods[(r[i].key - lo) / step];
      p->agreements = j - i;
      st = type_counts(&p->types, &p->ntypes, r + i, j - i, ds);
    }
    for (size_t i = 0; !st && i < np; i++)
      out->periods[i].cumulative =
          out->periods[i].agreements + (i ? out->periods[i - 1].cumulative : 0);
  }
  free(r);
  if (st) cg_timeline_free(out);
  return st;
}

void cg_timeline_free(cg_timeline *t) {
  for (size_t i = 0; i < t->nperiods; i++)
    free(t->periods[i].types);
  free(t->periods);
  *t = (cg_timeline)CG_TIMELINE_INIT;
}
