/*
 * filter.c - applies a cg_filter to a dataset, giving the view every
 * analysis works on: which agreements are in and who their parties are.
 */
#include <coopgraph/filter.h>

#include <stdlib.h>
#include <string.h>

struct cg_view {
  const cg_dataset *ds;
  cg_filter filter;
  unsigned char *entity_in;
  int32_t *rep;     /* representative of each entity */
  uint32_t *pstart; /* parties of agreement a: parties[pstart[a] .. pstart[a+1]) */
  int32_t *parties;
  size_t nagreements, nentities;
  size_t undated_excluded, internal_excluded;
};

void cg_filter_init(cg_filter *f) {
  memset(f, 0, sizeof *f);
  f->from = f->to = f->as_of = CG_DATE_NONE;
  f->multilateral = CG_MULTI_CLIQUE;
}

int cg_filter_has_dates(const cg_filter *f) {
  return cg_date_known(f->from) || cg_date_known(f->to) || cg_date_known(f->as_of);
}

static int contains(const int32_t *set, size_t n, int32_t x) {
  for (size_t i = 0; i < n; i++)
    if (set[i] == x) return 1;
  return 0;
}

/* The date tests; the agreement's date is known here. */
static int dates_pass(const cg_filter *f, const cg_agreement *ag) {
  int32_t first = cg_date_first_day(ag->date), end = cg_date_end_day(ag->date);
  if (cg_date_known(f->from) && end <= cg_date_first_day(f->from)) return 0;
  if (cg_date_known(f->to) && first >= cg_date_end_day(f->to)) return 0;
  if (cg_date_known(f->as_of)) {
    int32_t last = cg_date_end_day(f->as_of); /* the day after as_of's period */
    if (first >= last) return 0;
    if (cg_date_known(ag->end) && cg_date_first_day(ag->end) < last) return 0;
  }
  return 1;
}

cg_status cg_view_new(cg_view **out, const cg_dataset *ds, const cg_filter *f) {
  *out = NULL;
  size_t ne = cg_dataset_nentities(ds), na = cg_dataset_nagreements(ds);
  cg_view *v = calloc(1, sizeof *v);
  if (!v) return CG_ERR_NOMEM;
  v->ds = ds;
  v->filter = *f;
  size_t total = 0;
  for (size_t a = 0; a < na; a++)
    total += cg_dataset_agreement(ds, a)->nparties;
  v->entity_in = calloc(ne ? ne : 1, 1);
  v->rep = malloc((ne ? ne : 1) * sizeof *v->rep);
  v->pstart = malloc((na + 1) * sizeof *v->pstart);
  v->parties = malloc((total ? total : 1) * sizeof *v->parties);
  if (!v->entity_in || !v->rep || !v->pstart || !v->parties) {
    cg_view_free(v);
    return CG_ERR_NOMEM;
  }
  for (size_t e = 0; e < ne; e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    int32_t r = (f->by_nation && en->country >= 0) ? en->country : (int32_t)e;
    v->rep[e] = r;
  }
  for (size_t e = 0; e < ne; e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    int in = v->rep[e] == (int32_t)e;
    if (in && f->nkinds && !contains(f->kinds, f->nkinds, en->kind_index)) in = 0;
    v->entity_in[e] = (unsigned char)in;
    v->nentities += (size_t)in;
  }
  int dated = cg_filter_has_dates(f);
  uint32_t pos = 0;
  for (size_t a = 0; a < na; a++) {
    const cg_agreement *ag = cg_dataset_agreement(ds, a);
    v->pstart[a] = pos;
    if (f->ntypes && !contains(f->types, f->ntypes, ag->type)) continue;
    if (f->nexclude_types && contains(f->exclude_types, f->nexclude_types, ag->type)) continue;
    if (dated && !cg_date_known(ag->date)) {
      v->undated_excluded++;
      continue;
    }
    if (dated && !dates_pass(f, ag)) continue;
    uint32_t start = pos, collapsed = 0;
    for (uint32_t k = 0; k < ag->nparties; k++) {
      int32_t r = v->rep[ag->parties[k]];
      int dup = 0;
      for (uint32_t j = start; j < pos && !dup; j++)
        dup = v->parties[j] == r;
      collapsed |= (uint32_t)dup;
      if (!dup && v->entity_in[r]) v->parties[pos++] = r;
    }
    uint32_t n = pos - start;
    if (n < 2 || (f->multilateral == CG_MULTI_SKIP && n > 2)) {
      if (n < 2 && collapsed) v->internal_excluded++;
      pos = start;
      continue;
    }
    v->nagreements++;
  }
  v->pstart[na] = pos;
  v->nagreements = 0;
  for (size_t a = 0; a < na; a++)
    v->nagreements += v->pstart[a + 1] > v->pstart[a];
  *out = v;
  return CG_OK;
}

void cg_view_free(cg_view *v) {
  if (!v) return;
  free(v->entity_in);
  free(v->rep);
  free(v->pstart);
  free(v->parties);
  free(v);
}

const cg_dataset *cg_view_dataset(const cg_view *v) {
  return v->ds;
}
int cg_view_entity_in(const cg_view *v, size_t e) {
  return v->entity_in[e];
}
int cg_view_agreement_in(const cg_view *v, size_t a) {
  return v->pstart[a + 1] > v->pstart[a];
}
const int32_t *cg_view_parties(const cg_view *v, size_t a, uint32_t *count) {
  *count = v->pstart[a + 1] - v->pstart[a];
  return v->parties + v->pstart[a];
}
size_t cg_view_nagreements(const cg_view *v) {
  return v->nagreements;
}
size_t cg_view_nentities(const cg_view *v) {
  return v->nentities;
}
size_t cg_view_undated_excluded(const cg_view *v) {
  return v->undated_excluded;
}
size_t cg_view_internal_excluded(const cg_view *v) {
  return v->internal_excluded;
}
int32_t cg_view_representative(const cg_view *v, size_t e) {
  return v->rep[e];
}
const cg_filter *cg_view_filter(const cg_view *v) {
  return &v->filter;
}
