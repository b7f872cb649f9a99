/*
 * merge.c - validates the accepted rows of an extract directory against a
 * dataset and builds the dataset's new CSV files: existing bytes, then the
 * new rows (merge.h).
 */
#define _POSIX_C_SOURCE 200809L

#include <coopgraph/csv.h>
#include <coopgraph/merge.h>

#include "core/arena_internal.h"
#include "core/grow_internal.h"
#include "core/ident_internal.h"
#include "core/strmap_internal.h"
#include "data/dataset_internal.h"
#include "data/file_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define ERR(d, path, line, col, ...) cg_diags_add(d, CG_SEV_ERROR, path, line, col, __VA_ARGS__)

/* One row of an extract file: the fields we use, copied, with their positions. */
enum { NCOLS = 8 };
typedef struct row {
  const char *v[NCOLS];
  unsigned long line, col[NCOLS];
  int taken;
} row;

typedef struct table {
  const char *path;
  row *rows;
  size_t n, cap;
  int present;
} table;

static const char *const ENT_COLS[NCOLS] = {"id",     "kind",   "name", "country",
                                            "aliases", "accept", NULL,   NULL};
static const char *const AGR_COLS[NCOLS] = {"id",      "date",  "end",    "type",
                                            "parties", "title", "source", "accept"};

static cg_status read_all(const char *path, char **out, size_t *len, int *missing,
                          cg_diags *d) {
  *out = NULL;
  struct stat sb;
  if (stat(path, &sb) != 0 && errno == ENOENT && missing) {
    *missing = 1;
    return CG_OK;
  }
  return cg_read_path(path, 0, SIZE_MAX, out, len, d);
}

/* Reads an extract file into rows; a missing required column is an error. */
static cg_status read_table(table *t, const char *path, const char *const *cols, int optional,
                            cg_arena *arena, cg_diags *d) {
  memset(t, 0, sizeof *t);
  t->path = path;
  char *data;
  size_t len = 0;
  int missing = 0;
  cg_status st = read_all(path, &data, &len, optional ? &missing : NULL, d);
  if (st || missing) return st;
  t->present = 1;
  cg_csv *r = cg_csv_new(data, len, path, NULL);
  if (!r) {
    free(data);
    return CG_ERR_NOMEM;
  }
  int idx[NCOLS];
  for (int k = 0; k < NCOLS; k++)
    idx[k] = -1;
  int got = cg_csv_next(r, d);
  if (got == 1)
    for (size_t i = 0; i < cg_csv_nfields(r); i++)
      for (int k = 0; k < NCOLS; k++)
        if (cols[k] && cg_streq_nocase(cg_csv_field(r, i, NULL), cols[k])) idx[k] = (int)i;
  for (int k = 0; k < NCOLS && got == 1; k++)
    if (cols[k] && idx[k] < 0 && strcmp(cols[k], "accept") != 0 && k < 5) {
      ERR(d, path, 1, 1, "missing column '%s'", cols[k]);
      st = CG_ERR_DATA;
    }
  if (got != 1) {
    ERR(d, path, 1, 1, "empty file: expected the header that extract writes");
    st = CG_ERR_DATA;
  }
  while (!st && (got = cg_csv_next(r, d)) != 0) {
    if (got < 0) {
      st = CG_ERR_DATA;
      continue;
    }
    if (cg_csv_record_blank(r)) continue;
    if (CG_GROW(t->rows, t->cap, t->n, 32)) {
      st = CG_ERR_NOMEM;
      break;
    }
    row *w = &t->rows[t->n++];
    memset(w, 0, sizeof *w);
    w->line = cg_csv_record_line(r);
    for (int k = 0; k < NCOLS; k++) {
      if (!cols[k] || idx[k] < 0) {
        w->v[k] = "";
        w->col[k] = 1;
        continue;
      }
      size_t n;
      const char *v = cg_csv_field(r, (size_t)idx[k], &n);
      w->v[k] = cg_arena_strndup(arena, v, n);
      w->col[k] = cg_csv_field_column(r, (size_t)idx[k]);
      if (!w->v[k]) st = CG_ERR_NOMEM;
    }
  }
  cg_csv_free(r);
  free(data);
  return st;
}

/* Decides whether a row is taken; an unknown accept value is an error (-1). */
static int decide(const table *t, row *w, int accept_col, int all, cg_diags *d) {
  const char *v = w->v[accept_col];
  while (*v == ' ')
    v++;
  char low[16];
  size_t n = strlen(v);
  while (n && v[n - 1] == ' ')
    n--;
  if (n >= sizeof low) n = sizeof low - 1;
  for (size_t i = 0; i < n; i++)
    low[i] = (char)(v[i] >= 'A' && v[i] <= 'Z' ? v[i] + 32 : v[i]);
  low[n] = '\0';
  static const char *const YES[] = {"yes", "y", "x", "1", "true", NULL};
  static const char *const NO[] = {"no", "n", "0", "false", NULL};
  for (int i = 0; YES[i]; i++)
    if (strcmp(low, YES[i]) == 0) return w->taken = 1;
  for (int i = 0; NO[i]; i++)
    if (strcmp(low, NO[i]) == 0) return w->taken = 0;
  if (n == 0) return w->taken = all;
  ERR(d, t->path, w->line, w->col[accept_col],
      "accept must be yes or no (or empty), not '%s'", w->v[accept_col]);
  return -1;
}

static int any_declared(const cg_dataset *ds) {
  for (size_t t = 0; t < cg_dataset_ntypes(ds); t++)
    if (cg_dataset_type(ds, t)->declared) return 1;
  return 0;
}

/* Appends one row in the order of the existing header `hdr`. */
static void append_row(cg_buf *out, const char *const *hdr, size_t nh, const char *const *names,
                       const char *const *vals, const char *eol) {
  for (size_t i = 0; i < nh; i++) {
    const char *v = "";
    for (int k = 0; names[k]; k++)
      if (cg_streq_nocase(hdr[i], names[k])) v = vals[k];
    if (i) cg_buf_putc(out, ',');
    cg_csv_write_field(out, v);
  }
  cg_buf_puts(out, eol);
}

/* The header names of an existing dataset file, and its line end. */
static cg_status header_of(const char *data, size_t len, const char *path, cg_arena *arena,
                           const char ***hdr, size_t *nh, const char **eol) {
  cg_csv *r = cg_csv_new(data, len, path, NULL);
  if (!r) return CG_ERR_NOMEM;
  *nh = 0;
  *hdr = NULL;
  if (cg_csv_next(r, NULL) == 1) {
    *nh = cg_csv_nfields(r);
    *hdr = cg_arena_alloc(arena, (*nh ? *nh : 1) * sizeof **hdr);
    for (size_t i = 0; *hdr && i < *nh; i++) {
      size_t n;
      const char *h = cg_csv_field(r, i, &n);
      while (n && (*h == ' ' || *h == '\t'))
        h++, n--;
      while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
        n--;
      (*hdr)[i] = cg_arena_strndup(arena, h, n);
      if (!(*hdr)[i]) *hdr = NULL;
    }
  }
  cg_csv_free(r);
  const char *nl = memchr(data, '\n', len);
  *eol = nl && nl > data && nl[-1] == '\r' ? "\r\n" : "\n";
  return *hdr || !*nh ? CG_OK : CG_ERR_NOMEM;
}

cg_status cg_merge_prepare(const cg_dataset *ds, const char *dataset_dir, const char *outdir,
                           int all, cg_buf *entities_rows, cg_buf *agreements_rows,
                           cg_merge_stats *stats, cg_diags *diags) {
  cg_buf whole_e = CG_BUF_INIT, whole_a = CG_BUF_INIT;
  cg_buf *entities_out = &whole_e, *agreements_out = &whole_a;
  memset(stats, 0, sizeof *stats);
  cg_arena arena = CG_ARENA_INIT;
  table ents, agrs;
  memset(&ents, 0, sizeof ents);
  memset(&agrs, 0, sizeof agrs);
  cg_strmap new_ents, new_agrs, proposed, old_agrs;
  cg_strmap_init(&new_ents, 1);
  cg_strmap_init(&new_agrs, 1);
  cg_strmap_init(&proposed, 1);
  cg_strmap_init(&old_agrs, 1);
  char *pa = cg_dataset_file_path(outdir, "agreements.csv"),
       *pe = cg_dataset_file_path(outdir, "entities.csv");
  char *da = cg_dataset_file_path(dataset_dir, "agreements.csv"),
       *de = cg_dataset_file_path(dataset_dir, "entities.csv");
  char *dt = cg_dataset_file_path(dataset_dir, "types.csv");
  char *old_e = NULL, *old_a = NULL, *old_t = NULL;
  size_t len_e = 0, len_a = 0, len_t = 0;
  size_t errors = cg_diags_errors(diags);
  cg_status st = (pa && pe && da && de && dt) ? CG_OK : CG_ERR_NOMEM;
  if (!st) st = read_table(&agrs, pa, AGR_COLS, 0, &arena, diags);
  if (!st) st = read_table(&ents, pe, ENT_COLS, 1, &arena, diags);
  if (st) goto done;
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++)
    if (cg_strmap_put(&old_agrs, cg_dataset_agreement(ds, a)->id, (int32_t)a) == -2)
      st = CG_ERR_NOMEM;
  /* which rows are taken */
  for (size_t i = 0; i < ents.n; i++)
    if (decide(&ents, &ents.rows[i], 5, all, diags) == 0) stats->skipped++;
  for (size_t i = 0; i < agrs.n; i++)
    if (decide(&agrs, &agrs.rows[i], 7, all, diags) == 0) stats->skipped++;
  /* entities */
  for (size_t i = 0; i < ents.n && !st; i++) {
    row *w = &ents.rows[i];
    if (cg_ident_valid(w->v[0], strlen(w->v[0])) &&
        cg_strmap_put(&proposed, w->v[0], (int32_t)i) == -2)
      st = CG_ERR_NOMEM;
    if (!w->taken) continue;
    const char *id = w->v[0];
    int ok = 1;
    if (!cg_ident_valid(id, strlen(id))) {
      ERR(diags, ents.path, w->line, w->col[0],
          "invalid entity id '%s': only letters, digits, '_', '.' and '-' are allowed", id);
      ok = 0;
    } else {
      int32_t e = cg_dataset_find_entity(ds, id);
      int32_t prev = cg_strmap_put(&new_ents, id, (int32_t)i);
      if (prev == -2) st = CG_ERR_NOMEM;
      if (e >= 0) {
        const cg_entity *en = cg_dataset_entity(ds, (size_t)e);
        ERR(diags, ents.path, w->line, w->col[0],
            "entity id '%s' clashes with entity '%s' (%s:%lu); use '%s' in the agreements or "
            "choose another id",
            id, en->id, de, en->line, en->id);
        ok = 0;
      } else if (prev >= 0) {
        ERR(diags, ents.path, w->line, w->col[0], "entity id '%s' is also accepted on line %lu",
            id, ents.rows[prev].line);
        ok = 0;
      }
    }
    if (!cg_ident_valid(w->v[1], strlen(w->v[1]))) {
      ERR(diags, ents.path, w->line, w->col[1],
          "invalid kind '%s': only letters, digits, '_', '.' and '-' are allowed", w->v[1]);
      ok = 0;
    }
    if (w->v[2][0]) {
      int32_t e = cg_dataset_find_entity(ds, w->v[2]);
      if (e >= 0) {
        ERR(diags, ents.path, w->line, w->col[2], "name '%s' already names entity '%s'",
            w->v[2], cg_dataset_entity(ds, (size_t)e)->id);
        ok = 0;
      }
    }
    (void)ok;
  }
  /* countries of new entities, once every new id is known */
  for (size_t i = 0; i < ents.n && !st; i++) {
    row *w = &ents.rows[i];
    if (!w->taken || !w->v[3][0]) continue;
    int32_t e = cg_strmap_get(&ds->entity_ids, w->v[3]);
    int32_t n = cg_strmap_get(&new_ents, w->v[3]);
    if (e >= 0 && strcmp(cg_dataset_entity(ds, (size_t)e)->kind, "nation") != 0)
      ERR(diags, ents.path, w->line, w->col[3], "country '%s' is of kind '%s'; it must be a nation",
          w->v[3], cg_dataset_entity(ds, (size_t)e)->kind);
    else if (e < 0 && (n < 0 || strcmp(ents.rows[n].v[1], "nation") != 0))
      ERR(diags, ents.path, w->line, w->col[3], "unknown country '%s'", w->v[3]);
  }
  /* agreements */
  int declared = any_declared(ds);
  for (size_t i = 0; i < agrs.n && !st; i++) {
    row *w = &agrs.rows[i];
    if (!w->taken) continue;
    const char *id = w->v[0];
    if (!cg_ident_valid(id, strlen(id))) {
      ERR(diags, agrs.path, w->line, w->col[0],
          "invalid agreement id '%s': only letters, digits, '_', '.' and '-' are allowed", id);
    } else {
      int32_t old = cg_strmap_get(&old_agrs, id);
      int32_t prev = cg_strmap_put(&new_agrs, id, (int32_t)i);
      if (prev == -2) st = CG_ERR_NOMEM;
      if (old >= 0)
        ERR(diags, agrs.path, w->line, w->col[0],
            "agreement id '%s' is already used (%s:%lu); choose another id", id, da,
            cg_dataset_agreement(ds, (size_t)old)->line);
      else if (prev >= 0)
        ERR(diags, agrs.path, w->line, w->col[0],
            "agreement id '%s' is also accepted on line %lu", id, agrs.rows[prev].line);
    }
    cg_date date, end;
    char msg[128];
    size_t off = 0;
    if (cg_date_parse(w->v[1], strlen(w->v[1]), &date, msg, sizeof msg, &off))
      ERR(diags, agrs.path, w->line, w->col[1] + (unsigned long)off, "invalid date '%s': %s",
          w->v[1], msg);
    if (cg_date_parse(w->v[2], strlen(w->v[2]), &end, msg, sizeof msg, &off))
      ERR(diags, agrs.path, w->line, w->col[2] + (unsigned long)off, "invalid end date '%s': %s",
          w->v[2], msg);
    const char *type = w->v[3];
    if (!cg_ident_valid(type, strlen(type))) {
      ERR(diags, agrs.path, w->line, w->col[3],
          "invalid type '%s': only letters, digits, '_', '.' and '-' are allowed", type);
    } else if (declared) {
      int32_t t = cg_dataset_find_type(ds, type);
      char hint[128];
      if (t < 0 || !cg_dataset_type(ds, (size_t)t)->declared) {
        if (cg_dataset_suggest_type(ds, type, hint, sizeof hint))
          ERR(diags, agrs.path, w->line, w->col[3],
              "type '%s' is not declared in %s; did you mean '%s'?", type, dt, hint);
        else
          ERR(diags, agrs.path, w->line, w->col[3], "type '%s' is not declared in %s", type,
              dt);
      }
    }
    /* parties */
    const char *p = w->v[4];
    size_t count = 0;
    unsigned long col = w->col[4];
    while (*p) {
      const char *q = strchr(p, ';');
      size_t n = q ? (size_t)(q - p) : strlen(p);
      char name[256];
      if (n >= sizeof name) n = sizeof name - 1;
      memcpy(name, p, n);
      name[n] = '\0';
      if (cg_strmap_get(&ds->entity_ids, name) >= 0 || cg_strmap_get(&new_ents, name) >= 0) {
        count++;
      } else if (cg_strmap_get(&proposed, name) >= 0) {
        ERR(diags, agrs.path, w->line, col,
            "party '%s' is proposed in %s (line %lu) but not accepted there", name, pe,
            ents.rows[cg_strmap_get(&proposed, name)].line);
      } else {
        char hint[128];
        if (cg_dataset_suggest_entity(ds, name, hint, sizeof hint))
          ERR(diags, agrs.path, w->line, col, "unknown party '%s'; did you mean '%s'?", name,
              hint);
        else
          ERR(diags, agrs.path, w->line, col, "unknown party '%s'", name);
      }
      col += (unsigned long)n + 1;
      p += q ? n + 1 : n;
    }
    if (count < 2 && cg_diags_errors(diags) == errors)
      ERR(diags, agrs.path, w->line, w->col[4],
          "an agreement needs at least two distinct parties, found %zu", count);
  }
  if (st) goto done;
  if (cg_diags_errors(diags) > errors) {
    st = CG_ERR_DATA;
    goto done;
  }
  /* the new files: existing bytes, then the rows */
  int no_types = 0;
  st = read_all(de, &old_e, &len_e, NULL, diags);
  if (!st) st = read_all(da, &old_a, &len_a, NULL, diags);
  if (!st) st = read_all(dt, &old_t, &len_t, &no_types, diags);
  if (st) goto done;
  const char **he, **ha, *eol_e, *eol_a;
  size_t nhe, nha;
  st = header_of(old_e, len_e, de, &arena, &he, &nhe, &eol_e);
  if (!st) st = header_of(old_a, len_a, da, &arena, &ha, &nha, &eol_a);
  if (st) goto done;
  static const char *const ENAMES[] = {"id", "kind", "name", "country", "aliases", NULL};
  for (size_t i = 0; i < ents.n; i++)
    if (ents.rows[i].taken) {
      append_row(entities_rows, he, nhe, ENAMES, ents.rows[i].v, eol_e);
      stats->entities++;
    }
  static const char *const ANAMES[] = {"id", "date", "end", "type", "parties", "title", "source",
                                       NULL};
  for (size_t i = 0; i < agrs.n; i++)
    if (agrs.rows[i].taken) {
      append_row(agreements_rows, ha, nha, ANAMES, agrs.rows[i].v, eol_a);
      stats->agreements++;
    }
  /* The files as they will be: existing bytes (a last line gets its end), then the rows. */
  cg_buf_append(entities_out, old_e, len_e);
  if (len_e && old_e[len_e - 1] != '\n') cg_buf_putc(entities_out, '\n');
  cg_buf_append(entities_out, entities_rows->data ? entities_rows->data : "", entities_rows->len);
  cg_buf_append(agreements_out, old_a, len_a);
  if (len_a && old_a[len_a - 1] != '\n') cg_buf_putc(agreements_out, '\n');
  cg_buf_append(agreements_out, agreements_rows->data ? agreements_rows->data : "",
                agreements_rows->len);
  if (cg_buf_status(entities_out) || cg_buf_status(agreements_out) ||
      cg_buf_status(entities_rows) || cg_buf_status(agreements_rows)) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  /* The whole must load: the same validator as every command. */
  cg_diags *check = cg_diags_new(20);
  if (!check) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  cg_file fe = {de, entities_out->data, entities_out->len};
  cg_file fa = {da, agreements_out->data, agreements_out->len};
  cg_file ft = {dt, old_t, len_t};
  cg_dataset *merged = NULL;
  cg_status ls = cg_dataset_load_files(&merged, dataset_dir, &fe, &fa, no_types ? NULL : &ft,
                                       NULL, check);
  for (size_t i = 0; i < cg_diags_kept(check); i++) {
    const cg_diag *dg = cg_diags_get(check, i);
    if (dg->severity == CG_SEV_ERROR)
      cg_diags_add(diags, CG_SEV_ERROR, dg->path, dg->line, dg->column, "after the merge: %s",
                   dg->message);
  }
  cg_dataset_free(merged);
  cg_diags_free(check);
  if (ls) st = ls == CG_ERR_NOMEM ? CG_ERR_NOMEM : CG_ERR_DATA;
done:
  cg_buf_free(&whole_e);
  cg_buf_free(&whole_a);
  free(ents.rows);
  free(agrs.rows);
  cg_strmap_free(&new_ents);
  cg_strmap_free(&new_agrs);
  cg_strmap_free(&proposed);
  cg_strmap_free(&old_agrs);
  cg_arena_free(&arena);
  free(old_e);
  free(old_a);
  free(old_t);
  free(pa);
  free(pe);
  free(da);
  free(de);
  free(dt);
  return st;
}
