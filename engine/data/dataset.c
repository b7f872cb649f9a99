/*
 * dataset.c - the in-memory dataset: accessors, name lookup, and the
 * "did you mean" suggestions shared by the loader and the command line.
 */
#include "data/dataset_internal.h"
#include "core/grow_internal.h"

#include <coopgraph/names.h>
#include <coopgraph/suggest.h>

#include <stdlib.h>
#include <string.h>

cg_dataset *cg_dataset_alloc(const char *name) {
  cg_dataset *ds = calloc(1, sizeof *ds);
  if (!ds) return NULL;
  size_t n = strlen(name) + 1;
  ds->name = malloc(n);
  if (!ds->name) {
    free(ds);
    return NULL;
  }
  memcpy(ds->name, name, n);
  cg_strmap_init(&ds->entity_ids, 1);
  cg_strmap_init(&ds->entity_names, 1);
  cg_strmap_init(&ds->type_ids, 1);
  cg_strmap_init(&ds->kind_ids, 0);
  cg_strmap_init(&ds->sources, 0);
  cg_strmap_init(&ds->cue_keys, 0);
  return ds;
}

void cg_dataset_free(cg_dataset *ds) {
  if (!ds) return;
  cg_strmap_free(&ds->entity_ids);
  cg_strmap_free(&ds->entity_names);
  cg_strmap_free(&ds->type_ids);
  cg_strmap_free(&ds->kind_ids);
  cg_strmap_free(&ds->sources);
  cg_strmap_free(&ds->cue_keys);
  free(ds->cue_lists);
  free(ds->entities);
  free(ds->agreements);
  free(ds->types);
  free(ds->kinds);
  free(ds->groups);
  free(ds->group_colors);
  free(ds->inc_start);
  free(ds->inc);
  free(ds->extra_names);
  free(ds->extra_values);
  free(ds->source_list);
  cg_arena_free(&ds->arena);
  free(ds->name);
  free(ds);
}

const char *cg_dataset_name(const cg_dataset *ds) {
  return ds->name;
}
size_t cg_dataset_nentities(const cg_dataset *ds) {
  return ds->nentities;
}
const cg_entity *cg_dataset_entity(const cg_dataset *ds, size_t i) {
  return &ds->entities[i];
}
size_t cg_dataset_nagreements(const cg_dataset *ds) {
  return ds->nagreements;
}
const cg_agreement *cg_dataset_agreement(const cg_dataset *ds, size_t i) {
  return &ds->agreements[i];
}
size_t cg_dataset_ntypes(const cg_dataset *ds) {
  return ds->ntypes;
}
const cg_type *cg_dataset_type(const cg_dataset *ds, size_t i) {
  return &ds->types[i];
}
const char *cg_dataset_short_name(const cg_dataset *ds) {
  const char *name = cg_dataset_name(ds), *slash = strrchr(name, '/');
  return slash && slash[1] ? slash + 1 : name;
}
const char *cg_entity_display_name(const cg_entity *e) {
  return e->name[0] ? e->name : e->id;
}
const char *cg_type_display_name(const cg_type *t) {
  return t->label[0] ? t->label : t->id;
}
size_t cg_dataset_nkinds(const cg_dataset *ds) {
  return ds->nkinds;
}
const char *cg_dataset_kind(const cg_dataset *ds, size_t i) {
  return ds->kinds[i];
}

int32_t cg_dataset_find_type(const cg_dataset *ds, const char *id) {
  return cg_strmap_get(&ds->type_ids, id);
}

int cg_dataset_has_cues(const cg_dataset *ds) {
  return ds->has_cues;
}

const char *const *cg_dataset_type_cues(const cg_dataset *ds, size_t t, size_t *count) {
  if (t >= ds->ncue_lists || !ds->cue_lists[t].items) {
    *count = 0;
    return NULL;
  }
  *count = ds->cue_lists[t].n;
  return ds->cue_lists[t].items;
}

int32_t cg_dataset_find_kind(const cg_dataset *ds, const char *kind) {
  return cg_strmap_get(&ds->kind_ids, kind);
}

/* 1 when s has the match key `key` (names.h). */
static int same_key(const char *s, const cg_buf *key, cg_buf *scratch) {
  cg_buf_clear(scratch);
  return !cg_name_key(s, strlen(s), scratch) && scratch->len == key->len &&
         memcmp(scratch->data, key->data, key->len) == 0;
}

int32_t cg_dataset_find_entity(const cg_dataset *ds, const char *name) {
  int32_t e = cg_strmap_get(&ds->entity_ids, name);
  if (e < 0) e = cg_strmap_get(&ds->entity_names, name);
  if (e >= 0) return e;
  /*
   * Then through the one name matcher: accents, punctuation and case apart.
   * A scan, and only on a miss, so loading never pays for it.
   */
  cg_buf key = CG_BUF_INIT, scratch = CG_BUF_INIT;
  if (cg_name_key(name, strlen(name), &key) || key.len == 0) goto done;
  for (int pass = 0; pass < 3 && e < 0; pass++) /* ids, then aliases, then names */
    for (size_t i = 0; i < ds->nentities && e < 0; i++) {
      const cg_entity *en = &ds->entities[i];
      if (pass == 0 && same_key(en->id, &key, &scratch)) e = (int32_t)i;
      for (size_t k = 0; pass == 1 && k < en->naliases && e < 0; k++)
        if (same_key(en->aliases[k], &key, &scratch)) e = (int32_t)i;
      if (pass == 2 && en->name[0] && same_key(en->name, &key, &scratch)) e = (int32_t)i;
    }
done:
  cg_buf_free(&key);
  cg_buf_free(&scratch);
  return e;
}

const int32_t *cg_dataset_entity_agreements(const cg_dataset *ds, size_t e, size_t *count) {
  *count = ds->inc_start[e + 1] - ds->inc_start[e];
  return ds->inc + ds->inc_start[e];
}

size_t cg_dataset_nextra(const cg_dataset *ds) {
  return ds->nextra;
}
const char *cg_dataset_extra_name(const cg_dataset *ds, size_t col) {
  return ds->extra_names[col];
}
const char *cg_dataset_extra_value(const cg_dataset *ds, size_t i, size_t col) {
  const char *v = ds->extra_values ? ds->extra_values[i * ds->nextra + col] : NULL;
  return v ? v : "";
}

/* A date beside its agreement, so the sort needs no global context. */
typedef struct dated {
  cg_date date;
  int32_t a;
} dated;

static int dated_cmp(const void *pa, const void *pb) {
  const dated *x = pa, *y = pb;
  int c = cg_date_compare(x->date, y->date);
  return c ? c : (x->a > y->a) - (x->a < y->a);
}

cg_status cg_dataset_sort_by_date(const cg_dataset *ds, int32_t *idx, size_t n) {
  if (n < 2) return CG_OK;
  dated *d = malloc(n * sizeof *d);
  if (!d) return CG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++)
    d[i] = (dated){ds->agreements[idx[i]].date, idx[i]};
  qsort(d, n, sizeof *d, dated_cmp);
  for (size_t i = 0; i < n; i++)
    idx[i] = d[i].a;
  free(d);
  return CG_OK;
}

/*
 * The index of name[0..len) in map; when absent, copies it into the arena,
 * maps it to `next` (the caller has room for that entry) and sets *added to
 * the copy (else NULL). Returns the index, or -1 when out of memory.
 */
static int32_t intern(cg_dataset *ds, cg_strmap *map, const char *name, size_t len, size_t next,
                      char **added) {
  *added = NULL;
  int32_t i = cg_strmap_getn(map, name, len);
  if (i >= 0) return i;
  char *s = cg_arena_strndup(&ds->arena, name, len);
  if (!s) return -1;
  i = cg_strmap_put(map, s, (int32_t)next);
  if (i != -1) return i; /* there after all (>= 0), or out of memory (-2 -> -1) */
  *added = s;
  return (int32_t)next;
}

int32_t cg_dataset_intern_type(cg_dataset *ds, const char *id, size_t len) {
  char *added;
  if (CG_GROW(ds->types, ds->cap_types, ds->ntypes, 16)) return -1;
  int32_t t = intern(ds, &ds->type_ids, id, len, ds->ntypes, &added);
  if (added) ds->types[ds->ntypes++] = (cg_type){added, "", "", 0, "", "", -1};
  return t < 0 ? -1 : t;
}

int32_t cg_dataset_intern_kind(cg_dataset *ds, const char *kind, size_t len) {
  char *added;
  if (CG_GROW(ds->kinds, ds->cap_kinds, ds->nkinds, 16)) return -1;
  int32_t k = intern(ds, &ds->kind_ids, kind, len, ds->nkinds, &added);
  if (added) ds->kinds[ds->nkinds++] = added;
  return k < 0 ? -1 : k;
}

/* Every type's group, in order of first appearance; exact names. */
static int build_groups(cg_dataset *ds) {
  size_t nt = ds->ntypes;
  ds->groups = malloc((nt ? nt : 1) * sizeof *ds->groups);
  ds->group_colors = malloc((nt ? nt : 1) * sizeof *ds->group_colors);
  if (!ds->groups || !ds->group_colors) return -1;
  cg_strmap names;
  cg_strmap_init(&names, 0);
  int rc = 0;
  for (size_t t = 0; t < nt && !rc; t++) {
    cg_type *ty = &ds->types[t];
    const char *name = ty->group[0] ? ty->group : cg_type_display_name(ty);
    int32_t g = cg_strmap_get(&names, name);
    if (g < 0) {
      g = (int32_t)ds->ngroups;
      if (cg_strmap_put(&names, name, g) == -2) {
        rc = -1;
        break;
      }
      ds->groups[ds->ngroups] = name;
      ds->group_colors[ds->ngroups++] = "";
    }
    ty->group_index = g;
    /* The loader has checked that a group's colours agree. */
    if (ty->color[0] && !ds->group_colors[g][0]) ds->group_colors[g] = ty->color;
  }
  cg_strmap_free(&names);
  return rc;
}

size_t cg_dataset_ngroups(const cg_dataset *ds) {
  return ds->ngroups;
}
const char *cg_dataset_group(const cg_dataset *ds, size_t g) {
  return ds->groups[g];
}
const char *cg_dataset_group_color(const cg_dataset *ds, size_t g) {
  return ds->group_colors[g];
}

int cg_check_pairs(uint64_t pairs, size_t max_pairs, const char *path, cg_diags *diags) {
  if (pairs <= max_pairs) return 0;
  cg_diags_add(diags, CG_SEV_ERROR, path, 0, 0,
               "the agreements make %llu pairs of partners (k(k-1)/2 per k-party agreement), "
               "more than the limit of %zu",
               (unsigned long long)pairs, max_pairs);
  return 1;
}

int cg_dataset_build_incidence(cg_dataset *ds) {
  size_t *counts = calloc(ds->nentities + 1, sizeof *counts);
  if (!counts) return -1;
  for (size_t a = 0; a < ds->nagreements; a++) {
    const cg_agreement *ag = &ds->agreements[a];
    for (uint32_t k = 0; k < ag->nparties; k++)
      counts[ag->parties[k] + 1]++;
  }
  return cg_dataset_build_incidence_counted(ds, counts);
}

int cg_dataset_build_incidence_counted(cg_dataset *ds, size_t *counts) {
  ds->inc_start = counts;
  if (build_groups(ds)) return -1;
  size_t n = ds->nentities;
  for (size_t e = 0; e < n; e++)
    ds->inc_start[e + 1] += ds->inc_start[e];
  size_t total = ds->inc_start[n];
  ds->inc = malloc((total ? total : 1) * sizeof *ds->inc);
  size_t *fill = malloc((n ? n : 1) * sizeof *fill);
  if (!ds->inc || !fill) {
    free(fill);
    return -1;
  }
  memcpy(fill, ds->inc_start, n * sizeof *fill);
  for (size_t a = 0; a < ds->nagreements; a++) {
    const cg_agreement *ag = &ds->agreements[a];
    for (uint32_t k = 0; k < ag->nparties; k++)
      ds->inc[fill[ag->parties[k]]++] = (int32_t)a;
  }
  free(fill);
  return 0;
}

int cg_dataset_suggest_entity(const cg_dataset *ds, const char *name, char *buf, size_t size) {
  cg_suggest s;
  cg_suggest_init(&s, name);
  /* An exact name or alias match is the best suggestion of all. */
  int32_t e = cg_strmap_get(&ds->entity_names, name);
  if (e >= 0) s.answer = ds->entities[e].id, s.best = 0;
  for (size_t i = 0; i < ds->nentities && s.best > 0; i++) {
    const cg_entity *en = &ds->entities[i];
    cg_suggest_consider(&s, en->id, en->id);
    if (en->name[0]) cg_suggest_consider(&s, en->name, en->id);
    for (size_t k = 0; k < en->naliases; k++)
      cg_suggest_consider(&s, en->aliases[k], en->id);
  }
  const char *answer = cg_suggest_best(&s);
  if (!answer || !size) return 0;
  strncpy(buf, answer, size - 1);
  buf[size - 1] = '\0';
  return 1;
}

int cg_dataset_suggest_type(const cg_dataset *ds, const char *name, char *buf, size_t size) {
  cg_suggest s;
  cg_suggest_init(&s, name);
  int any_declared = 0;
  for (size_t i = 0; i < ds->ntypes; i++)
    any_declared |= ds->types[i].declared;
  /* When types.csv declares types, only those are worth suggesting. */
  for (size_t i = 0; i < ds->ntypes; i++)
    if (ds->types[i].declared || !any_declared)
      cg_suggest_consider(&s, ds->types[i].id, ds->types[i].id);
  const char *answer = cg_suggest_best(&s);
  if (!answer || !size) return 0;
  strncpy(buf, answer, size - 1);
  buf[size - 1] = '\0';
  return 1;
}

const char **cg_dataset_split_list(cg_dataset *ds, const char *v, size_t n, char sep,
                                   size_t *count) {
  size_t items = 1;
  for (size_t i = 0; i < n; i++)
    items += v[i] == sep;
  const char **out = cg_arena_alloc(&ds->arena, items * sizeof *out);
  *count = 0;
  if (!out) return NULL;
  for (const char *p = v, *end = v + n; p <= end;) {
    const char *q = memchr(p, sep, (size_t)(end - p));
    if (!q) q = end;
    const char *e = q;
    while (p < e && (*p == ' ' || *p == '\t'))
      p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
      e--;
    if (e > p) {
      char *c = cg_arena_strndup(&ds->arena, p, (size_t)(e - p));
      if (!c) return NULL;
      out[(*count)++] = c;
    }
    p = q + 1;
  }
  return out;
}

char *cg_dataset_file_path(const char *dir, const char *file) {
  size_t a = strlen(dir), b = strlen(file);
  char *p = malloc(a + b + 2);
  if (!p) return NULL;
  memcpy(p, dir, a);
  size_t n = a;
  if (a && dir[a - 1] != '/') p[n++] = '/';
  memcpy(p + n, file, b + 1);
  return p;
}
