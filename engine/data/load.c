/*
 * load.c - reads a dataset's CSV files into a cg_dataset and validates it.
 *
 * Every problem is reported, not only the first: each row is checked on its
 * own and a bad row is left out, so the rows after it are still checked.
 * Cross-row checks (countries, alias collisions, unused entities) run once
 * all rows are in.
 *
 * Each file is read into one buffer that the dataset keeps: the CSV reader
 * works in place, so an agreement's id, title and source are slices of that
 * buffer, not copies of it (a copy would double the peak memory).
 */
#define _POSIX_C_SOURCE 200809L /* fileno */

#include "data/csv_internal.h"
#include "data/dataset_internal.h"
#include <coopgraph/colour.h>

#include <coopgraph/buf.h>
#include <coopgraph/suggest.h>

#include <errno.h>
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Columns of a file's header: where each known one is, -1 when missing. */
typedef struct columns {
  int idx[8];
  size_t nfields;
} columns;

typedef struct loader {
  cg_dataset *ds;
  cg_diags *diags;
  cg_csv_options csv_opts;
  size_t max_file;
  size_t max_errors, max_parties, max_pairs;
  size_t errors_before;      /* errors in diags before this load */
  unsigned long *party_mark; /* entity -> line of the last row naming it (duplicate check) */
  int types_declared;
  size_t ngroup_marks;
  /* Where each type's group was written, for "did you mean" once all are read. */
  unsigned long *group_line, *group_col;
  cg_status fatal; /* out of memory: stop everything */
  /* countries as written, resolved once every entity is known */
  const char **country_ids;
  unsigned long *country_cols;
  cg_keyset agreement_ids; /* indices into ds->agreements, keyed by their ids */
  int no_entities; /* entities.csv unreadable: do not check parties */
} loader;

static const char *const ENTITY_COLS[] = {"id", "kind", "name", "country", "aliases", NULL};
static const int ENTITY_REQUIRED[] = {1, 1, 0, 0, 0};
enum { E_ID, E_KIND, E_NAME, E_COUNTRY, E_ALIASES };
static const char *const AGREEMENT_COLS[] = {"id",      "date",  "end",    "type",
                                             "parties", "title", "source", NULL};
static const int AGREEMENT_REQUIRED[] = {1, 1, 0, 1, 1, 0, 0};
enum { A_ID, A_DATE, A_END, A_TYPE, A_PARTIES, A_TITLE, A_SOURCE };
static const char *const TYPE_COLS[] = {"type", "label", "description", "group", "color", NULL};
static const int TYPE_REQUIRED[] = {1, 0, 0, 0, 0};
enum { T_ID, T_LABEL, T_DESCRIPTION, T_GROUP, T_COLOR };
#define MAX_GROUP_CHARS 40 /* a group names a legend row: short */

#define ERR(ld, path, line, col, ...)                                                              \
  cg_diags_add((ld)->diags, CG_SEV_ERROR, path, line, col, __VA_ARGS__)
#define WARN(ld, path, line, col, ...)                                                             \
  cg_diags_add((ld)->diags, CG_SEV_WARNING, path, line, col, __VA_ARGS__)

/*
 * "Did you mean" compares a name with every entity: worth it while errors
 * are still shown in full, not for the millionth unknown name of a broken
 * file, where it would turn the load quadratic.
 */
static int want_hint(const loader *ld) {
  return cg_diags_errors(ld->diags) - ld->errors_before < ld->max_errors;
}

/* Number of characters (UTF-8 code points) in s[0..n). */
static unsigned long chars(const char *s, size_t n) {
  unsigned long c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* Column of byte offset `off` inside field i of the current record. */
static unsigned long col_at(const cg_csv *r, size_t i, size_t off) {
  const char *f = cg_csv_field(r, i, NULL);
  return cg_csv_field_column(r, i) + (unsigned long)cg_csv_field_quoted(r, i) + chars(f, off);
}

/* 1 for the bytes of an identifier, [A-Za-z0-9_.-]. */
#define R10 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char ident_byte[256] = {
    ['-'] = 1, ['.'] = 1, ['0'] = R10,   ['A'] = R10, R10, 1, 1, 1, 1, 1, 1,
    ['_'] = 1, ['a'] = R10, R10, 1, 1, 1, 1, 1, 1,
};
#undef R10

/* Checks [A-Za-z0-9_.-]+; returns the offset of the first bad byte, or len. */
static size_t ident_bad_offset(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (!ident_byte[(unsigned char)s[i]]) return i;
  return len;
}

/* Quotes a value for a message, cutting very long ones. */
static const char *shown(const char *s, char *buf, size_t size) {
  size_t n = strlen(s);
  if (n < size) return s;
  size_t cut = size - 4;
  while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
    cut--;
  memcpy(buf, s, cut);
  memcpy(buf + cut, "...", 4);
  return buf;
}

/*
 * Validates an identifier field (id, kind, type). Reports "empty X" or
 * "invalid X 'v': only letters, digits, '_', '.' and '-' are allowed" at the
 * first bad character. Returns 1 when valid.
 */
static int check_ident(loader *ld, const cg_csv *r, size_t f, const char *what, const char *path) {
  size_t len;
  const char *v = cg_csv_field(r, f, &len);
  if (len == 0) {
    ERR(ld, path, cg_csv_field_line(r, f), cg_csv_field_column(r, f), "empty %s", what);
    return 0;
  }
  size_t bad = ident_bad_offset(v, len);
  if (bad == len) return 1;
  char tmp[80];
  ERR(ld, path, cg_csv_field_line(r, f), col_at(r, f, bad),
      "invalid %s '%s': only letters, digits, '_', '.' and '-' are allowed", what,
      shown(v, tmp, sizeof tmp));
  return 0;
}

/*
 * Reads a file into a malloc'd buffer with one spare byte after its *len
 * bytes (the in-place reader's last NUL). A regular file is read into a
 * buffer of its exact size, so reading never holds more than the file.
 */
static cg_status read_file(loader *ld, const char *path, size_t max, char **out, size_t *len) {
  *out = NULL;
  /* A FIFO would block fopen, a device never end: only regular files are read. */
  struct stat pre;
  if (stat(path, &pre) == 0 && !S_ISREG(pre.st_mode)) {
    ERR(ld, path, 0, 0, "not a regular file");
    return CG_ERR_IO;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    ERR(ld, path, 0, 0, "cannot open: %s", strerror(errno));
    return CG_ERR_IO;
  }
  struct stat sb;
  size_t cap = (size_t)1 << 16, n = 0;
  int too_big = 0, err = 0;
  if (fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size >= 0) {
    if ((unsigned long long)sb.st_size > max)
      too_big = 1;
    else
      cap = (size_t)sb.st_size + 2; /* + 2: the spare byte, and room to see the end */
  }
  char *buf = too_big ? NULL : malloc(cap);
  if (!too_big && !buf) {
    fclose(f);
    return CG_ERR_NOMEM;
  }
  while (!too_big) {
    if (cap - n < 2) {
      char *b = cap <= SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
      if (!b) {
        fclose(f);
        free(buf);
        return CG_ERR_NOMEM;
      }
      buf = b;
      cap *= 2;
    }
    size_t got = fread(buf + n, 1, cap - 1 - n, f);
    if (got == 0) break;
    n += got;
    too_big = n > max;
  }
  if (!too_big && ferror(f)) err = errno ? errno : EIO;
  fclose(f);
  if (too_big || err) {
    if (too_big)
      ERR(ld, path, 0, 0, "file is larger than the limit of %zu bytes", max);
    else
      ERR(ld, path, 0, 0, "cannot read: %s", strerror(err));
    free(buf);
    return too_big ? CG_ERR_LIMIT : CG_ERR_IO;
  }
  *out = buf;
  *len = n;
  return CG_OK;
}

/* Trims ASCII spaces and tabs; used for header names and list items. */
static void trim(const char **s, size_t *n) {
  while (*n && (**s == ' ' || **s == '\t'))
    (*s)++, (*n)--;
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
    (*n)--;
}

static int name_eq(const char *s, size_t n, const char *want) {
  size_t w = strlen(want);
  if (n != w) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != want[i]) return 0;
  }
  return 1;
}

/*
 * Reads the header and finds the schema's columns by name, in any order.
 * Columns not in the schema are extras, recorded in `extra` (may be NULL).
 * Returns 1 when every required column is there.
 */
static int read_header(loader *ld, cg_csv *r, const char *path, const char *const *names,
                       const int *required, columns *cols, int *extra, size_t *nextra) {
  for (int k = 0; names[k]; k++)
    cols->idx[k] = -1;
  if (nextra) *nextra = 0;
  int got;
  while ((got = cg_csv_next(r, ld->diags)) == 1 && cg_csv_record_blank(r))
    ;
  if (got != 1) {
    if (got == 0) {
      cg_buf want = CG_BUF_INIT;
      for (int k = 0; names[k]; k++)
        cg_buf_printf(&want, "%s%s", k ? "," : "", names[k]);
      ERR(ld, path, 1, 1, "empty file: expected the header line '%s'", cg_buf_str(&want));
      cg_buf_free(&want);
    }
    return 0;
  }
  cols->nfields = cg_csv_nfields(r);
  int ok = 1;
  for (size_t i = 0; i < cols->nfields; i++) {
    size_t n;
    const char *h = cg_csv_field(r, i, &n);
    trim(&h, &n);
    int found = -1;
    for (int k = 0; names[k]; k++)
      if (name_eq(h, n, names[k])) found = k;
    if (found >= 0 && cols->idx[found] >= 0) {
      ERR(ld, path, cg_csv_field_line(r, i), cg_csv_field_column(r, i),
          "duplicate column '%s' in the header", names[found]);
      ok = 0;
    } else if (found >= 0) {
      cols->idx[found] = (int)i;
    } else if (extra && *nextra == 4096) { /* load_file's room for extras */
      ERR(ld, path, cg_csv_field_line(r, i), cg_csv_field_column(r, i),
          "more than 4096 extra columns in the header");
      ok = 0;
      extra = NULL;
    } else if (extra) {
      extra[(*nextra)++] = (int)i;
    }
  }
  for (int k = 0; names[k]; k++) {
    if (cols->idx[k] >= 0 || !required[k]) continue;
    /* A misspelt header is the likeliest cause: point at it. */
    const char *near = NULL;
    for (size_t i = 0; i < cols->nfields && !near; i++) {
      const char *h = cg_csv_field(r, i, NULL);
      int taken = 0;
      for (int j = 0; names[j]; j++)
        taken |= cols->idx[j] == (int)i;
      if (!taken && cg_edit_distance(h, names[k], 2) <= 2) near = h;
    }
    if (near)
      ERR(ld, path, 1, 1, "missing column '%s' (is '%s' a misspelling of it?)", names[k], near);
    else
      ERR(ld, path, 1, 1, "missing column '%s'", names[k]);
    ok = 0;
  }
  return ok;
}

/* Reads the next data record, skipping blank lines and rows of the wrong width. */
static int next_row(loader *ld, cg_csv *r, const char *path, const columns *cols) {
  for (;;) {
    int got = cg_csv_next(r, ld->diags);
    if (got == 0) return 0;
    if (got < 0 || cg_csv_record_blank(r)) continue;
    if (cg_csv_nfields(r) != cols->nfields) {
      ERR(ld, path, cg_csv_record_line(r), 1, "expected %zu fields as in the header, found %zu",
          cols->nfields, cg_csv_nfields(r));
      continue;
    }
    return 1;
  }
}

static const char *field(const cg_csv *r, const columns *cols, int k, size_t *len) {
  if (cols->idx[k] < 0) {
    if (len) *len = 0;
    return "";
  }
  return cg_csv_field(r, (size_t)cols->idx[k], len);
}

/* A field that outlives its record: the reader works in place, in a buffer the dataset keeps. */
static const char *kept_field(const cg_csv *r, const columns *cols, int k) {
  return field(r, cols, k, NULL);
}

/* Splits "a|b|c" into trimmed, non-empty items in the arena. */
static const char **split_list(loader *ld, const char *v, size_t n, char sep, size_t *count) {
  size_t items = 1;
  for (size_t i = 0; i < n; i++)
    items += v[i] == sep;
  const char **out = cg_arena_alloc(&ld->ds->arena, items * sizeof *out);
  if (!out) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  *count = 0;
  const char *p = v, *end = v + n;
  while (p <= end) {
    const char *q = memchr(p, sep, (size_t)(end - p));
    if (!q) q = end;
    const char *s = p;
    size_t len = (size_t)(q - p);
    trim(&s, &len);
    if (len) {
      char *c = cg_arena_strndup(&ld->ds->arena, s, len);
      if (!c) {
        ld->fatal = CG_ERR_NOMEM;
        return NULL;
      }
      out[(*count)++] = c;
    }
    p = q + 1;
  }
  return out;
}

static void load_entity_row(loader *ld, const cg_csv *r, const columns *cols, const char *path) {
  cg_dataset *ds = ld->ds;
  int ok = check_ident(ld, r, (size_t)cols->idx[E_ID], "entity id", path);
  ok &= check_ident(ld, r, (size_t)cols->idx[E_KIND], "kind", path);
  if (!ok) return;
  if (ds->nentities == ds->cap_entities) {
    size_t cap = ds->cap_entities ? ds->cap_entities * 2 : 64;
    cg_entity *e = realloc(ds->entities, cap * sizeof *e);
    const char **c = realloc(ld->country_ids, cap * sizeof *c);
    if (c) ld->country_ids = c;
    unsigned long *cc = realloc(ld->country_cols, cap * sizeof *cc);
    if (cc) ld->country_cols = cc;
    if (e) ds->entities = e;
    if (!e || !c || !cc) {
      ld->fatal = CG_ERR_NOMEM;
      return;
    }
    ds->cap_entities = cap;
  }
  cg_entity *en = &ds->entities[ds->nentities];
  memset(en, 0, sizeof *en);
  en->id = kept_field(r, cols, E_ID);
  en->name = kept_field(r, cols, E_NAME);
  size_t klen;
  const char *kind = field(r, cols, E_KIND, &klen);
  en->kind_index = cg_dataset_intern_kind(ds, kind, klen);
  if (en->kind_index < 0) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  en->kind = ds->kinds[en->kind_index];
  en->country = -1;
  en->line = cg_csv_record_line(r);
  size_t n;
  const char *v = field(r, cols, E_ALIASES, &n);
  en->aliases = split_list(ld, v, n, '|', &en->naliases);
  const char *country = field(r, cols, E_COUNTRY, &n);
  const char *cs = country;
  trim(&cs, &n);
  ld->country_ids[ds->nentities] = n ? cg_arena_strndup(&ds->arena, cs, n) : NULL;
  ld->country_cols[ds->nentities] =
      cols->idx[E_COUNTRY] >= 0 ? col_at(r, (size_t)cols->idx[E_COUNTRY], 0) : 1;
  if (ld->fatal || !en->aliases) return;

  int32_t prev = cg_strmap_put(&ds->entity_ids, en->id, (int32_t)ds->nentities);
  if (prev == -2) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  if (prev >= 0) {
    ERR(ld, path, en->line, cg_csv_field_column(r, (size_t)cols->idx[E_ID]),
        "duplicate entity id '%s' (first defined on line %lu)", en->id, ds->entities[prev].line);
    return;
  }
  ds->nentities++;
}

/* Resolves countries and indexes aliases and names, once all entities are in. */
static void link_entities(loader *ld, const char *path) {
  cg_dataset *ds = ld->ds;
  for (size_t i = 0; i < ds->nentities && !ld->fatal; i++) {
    cg_entity *en = &ds->entities[i];
    const char *c = ld->country_ids[i];
    if (c) {
      int32_t k = cg_strmap_get(&ds->entity_ids, c);
      char hint[128];
      if (k < 0 && want_hint(ld) && cg_dataset_suggest_entity(ds, c, hint, sizeof hint))
        ERR(ld, path, en->line, ld->country_cols[i], "unknown country '%s'; did you mean '%s'?", c,
            hint);
      else if (k < 0)
        ERR(ld, path, en->line, ld->country_cols[i], "unknown country '%s'", c);
      else if (strcmp(ds->entities[k].kind, "nation") != 0)
        ERR(ld, path, en->line, ld->country_cols[i],
            "country '%s' is of kind '%s'; it must be a nation", c, ds->entities[k].kind);
      else
        en->country = k;
    }
    for (size_t a = 0; a < en->naliases; a++) {
      const char *al = en->aliases[a];
      int32_t k = cg_strmap_get(&ds->entity_ids, al);
      if (k >= 0 && (size_t)k != i) {
        ERR(ld, path, en->line, 1, "alias '%s' of entity '%s' is the id of entity '%s' (line %lu)",
            al, en->id, ds->entities[k].id, ds->entities[k].line);
        continue;
      }
      if (k >= 0) continue; /* an alias equal to the own id is harmless */
      k = cg_strmap_put(&ds->entity_names, al, (int32_t)i);
      if (k == -2)
        ld->fatal = CG_ERR_NOMEM;
      else if (k >= 0 && (size_t)k != i)
        ERR(ld, path, en->line, 1,
            "alias '%s' of entity '%s' is also an alias of entity '%s' (line %lu)", al, en->id,
            ds->entities[k].id, ds->entities[k].line);
    }
  }
  /* Names come after every alias, so an alias always wins a lookup. */
  for (size_t i = 0; i < ds->nentities && !ld->fatal; i++)
    if (ds->entities[i].name[0] && cg_strmap_get(&ds->entity_ids, ds->entities[i].name) < 0 &&
        cg_strmap_put(&ds->entity_names, ds->entities[i].name, (int32_t)i) == -2)
      ld->fatal = CG_ERR_NOMEM;
}

/* The group column: short, one line, no surrounding spaces; where it was, for later. */
static void check_group(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                        cg_type *ty, size_t t) {
  size_t n;
  const char *g = field(r, cols, T_GROUP, &n);
  if (!n) return;
  size_t f = (size_t)cols->idx[T_GROUP];
  unsigned long line = cg_csv_field_line(r, f), col = col_at(r, f, 0);
  char tmp[60];
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)g[i] < 0x20 || g[i] == 0x7f) {
      ERR(ld, path, line, col_at(r, f, i), "invalid group '%s': control characters are not allowed",
          shown(g, tmp, sizeof tmp));
      return;
    }
  if (g[0] == ' ' || g[n - 1] == ' ') {
    ERR(ld, path, line, col, "invalid group '%s': leading or trailing spaces",
        shown(g, tmp, sizeof tmp));
    return;
  }
  if (chars(g, n) > MAX_GROUP_CHARS) {
    ERR(ld, path, line, col_at(r, f, 0), "group '%s' is too long: %lu characters, at most %d",
        shown(g, tmp, sizeof tmp), chars(g, n), MAX_GROUP_CHARS);
    return;
  }
  ty->group = g;
  if (t >= ld->ngroup_marks) {
    size_t cap = 2 * t + 16;
    unsigned long *a = realloc(ld->group_line, cap * sizeof *a);
    if (a) ld->group_line = a;
    unsigned long *b = a ? realloc(ld->group_col, cap * sizeof *b) : NULL;
    if (b) ld->group_col = b;
    if (!a || !b) {
      ld->fatal = CG_ERR_NOMEM;
      return;
    }
    memset(ld->group_line + ld->ngroup_marks, 0, (cap - ld->ngroup_marks) * sizeof *a);
    memset(ld->group_col + ld->ngroup_marks, 0, (cap - ld->ngroup_marks) * sizeof *b);
    ld->ngroup_marks = cap;
  }
  ld->group_line[t] = line;
  ld->group_col[t] = col;
}

/*
 * The color column: "#RRGGBB". A colour too pale to read as a line on white
 * (contrast below 3:1) is a warning; types of one group must agree on it.
 */
static void check_color(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                        cg_type *ty) {
  size_t n;
  const char *c = field(r, cols, T_COLOR, &n);
  if (!n) return;
  size_t f = (size_t)cols->idx[T_COLOR];
  unsigned long line = cg_csv_field_line(r, f);
  char tmp[40];
  /* The first wrong character: not '#', not a hex digit, or the 8th / a missing one. */
  size_t bad = c[0] == '#' ? 1 : 0;
  while (bad && bad < n && bad < 7 &&
         ((c[bad] >= '0' && c[bad] <= '9') || ((c[bad] | 0x20) >= 'a' && (c[bad] | 0x20) <= 'f')))
    bad++;
  if (bad != 7 || n != 7) {
    ERR(ld, path, line, col_at(r, f, bad),
        "invalid color '%s': expected #RRGGBB (six hexadecimal digits)", shown(c, tmp, sizeof tmp));
    return;
  }
  double contrast = cg_contrast(c, "#FFFFFF");
  if (contrast < 3.0)
    WARN(ld, path, line, col_at(r, f, 0),
         "color '%s' has a contrast of %.1f:1 on white, below 3:1: lines in it are hard to see", c,
         contrast);
  /* Another type of the same group with another colour: the group has one. */
  const cg_dataset *ds = ld->ds;
  const char *group = ty->group[0] ? ty->group : NULL;
  for (size_t i = 0; group && i < ds->ntypes; i++) {
    const cg_type *o = &ds->types[i];
    if (o == ty || !o->declared || !o->color[0] || strcmp(o->group, group) != 0) continue;
    if (!cg_streq_nocase(o->color, c)) {
      ERR(ld, path, line, col_at(r, f, 0),
          "color '%s' of group '%s' differs from '%s' given to it by type '%s'", c, group,
          o->color, o->id);
      return;
    }
  }
  ty->color = c;
}

/*
 * A group named by one type only, a typo away from a group of several types,
 * is most likely that group misspelt: a warning with "did you mean".
 */
static void suggest_groups(loader *ld, const char *path) {
  const cg_dataset *ds = ld->ds;
  for (size_t t = 0; t < ds->ntypes && t < ld->ngroup_marks; t++) {
    const char *g = ds->types[t].group;
    if (!g[0] || !ld->group_line[t]) continue;
    size_t uses = 0, best = strlen(g) / 3 < 1 ? 1 : strlen(g) / 3 > 4 ? 4 : strlen(g) / 3;
    const char *hint = NULL;
    for (size_t i = 0; i < ds->ntypes; i++) {
      const char *o = ds->types[i].group;
      if (!o[0]) continue;
      if (strcmp(o, g) == 0) {
        uses++;
        continue;
      }
      size_t others = 0; /* only a group of two or more types is worth suggesting */
      for (size_t j = 0; j < ds->ntypes && others < 2; j++)
        others += strcmp(ds->types[j].group, o) == 0;
      if (others < 2) continue;
      size_t d = cg_edit_distance(g, o, best);
      if (d <= best && (!hint || d < best)) {
        best = d;
        hint = o;
      }
    }
    if (uses == 1 && hint)
      WARN(ld, path, ld->group_line[t], ld->group_col[t],
           "group '%s' has only this type; did you mean '%s'?", g, hint);
  }
}

static void load_type_row(loader *ld, const cg_csv *r, const columns *cols, const char *path) {
  cg_dataset *ds = ld->ds;
  if (!check_ident(ld, r, (size_t)cols->idx[0], "type", path)) return;
  size_t n;
  const char *id = field(r, cols, 0, &n);
  int32_t t = cg_dataset_intern_type(ds, id, n);
  if (t < 0) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  cg_type *ty = &ds->types[t];
  if (ty->declared) {
    ERR(ld, path, cg_csv_record_line(r), cg_csv_field_column(r, (size_t)cols->idx[0]),
        "duplicate type '%s'", ty->id);
    return;
  }
  ty->declared = 1;
  ty->label = kept_field(r, cols, T_LABEL);
  ty->description = kept_field(r, cols, T_DESCRIPTION);
  check_group(ld, r, cols, path, ty, (size_t)t);
  check_color(ld, r, cols, path, ty);
}

/* Parses a date field; reports "invalid date '...': reason" at the bad character. */
static int parse_date_field(loader *ld, const cg_csv *r, const columns *cols, int k,
                            const char *what, const char *path, cg_date *out) {
  *out = CG_DATE_NONE;
  if (cols->idx[k] < 0) return 1;
  size_t n, off = 0;
  const char *v = field(r, cols, k, &n);
  char msg[128];
  if (cg_date_parse(v, n, out, msg, sizeof msg, &off) == 0) return 1;
  char tmp[40];
  ERR(ld, path, cg_csv_field_line(r, (size_t)cols->idx[k]), col_at(r, (size_t)cols->idx[k], off),
      "invalid %s '%s': %s", what, shown(v, tmp, sizeof tmp), msg);
  return 0;
}

/* Parses "A;B;C" into entity indices; reports unknown and repeated parties. */
static int32_t *parse_parties(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                              uint32_t *count) {
  cg_dataset *ds = ld->ds;
  size_t fi = (size_t)cols->idx[A_PARTIES], n;
  const char *v = cg_csv_field(r, fi, &n);
  unsigned long line = cg_csv_field_line(r, fi);
  size_t cap = 1;
  for (size_t i = 0; i < n; i++)
    cap += v[i] == ';';
  if (cap > ld->max_parties) {
    ERR(ld, path, line, col_at(r, fi, 0), "agreement lists %zu parties, more than the limit of %zu",
        cap, ld->max_parties);
    return NULL;
  }
  /* Most agreements have two parties: 8 bytes, which 16-byte alignment would double. */
  int32_t *out = cg_arena_alloc_aligned(&ds->arena, cap * sizeof *out, alignof(int32_t));
  if (!out) {
    ld->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  int ok = 1;
  size_t got = 0;
  const char *p = v, *end = v + n;
  /* Columns counted on from the previous party: a recount per party is quadratic. */
  const char *counted = v;
  unsigned long col = col_at(r, fi, 0);
  while (p <= end) {
    const char *q = memchr(p, ';', (size_t)(end - p));
    if (!q) q = end;
    const char *s = p;
    size_t len = (size_t)(q - p);
    trim(&s, &len);
    /*
     * Columns are counted only for messages, and on from the last one counted:
     * a recount from the field's start per party would be quadratic.
     */
#define COL (col += chars(counted, (size_t)(s - counted)), counted = s, col)
    if (len == 0) {
      if (n > 0) {
        ERR(ld, path, line, COL, "empty party in '%.*s'", (int)(n > 200 ? 200 : n), v);
        ok = 0;
      }
      p = q + 1;
      continue;
    }
    char name[512];
    if (len >= sizeof name) {
      ERR(ld, path, line, COL, "unknown party '%.40s...'", s);
      ok = 0;
      p = q + 1;
      continue;
    }
    int32_t e = cg_strmap_getn(&ds->entity_ids, s, len);
    if (e < 0 && ld->no_entities) {
      ok = 0;
    } else if (e < 0) {
      memcpy(name, s, len);
      name[len] = '\0';
      char hint[128];
      if (want_hint(ld) && cg_dataset_suggest_entity(ds, name, hint, sizeof hint))
        ERR(ld, path, line, COL, "unknown party '%s'; did you mean '%s'?", name, hint);
      else
        ERR(ld, path, line, COL, "unknown party '%s'", name);
      ok = 0;
    } else {
      /* Lines are unique per row and never 0: a mark is "named in this row". */
      int dup = ld->party_mark && ld->party_mark[e] == line;
      if (ld->party_mark) ld->party_mark[e] = line;
      for (size_t j = 0; j < got && !ld->party_mark; j++)
        dup |= out[j] == e;
      if (dup) {
        ERR(ld, path, line, COL, "party '%s' is listed twice", ds->entities[e].id);
        ok = 0;
      } else {
        out[got++] = e;
      }
    }
    p = q + 1;
#undef COL
  }
  if (ok && got < 2) {
    ERR(ld, path, line, cg_csv_field_column(r, fi),
        "an agreement needs at least two distinct parties, found %zu", got);
    ok = 0;
  }
  *count = (uint32_t)got;
  return ok ? out : NULL;
}

static void load_agreement_row(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                               const int *extra) {
  cg_dataset *ds = ld->ds;
  size_t idlen;
  const char *id = field(r, cols, A_ID, &idlen);
  cg_keyset_prefetch(&ld->agreement_ids, id, idlen); /* used at the end of the row */
  int ok = check_ident(ld, r, (size_t)cols->idx[A_ID], "agreement id", path);
  cg_date date, end;
  ok &= parse_date_field(ld, r, cols, A_DATE, "date", path, &date);
  ok &= parse_date_field(ld, r, cols, A_END, "end date", path, &end);
  if (ok && cg_date_known(date) && cg_date_known(end) &&
      cg_date_end_day(end) <= cg_date_first_day(date)) {
    char a[11], b[11];
    ERR(ld, path, cg_csv_field_line(r, (size_t)cols->idx[A_END]),
        col_at(r, (size_t)cols->idx[A_END], 0), "end date '%s' is before the date '%s'",
        cg_date_format(end, a), cg_date_format(date, b));
    ok = 0;
  }
  int32_t type = -1;
  if (check_ident(ld, r, (size_t)cols->idx[A_TYPE], "type", path)) {
    size_t n;
    const char *t = field(r, cols, A_TYPE, &n);
    type = cg_strmap_getn(&ds->type_ids, t, n);
    if (type < 0 && ld->types_declared) {
      char hint[128];
      size_t fi = (size_t)cols->idx[A_TYPE];
      if (cg_dataset_suggest_type(ds, t, hint, sizeof hint))
        ERR(ld, path, cg_csv_field_line(r, fi), col_at(r, fi, 0),
            "type '%s' is not declared in types.csv; did you mean '%s'?", t, hint);
      else
        ERR(ld, path, cg_csv_field_line(r, fi), col_at(r, fi, 0),
            "type '%s' is not declared in types.csv", t);
      ok = 0;
    } else if (type < 0) {
      type = cg_dataset_intern_type(ds, t, n);
      if (type < 0) ld->fatal = CG_ERR_NOMEM;
    }
  } else {
    ok = 0;
  }
  uint32_t np = 0;
  int32_t *parties = parse_parties(ld, r, cols, path, &np);
  if (!ok || !parties || ld->fatal) return;

  int32_t prev = cg_keyset_put(&ld->agreement_ids, id, idlen, (int32_t)ds->nagreements);
  if (prev == -2) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  if (prev >= 0) {
    ERR(ld, path, cg_csv_record_line(r), cg_csv_field_column(r, (size_t)cols->idx[A_ID]),
        "duplicate agreement id '%s' (first defined on line %lu)", id, ds->agreements[prev].line);
    return;
  }
  if (ds->nagreements == ds->cap_agreements) {
    size_t cap = ds->cap_agreements ? ds->cap_agreements * 2 : 256;
    cg_agreement *a = realloc(ds->agreements, cap * sizeof *a);
    if (!a) {
      ld->fatal = CG_ERR_NOMEM;
      return;
    }
    ds->agreements = a;
    ds->cap_agreements = cap;
    if (ds->nextra) {
      const char **x = realloc(ds->extra_values, cap * ds->nextra * sizeof *x);
      if (!x) {
        ld->fatal = CG_ERR_NOMEM;
        return;
      }
      ds->extra_values = x;
    }
  }
  cg_agreement *ag = &ds->agreements[ds->nagreements];
  ag->id = id;
  ag->date = date;
  ag->end = end;
  ag->type = type;
  ag->nparties = np;
  ag->parties = parties;
  ag->line = cg_csv_record_line(r);
  ag->title = kept_field(r, cols, A_TITLE);
  ag->source = kept_field(r, cols, A_SOURCE);
  for (size_t x = 0; x < ds->nextra; x++) {
    size_t xl;
    const char *xv = cg_csv_field(r, (size_t)extra[x], &xl);
    ds->extra_values[ds->nagreements * ds->nextra + x] = xl ? xv : NULL;
  }
  ds->nagreements++;
}

/* Reads one whole file (from memory or disk) and runs `row` on every record. */
typedef void (*row_fn)(loader *, const cg_csv *, const columns *, const char *, const int *);

static void entity_row(loader *ld, const cg_csv *r, const columns *c, const char *p, const int *x) {
  (void)x;
  load_entity_row(ld, r, c, p);
}
static void type_row(loader *ld, const cg_csv *r, const columns *c, const char *p, const int *x) {
  (void)x;
  load_type_row(ld, r, c, p);
}

static cg_status load_file(loader *ld, const cg_file *file, const char *const *names,
                           const int *required, row_fn row, int want_extra) {
  char *text = NULL;
  size_t len = file->len;
  if (!file->data) {
    cg_status st = read_file(ld, file->path, ld->max_file, &text, &len);
    if (st) return st;
  } else if ((text = malloc(len + 1)) != NULL) {
    memcpy(text, file->data, len); /* the reader writes into its buffer */
  }
  /* The dataset owns the buffer from here on: its strings will point into it. */
  if (!text || cg_arena_adopt(&ld->ds->arena, text)) {
    free(text);
    return CG_ERR_NOMEM;
  }
  cg_csv *r = cg_csv_new_inplace(text, len, file->path, &ld->csv_opts);
  columns cols;
  int *extra = NULL;
  cg_status st = CG_OK;
  if (!r) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  /* Extras: at most as many as header fields; sized after the header is read. */
  extra = malloc(sizeof(int) * 4096);
  if (!extra) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  size_t nextra = 0;
  if (!read_header(ld, r, file->path, names, required, &cols, want_extra ? extra : NULL, &nextra) ||
      nextra > 4096) {
    st = CG_ERR_DATA;
    goto done;
  }
  if (want_extra && nextra) {
    cg_dataset *ds = ld->ds;
    ds->extra_names = malloc(nextra * sizeof *ds->extra_names);
    if (!ds->extra_names) {
      st = CG_ERR_NOMEM;
      goto done;
    }
    for (size_t i = 0; i < nextra; i++) {
      size_t n;
      const char *h = cg_csv_field(r, (size_t)extra[i], &n);
      ds->extra_names[i] = cg_arena_strndup(&ds->arena, h, n);
      if (!ds->extra_names[i]) {
        st = CG_ERR_NOMEM;
        goto done;
      }
    }
    ds->nextra = nextra;
  }
  while (!ld->fatal && next_row(ld, r, file->path, &cols))
    row(ld, r, &cols, file->path, extra);
  st = ld->fatal;
done:
  free(extra);
  cg_csv_free(r);
  return st;
}

static const char *agreement_id(const void *ds, int32_t a) {
  return ((const cg_dataset *)ds)->agreements[a].id;
}

/*
 * The partnership graph holds one pair per two parties of each agreement
 * (before filters); refusing here names the cause, where running out of
 * memory later in an analysis would not.
 */
static void check_pairs(loader *ld, const char *path) {
  const cg_dataset *ds = ld->ds;
  uint64_t pairs = 0;
  for (size_t a = 0; a < ds->nagreements; a++) {
    uint64_t k = ds->agreements[a].nparties;
    pairs += k * (k - 1) / 2;
  }
  if (pairs > ld->max_pairs)
    ERR(ld, path, 0, 0,
        "the agreements make %llu pairs of partners (k(k-1)/2 per k-party agreement), more than "
        "the limit of %zu",
        (unsigned long long)pairs, ld->max_pairs);
}

static void warn_unused(loader *ld, const char *epath, const char *apath) {
  cg_dataset *ds = ld->ds;
  for (size_t e = 0; e < ds->nentities; e++)
    if (ds->inc_start[e + 1] == ds->inc_start[e])
      WARN(ld, epath, ds->entities[e].line, 1, "entity '%s' takes part in no agreement",
           ds->entities[e].id);
  for (size_t a = 0; a < ds->nagreements; a++)
    if (!cg_date_known(ds->agreements[a].date))
      WARN(ld, apath, ds->agreements[a].line, 1, "agreement '%s' has no date",
           ds->agreements[a].id);
}

cg_status cg_dataset_load_files(cg_dataset **out, const char *name, const cg_file *entities,
                                const cg_file *agreements, const cg_file *types,
                                const cg_load_options *opts, cg_diags *diags) {
  *out = NULL;
  loader ld;
  memset(&ld, 0, sizeof ld);
  ld.diags = diags;
#define OPT(f, dflt) (opts && opts->f ? opts->f : (dflt))
  ld.csv_opts.max_field = OPT(max_field, CG_LOAD_DEFAULT_MAX_FIELD);
  ld.csv_opts.max_fields = CG_LOAD_MAX_COLUMNS; /* load_file's extra[] holds that many */
  ld.max_file = OPT(max_file, CG_LOAD_DEFAULT_MAX_FILE);
  ld.max_errors = OPT(max_errors, CG_LOAD_DEFAULT_MAX_ERRORS);
  ld.max_parties = OPT(max_parties, CG_LOAD_DEFAULT_MAX_PARTIES);
  ld.max_pairs = OPT(max_pairs, CG_LOAD_DEFAULT_MAX_PAIRS);
#undef OPT
  ld.ds = cg_dataset_alloc(name);
  if (!ld.ds) return CG_ERR_NOMEM;
  cg_keyset_init(&ld.agreement_ids, agreement_id, ld.ds);
  size_t errors_before = ld.errors_before = cg_diags_errors(diags);

  cg_status st = load_file(&ld, entities, ENTITY_COLS, ENTITY_REQUIRED, entity_row, 0);
  cg_status worst = st, entities_status = st;
  if (st != CG_ERR_NOMEM) {
    link_entities(&ld, entities->path);
    if (ld.fatal) worst = st = ld.fatal;
  }
  if (st != CG_ERR_NOMEM && types && types->path) {
    ld.types_declared = 1;
    st = load_file(&ld, types, TYPE_COLS, TYPE_REQUIRED, type_row, 0);
    if (st && (!worst || st == CG_ERR_NOMEM)) worst = st;
    if (ld.fatal) worst = st = ld.fatal;
    if (st != CG_ERR_NOMEM) suggest_groups(&ld, types->path);
  }
  /*
   * Without a readable entities file every party would be "unknown": those
   * errors would only bury the real one, so parties are then not checked.
   */
  ld.no_entities = entities_status != CG_OK;
  /* Without it duplicate parties are found by a scan per party (slower, same result). */
  ld.party_mark = calloc(ld.ds->nentities ? ld.ds->nentities : 1, sizeof *ld.party_mark);
  if (st != CG_ERR_NOMEM) {
    st = load_file(&ld, agreements, AGREEMENT_COLS, AGREEMENT_REQUIRED, load_agreement_row, 1);
    if (st && (!worst || st == CG_ERR_NOMEM)) worst = st;
  }
  if (worst != CG_ERR_NOMEM) check_pairs(&ld, agreements->path);
  if (worst != CG_ERR_NOMEM && cg_dataset_build_incidence(ld.ds)) worst = CG_ERR_NOMEM;
  if (worst != CG_ERR_NOMEM && cg_diags_errors(diags) == errors_before)
    warn_unused(&ld, entities->path, agreements->path);
  if (!worst && cg_diags_errors(diags) > errors_before) worst = CG_ERR_DATA;

  free(ld.country_ids);
  free(ld.country_cols);
  free(ld.group_line);
  free(ld.group_col);
  free(ld.party_mark);
  cg_keyset_free(&ld.agreement_ids);
  cg_diags_sort(diags);
  if (worst) {
    cg_dataset_free(ld.ds);
    return worst;
  }
  *out = ld.ds;
  return CG_OK;
}

static char *join(const char *dir, const char *file) {
  size_t a = strlen(dir), b = strlen(file);
  char *p = malloc(a + b + 2);
  if (!p) return NULL;
  memcpy(p, dir, a);
  size_t n = a;
  if (a && dir[a - 1] != '/') p[n++] = '/';
  memcpy(p + n, file, b + 1);
  return p;
}

cg_status cg_dataset_load_dir(cg_dataset **out, const char *dir, const cg_load_options *opts,
                              cg_diags *diags) {
  *out = NULL;
  char *e = join(dir, "entities.csv");
  char *a = join(dir, "agreements.csv");
  char *t = join(dir, "types.csv");
  cg_status st = CG_ERR_NOMEM;
  if (e && a && t) {
    cg_file fe = {e, NULL, 0}, fa = {a, NULL, 0}, ft = {t, NULL, 0};
    struct stat sb; /* not fopen: a FIFO would block it */
    int has_types = stat(t, &sb) == 0;
    st = cg_dataset_load_files(out, dir, &fe, &fa, has_types ? &ft : NULL, opts, diags);
  }
  free(e);
  free(a);
  free(t);
  return st;
}
