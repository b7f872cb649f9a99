/*
 * export_csv.c - the view written back as a dataset in coopgraph's own CSV
 * format, normalised and sorted (see export.h), so that exports of the same
 * data diff cleanly and load back to the same analysis.
 */
#include "export/export_internal.h"

#include "core/sort_internal.h"
#include <coopgraph/writer.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int entity_cmp(const void *a, const void *b, void *ds) {
  return strcmp(cg_dataset_entity(ds, (size_t) * (const int32_t *)a)->id,
                cg_dataset_entity(ds, (size_t) * (const int32_t *)b)->id);
}

static int agreement_cmp(const void *a, const void *b, void *ds) {
  const cg_agreement *x = cg_dataset_agreement(ds, (size_t) * (const int32_t *)a);
  const cg_agreement *y = cg_dataset_agreement(ds, (size_t) * (const int32_t *)b);
  int c = cg_date_compare(x->date, y->date);
  return c ? c : strcmp(x->id, y->id);
}

static int type_cmp(const void *a, const void *b, void *ds) {
  return strcmp(cg_dataset_type(ds, (size_t) * (const int32_t *)a)->id,
                cg_dataset_type(ds, (size_t) * (const int32_t *)b)->id);
}

/* The header of table t: the schema's columns (writer.h). */
static void header(cg_buf *out, cg_table t) {
  size_t n;
  const char *const *cols = cg_table_columns(t, &n);
  cg_write_row(out, cols, n);
}

static void write_entities(const cg_view *v, const int32_t *idx, size_t n, cg_buf *out,
                           cg_buf *tmp) {
  const cg_dataset *ds = cg_view_dataset(v);
  header(out, CG_TABLE_ENTITIES);
  for (size_t i = 0; i < n; i++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)idx[i]);
    const char *country = en->country >= 0 && cg_view_entity_in(v, (size_t)en->country)
                              ? cg_dataset_entity(ds, (size_t)en->country)->id
                              : "";
    cg_buf_clear(tmp);
    static const char sep[] = {CG_ALIASES_SEPARATOR, '\0'};
    cg_xgraph_aliases(en, sep, tmp);
    const char *f[5] = {en->id, en->kind, en->name, country, cg_buf_str(tmp)};
    cg_write_row(out, f, 5);
  }
}

static cg_status write_agreements(const cg_view *v, const int32_t *idx, size_t n, cg_buf *out,
                                  cg_buf *tmp) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t nx = cg_dataset_nextra(ds);
  size_t nc;
  const char *const *head = cg_table_columns(CG_TABLE_AGREEMENTS, &nc);
  const char **f = malloc((nc + nx) * sizeof *f);
  if (!f) return CG_ERR_NOMEM;
  memcpy(f, head, nc * sizeof *f);
  for (size_t c = 0; c < nx; c++)
    f[nc + c] = cg_dataset_extra_name(ds, c);
  cg_write_row(out, f, nc + nx);
  for (size_t i = 0; i < n; i++) {
    const cg_agreement *a = cg_dataset_agreement(ds, (size_t)idx[i]);
    uint32_t k;
    const int32_t *p = cg_view_parties(v, (size_t)idx[i], &k);
    cg_buf_clear(tmp);
    for (uint32_t j = 0; j < k; j++) {
      if (j) cg_buf_putc(tmp, CG_PARTIES_SEPARATOR);
      cg_buf_puts(tmp, cg_dataset_entity(ds, (size_t)p[j])->id);
    }
    char d[11], e[11];
    f[0] = a->id;
    f[1] = cg_date_format(a->date, d);
    f[2] = cg_date_format(a->end, e);
    f[3] = cg_dataset_type(ds, (size_t)a->type)->id;
    f[4] = cg_buf_str(tmp);
    f[5] = a->title;
    f[6] = a->source;
    for (size_t c = 0; c < nx; c++)
      f[nc + c] = cg_dataset_extra_value(ds, (size_t)idx[i], c);
    cg_write_row(out, f, nc + nx);
  }
  free(f);
  return CG_OK;
}

/*
 * The optional cues (extract.h), group and color columns only when the
 * dataset has them, so that older readers keep working.
 */
static void write_types(const cg_dataset *ds, const int32_t *idx, size_t n, cg_buf *out) {
  int cues = cg_dataset_has_cues(ds), styled = 0;
  for (size_t i = 0; i < n; i++) {
    const cg_type *t = cg_dataset_type(ds, (size_t)idx[i]);
    styled |= t->group[0] || t->color[0];
  }
  size_t ncols;
  const char *const *cols = cg_table_columns(CG_TABLE_TYPES, &ncols);
  const char *head[8]; /* the schema's 3, then at most 3 optional columns */
  size_t nh = 0;
  for (size_t k = 0; k < ncols && k < 3; k++)
    head[nh++] = cols[k];
  if (cues) head[nh++] = "cues";
  if (styled) head[nh++] = "group", head[nh++] = "color";
  cg_write_row(out, head, nh);
  cg_buf joined = CG_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    const cg_type *t = cg_dataset_type(ds, (size_t)idx[i]);
    size_t nc;
    const char *const *c = cg_dataset_type_cues(ds, (size_t)idx[i], &nc);
    cg_buf_clear(&joined);
    for (size_t k = 0; k < nc; k++) {
      if (k) cg_buf_putc(&joined, CG_CUES_SEPARATOR);
      cg_buf_puts(&joined, c[k]);
    }
    const char *f[8];
    size_t nf = 0;
    f[nf++] = t->id, f[nf++] = t->label, f[nf++] = t->description;
    if (cues) f[nf++] = cg_buf_str(&joined);
    if (styled) f[nf++] = t->group, f[nf++] = t->color;
    cg_write_row(out, f, nf);
  }
  cg_buf_free(&joined);
}

cg_status cg_export_csv(const cg_view *v, cg_buf *entities, cg_buf *agreements, cg_buf *types,
                        char *msg, size_t msg_size) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t ne = cg_dataset_nentities(ds), na = cg_dataset_nagreements(ds);
  size_t nt = cg_dataset_ntypes(ds), ke = 0, ka = 0;
  int32_t *ei = malloc((ne + 1) * sizeof *ei), *ai = malloc((na + 1) * sizeof *ai);
  int32_t *ti = malloc((nt + 1) * sizeof *ti);
  cg_buf tmp = CG_BUF_INIT;
  cg_status st = CG_ERR_NOMEM;
  if (!ei || !ai || !ti) goto done;
  for (size_t e = 0; e < ne; e++)
    if (cg_view_entity_in(v, e)) ei[ke++] = (int32_t)e;
  for (size_t a = 0; a < na; a++)
    if (cg_view_agreement_in(v, a)) ai[ka++] = (int32_t)a;
  for (size_t t = 0; t < nt; t++)
    ti[t] = (int32_t)t;
  cg_sort(ei, ke, sizeof *ei, entity_cmp, (void *)ds);
  cg_sort(ai, ka, sizeof *ai, agreement_cmp, (void *)ds);
  cg_sort(ti, nt, sizeof *ti, type_cmp, (void *)ds);
  write_entities(v, ei, ke, entities, &tmp);
  if ((st = write_agreements(v, ai, ka, agreements, &tmp)) != CG_OK) goto done;
  write_types(ds, ti, nt, types);
  st = cg_buf_status(&tmp) || cg_buf_status(entities) || cg_buf_status(agreements) ||
               cg_buf_status(types)
           ? CG_ERR_NOMEM
           : CG_OK;
done:
  if (st) cg_msg_set(msg, msg_size, "out of memory");
  cg_buf_free(&tmp);
  free(ei);
  free(ai);
  free(ti);
  return st;
}
