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
 * buffer, not copies of it (a copy would double the peak memory). A regular
 * file is mapped (private, so the reader may write) and its pages made
 * private in one call rather than a page fault each (still a copy into fresh
 * memory, as read() made: the reader writes into every page).
 *
 * A big agreements.csv is read by two threads. The second one reads from
 * the first line break past about half of the rows with a reader that
 * writes nothing and reports nothing, writing the rows it checked straight
 * into the agreements array; it stops at the first row that has any
 * problem, or that only the sequential reader can take. The calling thread
 * reads up to that line break as usual; if a quoted field runs over it, the
 * guess was wrong: it waits for the second thread, drops its work (putting
 * back the bytes its NULs replaced) and reads on alone. Otherwise it adds
 * the second thread's rows in order, a few thousand at a time as the second
 * thread finishes them, and reads sequentially from where the second thread
 * stopped. Every message is thus made by the same code, in the same order,
 * as by one thread; but for repeated agreement ids, which a two-thread load
 * looks for only once all rows are in (a set of a million ids takes a cache
 * miss per row, a check at the end a few passes over 12 bytes a row). A
 * repeat is rare, and where its message goes among the others depends on
 * when it is found: when there is one, the load starts again, the first
 * thread checking the ids row by row.
 */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, madvise */
#define _POSIX_C_SOURCE 200809L /* fileno */

#include "core/error_internal.h"
#include "core/grow_internal.h"
#include "data/csv_internal.h"
#include "data/dataset_internal.h"
#include "data/file_internal.h"
#include <coopgraph/colour.h>

#include <coopgraph/buf.h>
#include <coopgraph/names.h>
#include <coopgraph/writer.h>
#include <coopgraph/suggest.h>

#include <errno.h>
#include <pthread.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

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
  /* As agreements go in: inc_count[e + 1] rows naming entity e (or NULL), and their pairs. */
  size_t *inc_count;
  uint64_t pairs;
  int types_declared;
  size_t ngroup_marks;
  /* Where each type's group was written, for "did you mean" once all are read. */
  unsigned long *group_line, *group_col;
  cg_status fatal; /* out of memory: stop everything */
  /* countries as written, resolved once every entity is known */
  const char **country_ids;
  unsigned long *country_cols;
  cg_keyset agreement_ids; /* indices into ds->agreements, keyed by their ids */
  /*
   * Ids checked at the end instead (two-thread loads): id_hash[a] is the
   * cg_keyset_hash of agreement a's id, and repeated_ids() looks for a
   * repeat once all are in. With none, what the set would have done is
   * nothing; with one, the load starts again with the set (see
   * cg_dataset_load_files).
   */
  int allow_defer, defer_ids;
  uint32_t *id_hash;
  int no_entities; /* entities.csv unreadable: do not check parties */
  size_t split_min;
  cg_arena *arena; /* where party lists go: the dataset's, or the second thread's own */
  /*
   * The second thread's loader: reports nothing (ERR only sets bailed) and
   * touches nothing shared that the first thread writes.
   */
  int speculative, bailed;
} loader;

/* The columns are the schema's (cg_table_columns, writer.h), in this order. */
static const int ENTITY_REQUIRED[] = {1, 1, 0, 0, 0};
enum { E_ID, E_KIND, E_NAME, E_COUNTRY, E_ALIASES };
static const int AGREEMENT_REQUIRED[] = {1, 1, 0, 1, 1, 0, 0};
enum { A_ID, A_DATE, A_END, A_TYPE, A_PARTIES, A_TITLE, A_SOURCE };
/*
 * types.csv: the schema's columns, then the optional `cues` that extract
 * reads (extract.h), and the optional `group` and `color` of the figures
 * (style.h); the writers only write them for a dataset that has them.
 */
static const char *const TYPE_COLS[] = {"type", "label", "description", "cues", "group", "color",
                                        NULL};
static const int TYPE_REQUIRED[] = {1, 0, 0, 0, 0, 0};
enum { T_ID, T_LABEL, T_DESCRIPTION, T_CUES, T_GROUP, T_COLOR };
#define MAX_GROUP_CHARS 40 /* a group names a legend row: short */

#define ERR(ld, path, line, col, ...)                                                              \
  ((ld)->speculative ? (void)((ld)->bailed = 1)                                                    \
                     : (void)cg_diags_add((ld)->diags, CG_SEV_ERROR, path, line, col, __VA_ARGS__))
#define WARN(ld, path, line, col, ...)                                                             \
  cg_diags_add((ld)->diags, CG_SEV_WARNING, path, line, col, __VA_ARGS__)

/*
 * "Did you mean" compares a name with every entity: worth it while errors
 * are still shown in full, not for the millionth unknown name of a broken
 * file, where it would turn the load quadratic.
 */
static int want_hint(const loader *ld) {
  return !ld->speculative && cg_diags_errors(ld->diags) - ld->errors_before < ld->max_errors;
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
 * Maps the n bytes of the regular file fd, plus a spare writable byte, as
 * private memory: the reader's NULs never reach the file. All pages are made
 * private copies at once (MADV_POPULATE_WRITE), which is much cheaper than a
 * fault per page, and leaves nothing that a later truncation of the file
 * could turn into SIGBUS. Returns the mapping (*size bytes) or NULL, when
 * the caller reads the file instead. defer_populate: the caller populates
 * all of it (populate()) before it touches any byte, and sets text[n] = 0.
 */
/*
 * Faults text[from..to) in, writable, in one call (for a private file
 * mapping: makes the pages private copies). 1 on success.
 */
static int populate(char *text, size_t from, size_t to) {
#if defined(MADV_POPULATE_WRITE)
  long page = sysconf(_SC_PAGESIZE);
  if (page <= 0) return 0;
  if (to <= from) return 1;
  uintptr_t start = (uintptr_t)(text + from), cut = start % (uintptr_t)page;
  return madvise(text + from - cut, to - from + cut, MADV_POPULATE_WRITE) == 0;
#else
  (void)text, (void)from, (void)to;
  return 0;
#endif
}

/*
 * Faults in the agreements array's slots [from, from + PREFAULT_ROWS), or
 * fewer at its end, before they are written: one call for 64 pages costs
 * much less than a page fault each. Only a hint: failing changes nothing.
 */
enum { PREFAULT_ROWS = 4096 };

static void prefault_agreements(cg_agreement *a, size_t from, size_t cap) {
  if (from >= cap) return;
  size_t to = cap - from < PREFAULT_ROWS ? cap : from + PREFAULT_ROWS;
  (void)populate((char *)a, from * sizeof *a, to * sizeof *a);
}

static char *map_file(int fd, size_t n, size_t *size, int defer_populate) {
#if defined(MADV_POPULATE_WRITE) && defined(MAP_ANONYMOUS)
  long page = sysconf(_SC_PAGESIZE);
  if (page <= 0 || n > SIZE_MAX - 2 * (size_t)page) return NULL;
  *size = (n + 1 + (size_t)page - 1) / (size_t)page * (size_t)page;
  /* Anonymous first: when n is a multiple of the page size, the spare byte is in its last page. */
  char *base = mmap(NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) return NULL;
  if (mmap(base, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED ||
      (!defer_populate && !populate(base, 0, n))) {
    munmap(base, *size);
    return NULL;
  }
  if (!defer_populate) base[n] = '\0';
  return base;
#else
  (void)fd, (void)n, (void)size, (void)defer_populate;
  return NULL;
#endif
}

/*
 * Reads a file into a buffer with one spare byte after its *len bytes (the
 * in-place reader's last NUL): a mapping of *mapped bytes (map_file; with
 * MAP_ONLY not yet populated) when it can, else malloc'd (*mapped is 0). A
 * regular file is read into a buffer of its exact size, so reading never
 * holds more than the file.
 */
enum { MAP_AND_POPULATE, MAP_ONLY, READ_ONLY };

static cg_status read_file(loader *ld, const char *path, size_t max, char **out, size_t *len,
                           size_t *mapped, int how) {
  *out = NULL;
  *mapped = 0;
  /* While speculative, an error only makes the caller start again for real. */
  FILE *f = cg_open_regular(path, ld->speculative ? NULL : ld->diags);
  if (!f) {
    if (ld->speculative) ld->bailed = 1;
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
    /* Size 0 may be a file whose size is not known (/proc): read those. */
    char *m = too_big || sb.st_size == 0 || how == READ_ONLY
                  ? NULL
                  : map_file(fileno(f), (size_t)sb.st_size, mapped, how == MAP_ONLY);
    if (m) {
      fclose(f);
      *out = m;
      *len = (size_t)sb.st_size;
      return CG_OK;
    }
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
    } else if (extra && *nextra == CG_LOAD_MAX_COLUMNS) { /* load_file's room for extras */
      ERR(ld, path, cg_csv_field_line(r, i), cg_csv_field_column(r, i),
          "more than %zu extra columns in the header", CG_LOAD_MAX_COLUMNS);
      ok = 0;
      extra = NULL;
    } else if (extra) {
      extra[(*nextra)++] = (int)i;
    }
  }
  for (int k = 0; names[k]; k++) {
    if (cols->idx[k] >= 0 || !required[k]) continue;
    /* A misspelt header is the likeliest cause: point at it. */
    cg_suggest s;
    cg_suggest_init(&s, names[k]);
    for (size_t i = 0; i < cols->nfields; i++) {
      const char *h = cg_csv_field(r, i, NULL);
      int taken = 0;
      for (int j = 0; names[j]; j++)
        taken |= cols->idx[j] == (int)i;
      if (!taken) cg_suggest_consider(&s, h, h);
    }
    const char *near = cg_suggest_best(&s);
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
  const char **out = cg_dataset_split_list(ld->ds, v, n, sep, count);
  if (!out) ld->fatal = CG_ERR_NOMEM;
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
  en->aliases = split_list(ld, v, n, CG_ALIASES_SEPARATOR, &en->naliases);
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

/*
 * The optional `cues` column: '|'-separated phrases that state an agreement
 * of this type in text (extract.h). Each must have letters or digits, and no
 * two types may share a phrase (compared by the name matcher's key).
 */
static void load_cues(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                      int32_t t) {
  cg_dataset *ds = ld->ds;
  ds->has_cues = 1;
  size_t n, count = 0;
  size_t fi = (size_t)cols->idx[T_CUES];
  const char *v = cg_csv_field(r, fi, &n);
  const char **items = split_list(ld, v, n, CG_CUES_SEPARATOR, &count);
  if (!items) return;
  if ((size_t)t >= ds->ncue_lists) {
    size_t cap = (size_t)t + 16;
    cg_cue_list *c = realloc(ds->cue_lists, cap * sizeof *c);
    if (!c) {
      ld->fatal = CG_ERR_NOMEM;
      return;
    }
    memset(c + ds->ncue_lists, 0, (cap - ds->ncue_lists) * sizeof *c);
    ds->cue_lists = c;
    ds->ncue_lists = cap;
  }
  cg_buf key = CG_BUF_INIT;
  size_t kept = 0;
  for (size_t i = 0; i < count; i++) {
    cg_buf_clear(&key);
    if (cg_name_key(items[i], strlen(items[i]), &key) == CG_ERR_NOMEM) {
      ld->fatal = CG_ERR_NOMEM;
      break;
    }
    const char *at = strstr(v, items[i]);
    unsigned long col = col_at(r, fi, at ? (size_t)(at - v) : 0);
    if (key.len == 0) {
      ERR(ld, path, cg_csv_field_line(r, fi), col, "cue '%s' of type '%s' has no letters or digits",
          items[i], ds->types[t].id);
      continue;
    }
    char *k = cg_arena_strndup(&ds->arena, key.data, key.len);
    int32_t prev = k ? cg_strmap_put(&ds->cue_keys, k, t) : -2;
    if (prev == -2) {
      ld->fatal = CG_ERR_NOMEM;
      break;
    }
    if (prev >= 0) {
      if (prev == t)
        ERR(ld, path, cg_csv_field_line(r, fi), col, "cue '%s' is listed twice for type '%s'",
            items[i], ds->types[t].id);
      else
        ERR(ld, path, cg_csv_field_line(r, fi), col,
            "cue '%s' of type '%s' is already a cue of type '%s'", items[i], ds->types[t].id,
            ds->types[prev].id);
      continue;
    }
    items[kept++] = items[i];
  }
  cg_buf_free(&key);
  ds->cue_lists[t].items = items;
  ds->cue_lists[t].n = kept;
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
  if (cols->idx[T_CUES] >= 0) load_cues(ld, r, cols, path, t);
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
  int32_t *out = cg_arena_alloc_aligned(ld->arena, cap * sizeof *out, alignof(int32_t));
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

/*
 * What adding an agreement row that passed every check of its own needs
 * besides the cg_agreement: its strings are slices of the file's buffer (or
 * copies, see keep()), and the second thread NUL-terminates its rows'
 * slices itself, keeping the bytes it replaced.
 */
typedef struct row_info {
  /*
   * 12 bytes: the second thread keeps half a million of these. A slice's
   * length is not kept: once its NUL is written, strlen finds it again.
   */
  /* cg_keyset_hash of the id, taken while its bytes are in cache: the merge never reads them. */
  uint32_t idhash;
  uint32_t idcol; /* the id's column; UINT32_MAX: that far or farther (the first thread's rows only) */
  unsigned char slices; /* bits K_*: the strings that are slices of the buffer */
  char saved[3];        /* the second thread: the bytes its NULs replaced (id, title, source) */
} row_info;

enum { K_ID = 1, K_TITLE = 2, K_SOURCE = 4 };

/*
 * A string the row keeps: a slice of the buffer (bit `bit` of row->slices)
 * or, when the reader had to unescape it into its scratch buffer (the second
 * thread's reader writes nothing), a copy in ld->arena. NULL when out of memory.
 */
static const char *keep(loader *ld, const cg_csv *r, const columns *cols, int k, row_info *row,
                        unsigned bit) {
  size_t n;
  const char *v = field(r, cols, k, &n);
  if (cols->idx[k] < 0) return v;
  if (!cg_csv_field_copied(r, (size_t)cols->idx[k])) {
    row->slices |= (unsigned char)bit;
    return v;
  }
  const char *c = cg_arena_strndup(ld->arena, v, n);
  if (!c) ld->fatal = CG_ERR_NOMEM;
  return c;
}

/*
 * The checks of one agreements.csv row that need no other row: its id, dates,
 * type and parties. Returns 1 and fills *ag and *out when it passes (party
 * lists go into ld->arena).
 */
static int check_agreement_row(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                               cg_agreement *ag, row_info *out) {
  cg_dataset *ds = ld->ds;
  size_t idlen;
  const char *id = field(r, cols, A_ID, &idlen);
  out->idhash = cg_keyset_hash(id, idlen);
  if (!ld->speculative && !ld->defer_ids) /* the first thread is adding to it */
    cg_keyset_prefetch(&ld->agreement_ids, out->idhash); /* used at the end of the row */
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
      if (ld->speculative)
        ld->bailed = 1;
      else if (cg_dataset_suggest_type(ds, t, hint, sizeof hint))
        ERR(ld, path, cg_csv_field_line(r, fi), col_at(r, fi, 0),
            "type '%s' is not declared in types.csv; did you mean '%s'?", t, hint);
      else
        ERR(ld, path, cg_csv_field_line(r, fi), col_at(r, fi, 0),
            "type '%s' is not declared in types.csv", t);
      ok = 0;
    } else if (type < 0 && ld->speculative) { /* interning writes the types: not here */
      ld->bailed = 1;
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
  if (!ok || !parties || ld->fatal) return 0;
  out->slices = 0;
  ag->id = keep(ld, r, cols, A_ID, out, K_ID);
  ag->date = date;
  ag->end = end;
  ag->type = type;
  ag->nparties = np;
  ag->parties = parties;
  ag->line = cg_csv_record_line(r);
  ag->title = keep(ld, r, cols, A_TITLE, out, K_TITLE);
  ag->source = keep(ld, r, cols, A_SOURCE, out, K_SOURCE);
  unsigned long idcol = cg_csv_field_column(r, (size_t)cols->idx[A_ID]);
  out->idcol = idcol < UINT32_MAX ? (uint32_t)idcol : UINT32_MAX;
  if (idcol >= UINT32_MAX && ld->speculative) ld->bailed = 1;
  return !ld->fatal && !ld->bailed;
}

/*
 * Adds a checked row unless its id is taken (reported at column idcol). r
 * and extra give the values of the extra columns (r NULL: there are none).
 */
static void add_agreement(loader *ld, const cg_agreement *ag, const row_info *row,
                          unsigned long idcol, const char *path,
                          const cg_csv *r, const int *extra) {
  cg_dataset *ds = ld->ds;
  const char *id = ag->id;
  int32_t prev = ld->defer_ids ? -1
                               : cg_keyset_put_hashed(&ld->agreement_ids, id, strlen(id),
                                                      row->idhash, (int32_t)ds->nagreements);
  if (prev == -2) {
    ld->fatal = CG_ERR_NOMEM;
    return;
  }
  if (prev >= 0) {
    ERR(ld, path, ag->line, idcol,
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
    if (ld->defer_ids) {
      uint32_t *h = realloc(ld->id_hash, cap * sizeof *h);
      if (!h) {
        ld->fatal = CG_ERR_NOMEM;
        return;
      }
      ld->id_hash = h;
    }
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
  ds->agreements[ds->nagreements] = *ag;
  if (ld->defer_ids) ld->id_hash[ds->nagreements] = row->idhash;
  for (uint32_t k = 0; ld->inc_count && k < ag->nparties; k++)
    ld->inc_count[ag->parties[k] + 1]++;
  ld->pairs += cg_agreement_pairs(ag->nparties);
  for (size_t x = 0; r && x < ds->nextra; x++) {
    size_t xl;
    const char *xv = cg_csv_field(r, (size_t)extra[x], &xl);
    ds->extra_values[ds->nagreements * ds->nextra + x] = xl ? xv : NULL;
  }
  ds->nagreements++;
}

static void load_agreement_row(loader *ld, const cg_csv *r, const columns *cols, const char *path,
                               const int *extra) {
  cg_agreement ag;
  row_info row;
  cg_dataset *ds = ld->ds;
  if (ds->nagreements % PREFAULT_ROWS == 0)
    prefault_agreements(ds->agreements, ds->nagreements, ds->cap_agreements);
  if (check_agreement_row(ld, r, cols, path, &ag, &row))
    add_agreement(ld, &ag, &row, cg_csv_field_column(r, (size_t)cols->idx[A_ID]), path, r, extra);
}

/*
 * About how many rows text[from..len) holds, from the line breaks of its
 * first 64 KiB: a hint to size arrays that would otherwise grow by doubling
 * (each growth a copy, or a remapping that stops the other thread).
 */
static size_t estimate_rows(const char *text, size_t from, size_t len) {
  size_t sample = len - from < ((size_t)1 << 16) ? len - from : (size_t)1 << 16, lines = 0;
  const char *p = text + from, *end = p + sample;
  while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    lines++;
    p++;
  }
  return lines ? (size_t)((double)(len - from) / (double)sample * (double)lines * 1.1) + 16 : 0;
}

/* ---- the second thread ---- */

/*
 * How much of n bytes the first thread reads: 47%, as it also adds the
 * second thread's rows (a copy and the counts, about a tenth of the cost
 * of reading them), loads entities.csv and counts line breaks before they
 * start; measured on 10^6 agreements (CPU time of each thread), both
 * threads then finish their parts together.
 */
static size_t first_share(size_t n) {
  return n / 100 * 47;
}

typedef struct second_half {
  loader ld; /* speculative: reports nothing */
  cg_arena arena;
  const char *text;
  size_t from, len; /* it reads text[from..len) */
  const char *path;
  columns cols;
  /*
   * Its rows go straight into the agreements array, at ag_first onwards:
   * the first thread adds at most ag_first rows (one per line break before
   * `from`), and the array, sized before the split, is not moved until the
   * merge. rows[i] holds the rest of what row i needs.
   */
  cg_agreement *ag_base;
  size_t ag_cap, ag_first;
  row_info *rows;
  size_t nrows, cap;
  size_t stop;            /* offset in text of the row it stopped at; len when it read all */
  unsigned long stop_line; /* that row's line, counted from 1 at `from` */
  pthread_t thread;
  int running;
  int dropped; /* the first thread read past `from` (drop_second_half) */
  /*
   * The thread starts before the header is read, to populate a mapped file's
   * second half (text[populate_from..len)) while the first thread populates
   * the first; then it waits for `go`: 1 to read from `from`, -1 to end.
   */
  size_t populate_from;
  int populated; /* 0 while populating, 1 done, -1 failed */
  int go;
  /*
   * While it reads, the first thread adds the rows it has finished
   * (rows[0..published)); `finished` once it has stopped, with stop and
   * stop_line set. quit: the first thread no longer wants its rows.
   */
  size_t published;
  int finished, quit;
  pthread_mutex_t lock;
  pthread_cond_t cond;
} second_half;

/*
 * How many records can end in text[from..to): line feeds, plus carriage
 * returns not followed by one (a lone CR also ends a record); an upper bound
 * of the rows there.
 */
static size_t record_ends(const char *text, size_t from, size_t to) {
  size_t n = 0;
  const char *p = text + from, *end = text + to;
#if defined(__SSE2__) && defined(__GNUC__)
  /*
   * 16 bytes at a time: a memchr per line cost a call per row, 400,000 of
   * them on the first thread's part of 10^6 agreements. Line feeds add up
   * in 16 byte-wide counters (a match is -1), summed every 255 blocks; a
   * carriage return is rare and looked at on its own.
   */
  while (end - p >= 16) {
    __m128i acc = _mm_setzero_si128();
    for (int k = 0; k < 255 && end - p >= 16; k++, p += 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
      unsigned cr = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
      for (; cr; cr &= cr - 1) {
        const char *c = p + __builtin_ctz(cr);
        n += c + 1 == end || c[1] != '\n';
      }
    }
    __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    n += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
  }
#endif
  for (; p < end; p++)
    n += *p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'));
  return n;
}

static void swap_nul(char *p, char *saved) {
  *saved = *p;
  *p = '\0';
}

static void *second_half_main(void *arg) {
  second_half *h = arg;
  int ok = h->populate_from >= h->len || populate((char *)(uintptr_t)h->text, h->populate_from,
                                                   h->len);
  pthread_mutex_lock(&h->lock);
  h->populated = ok ? 1 : -1;
  pthread_cond_broadcast(&h->cond);
  while (!h->go)
    pthread_cond_wait(&h->cond, &h->lock);
  int go = h->go;
  pthread_mutex_unlock(&h->lock);
  if (go < 0) return NULL;
  h->stop = h->from;
  h->stop_line = 1;
  cg_csv *r = cg_csv_new_view(h->text + h->from, h->len - h->from, h->path, &h->ld.csv_opts);
  for (int quit = 0; r && !quit;) {
    size_t at = cg_csv_offset(r);
    unsigned long line = cg_csv_line(r);
    int got = cg_csv_next(r, NULL);
    if (got == 0) {
      h->stop = h->len;
      break;
    }
    if (got > 0 && cg_csv_record_blank(r)) continue;
    if (h->nrows % PREFAULT_ROWS == 0) prefault_agreements(h->ag_base, h->ag_first + h->nrows, h->ag_cap);
    /* The first thread reads rows[] as it goes: it never moves, so a full one stops here. */
    if (h->nrows == h->cap) got = -1; /* the first thread will read this row */
    cg_agreement *ag = h->ag_first + h->nrows < h->ag_cap ? &h->ag_base[h->ag_first + h->nrows]
                                                          : NULL; /* no room: stop here */
    if (got < 0 || !ag || cg_csv_nfields(r) != h->cols.nfields ||
        !check_agreement_row(&h->ld, r, &h->cols, h->path, ag, &h->rows[h->nrows]) ||
        h->ld.bailed) {
      h->stop = h->from + at;
      h->stop_line = line;
      break;
    }
    /* The row is read: NUL-terminate its strings, keeping the bytes for drop_second_half. */
    row_info *row = &h->rows[h->nrows++];
    char *text = (char *)(uintptr_t)h->text;
    size_t n;
    if (row->slices & K_ID)
      swap_nul(text + (ag->id - h->text) + (field(r, &h->cols, A_ID, &n), n), &row->saved[0]);
    if (row->slices & K_TITLE)
      swap_nul(text + (ag->title - h->text) + (field(r, &h->cols, A_TITLE, &n), n), &row->saved[1]);
    if (row->slices & K_SOURCE)
      swap_nul(text + (ag->source - h->text) + (field(r, &h->cols, A_SOURCE, &n), n),
               &row->saved[2]);
    /* Now and then, not per row: each hand-over takes the lock. */
    if (h->nrows % 4096 == 0) {
      pthread_mutex_lock(&h->lock);
      h->published = h->nrows;
      quit = h->quit;
      pthread_cond_broadcast(&h->cond);
      pthread_mutex_unlock(&h->lock);
    }
  }
  cg_csv_free(r); /* stopped by quit: stop is not used */
  pthread_mutex_lock(&h->lock);
  h->published = h->nrows;
  h->finished = 1;
  pthread_cond_broadcast(&h->cond);
  pthread_mutex_unlock(&h->lock);
  return NULL;
}

/*
 * Starts the second thread of a load of agreements.csv (text[0..len)), which
 * populates text[populate_from..len) when that is not empty, then waits for
 * go_second_half. NULL when the file is too small to split or on failure.
 */
static second_half *spawn_second_half(const loader *ld, const char *text, size_t len,
                                      const char *path, size_t populate_from) {
  if (len < ld->split_min || len < 2) return NULL;
  second_half *h = calloc(1, sizeof *h);
  if (!h) return NULL;
  h->text = text;
  h->len = len;
  h->path = path;
  h->populate_from = populate_from;
  if (pthread_mutex_init(&h->lock, NULL) != 0) {
    free(h);
    return NULL;
  }
  if (pthread_cond_init(&h->cond, NULL) != 0 ||
      pthread_create(&h->thread, NULL, second_half_main, h) != 0) {
    pthread_mutex_destroy(&h->lock);
    free(h);
    return NULL;
  }
  h->running = 1;
  return h;
}

/* Waits until the second thread has populated its part; 1 when that worked. */
static int second_half_populated(second_half *h) {
  pthread_mutex_lock(&h->lock);
  while (!h->populated)
    pthread_cond_wait(&h->cond, &h->lock);
  int ok = h->populated > 0;
  pthread_mutex_unlock(&h->lock);
  return ok;
}

static void tell_second_half(second_half *h, int go) {
  pthread_mutex_lock(&h->lock);
  if (!h->go) h->go = go;
  pthread_cond_broadcast(&h->cond);
  pthread_mutex_unlock(&h->lock);
}

/*
 * The header has been read; the rows start at text[from]. Sets the second
 * thread reading from the first line break past first_share of the rows and
 * returns 1, or tells it to end and returns 0 (too small, no line break, or
 * things only one thread can do: extra columns, undeclared types). ends:
 * record_ends(text, 0, counted), counted before anything wrote into the text
 * (the first thread's reader overwrites line breaks with NULs), or SIZE_MAX.
 */
static int go_second_half(second_half *h, const loader *ld, size_t from, const columns *cols,
                          size_t ends, size_t counted) {
  const char *nl = NULL;
  if (!ld->ds->nextra && ld->types_declared && !ld->no_entities && h->len - from >= ld->split_min &&
      h->len - from >= 2) {
    size_t mid = from + first_share(h->len - from);
    nl = memchr(h->text + mid, '\n', h->len - mid);
  }
  if (nl && (size_t)(nl + 1 - h->text) < h->len) {
    h->ld = *ld;
    h->ld.speculative = 1;
    h->ld.diags = NULL;
    h->ld.arena = &h->arena;
    h->ld.party_mark = calloc(ld->ds->nentities ? ld->ds->nentities : 1, sizeof *h->ld.party_mark);
    h->from = (size_t)(nl + 1 - h->text);
    h->cols = *cols;
    h->ag_base = ld->ds->agreements;
    h->ag_cap = ld->ds->cap_agreements;
    /* At most one row per record end before h->from (the header's end counted in too). */
    h->ag_first = ends != SIZE_MAX && counted <= h->from
                      ? ends + record_ends(h->text, counted, h->from)
                      : record_ends(h->text, from, h->from);
    /* As many rows as it has room for in the agreements array: it stops there anyway. */
    h->cap = h->ag_cap > h->ag_first ? h->ag_cap - h->ag_first : 0;
    h->rows = h->cap ? malloc(h->cap * sizeof *h->rows) : NULL;
    if (!h->rows) h->cap = 0;
  }
  int go = nl && h->ld.party_mark;
  tell_second_half(h, go ? 1 : -1);
  return go;
}

static void join_second_half(void *arg) {
  second_half *h = arg;
  if (!h->running) return;
  pthread_mutex_lock(&h->lock);
  h->quit = 1; /* its rows are not wanted (or it has finished) */
  pthread_mutex_unlock(&h->lock);
  tell_second_half(h, -1); /* in case it still waits */
  pthread_join(h->thread, NULL);
  h->running = 0;
}

/*
 * The first thread's reader ran into the second half: the second thread's
 * work is void, and the bytes its NULs replaced are put back.
 */
static void drop_second_half(void *arg) {
  second_half *h = arg;
  join_second_half(h);
  h->dropped = 1;
  char *text = (char *)(uintptr_t)h->text;
  for (size_t i = 0; i < h->nrows; i++) {
    const row_info *row = &h->rows[i];
    const cg_agreement *ag = &h->ag_base[h->ag_first + i];
    /* Each slice ends at the NUL the second thread wrote (a field holds no NUL). */
    if (row->slices & K_ID) text[ag->id - h->text + strlen(ag->id)] = row->saved[0];
    if (row->slices & K_TITLE) text[ag->title - h->text + strlen(ag->title)] = row->saved[1];
    if (row->slices & K_SOURCE) text[ag->source - h->text + strlen(ag->source)] = row->saved[2];
  }
}

static void free_second_half(second_half *h) {
  if (!h) return;
  join_second_half(h);
  free(h->rows);
  free(h->ld.party_mark);
  cg_arena_free(&h->arena);
  pthread_cond_destroy(&h->cond);
  pthread_mutex_destroy(&h->lock);
  free(h);
}

/*
 * The first thread has read up to h->from (line `line` starts there): adds
 * the second thread's rows as it finishes them, and once it has stopped,
 * puts r where it stopped. Returns 1 when rows remain to be read there.
 */
static int merge_second_half(loader *ld, second_half *h, cg_csv *r, unsigned long line) {
  /* The first thread added at most ag_first rows, so the array never moved (see second_half). */
  const cg_agreement *base = h->ag_base + h->ag_first;
  size_t i = 0;
  for (int finished = 0; !finished && !ld->fatal;) {
    pthread_mutex_lock(&h->lock);
    while (h->published == i && !h->finished)
      pthread_cond_wait(&h->cond, &h->lock);
    size_t n = h->published;
    finished = h->finished;
    pthread_mutex_unlock(&h->lock);
    /*
     * Rows below n are complete, and the second thread writes only above
     * them: ds->agreements[ds->nagreements], at most base + i, is free.
     */
    for (; i < n && !ld->fatal; i++) {
      /* Each put is a cache miss in a table of millions: start the one 8 rows ahead now. */
      if (i + 8 < n && !ld->defer_ids) cg_keyset_prefetch(&ld->agreement_ids, h->rows[i + 8].idhash);
      cg_agreement ag = base[i]; /* moves down to ds->nagreements, which is at most here */
      ag.line += line - 1;
      add_agreement(ld, &ag, &h->rows[i], h->rows[i].idcol, h->path, NULL, NULL);
    }
  }
  join_second_half(h);
  /* Its party lists: the arena is the first thread's only once it has stopped. */
  cg_arena_absorb(&ld->ds->arena, &h->arena);
  if (ld->fatal || h->stop >= h->len) return 0;
  cg_csv_resume(r, h->stop, h->stop_line + line - 1);
  return 1;
}

/* Room for about n agreements (a hint: failing is not an error). */
static void reserve_agreements(loader *ld, size_t n) {
  cg_dataset *ds = ld->ds;
  if (n <= ds->cap_agreements || ds->nextra || n > SIZE_MAX / 2 / sizeof *ds->agreements) return;
  cg_agreement *a = realloc(ds->agreements, n * sizeof *a);
  if (!a) return;
  ds->agreements = a;
  ds->cap_agreements = n;
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
  size_t len = file->len, mapped = 0;
  int split = row == load_agreement_row;
  second_half *half = NULL;
  size_t ends = SIZE_MAX, counted = 0;
  if (!file->data) {
    cg_status st = read_file(ld, file->path, ld->max_file, &text, &len, &mapped,
                             split ? MAP_ONLY : MAP_AND_POPULATE);
    if (st) return st;
    if (split && mapped) {
      /* Two threads populate the mapping, a part each, before anything reads it. */
      size_t half_way = first_share(len);
      half = spawn_second_half(ld, text, len, file->path, half_way);
      int ok = populate(text, 0, half ? half_way : len);
      if (ok && half) { /* while the second thread populates: see go_second_half */
        ends = record_ends(text, 0, half_way);
        counted = half_way;
      }
      if (half && !second_half_populated(half)) ok = 0;
      if (!ok) { /* the file shrank since it was mapped: read what it holds now */
        free_second_half(half);
        half = NULL;
        munmap(text, mapped);
        st = read_file(ld, file->path, ld->max_file, &text, &len, &mapped, READ_ONLY);
        if (st) return st;
      } else {
        text[len] = '\0';
      }
    }
  } else if ((text = malloc(len + 1)) != NULL) {
    memcpy(text, file->data, len); /* the reader writes into its buffer */
    text[len] = '\0';
  }
  /* The dataset owns the buffer from here on: its strings will point into it. */
  if (!text || (mapped ? cg_arena_adopt_mapping(&ld->ds->arena, text, mapped)
                       : cg_arena_adopt(&ld->ds->arena, text))) {
    free_second_half(half);
    if (mapped)
      munmap(text, mapped);
    else
      free(text);
    return CG_ERR_NOMEM;
  }
  if (split && !half) half = spawn_second_half(ld, text, len, file->path, len);
  cg_csv *r = cg_csv_new_inplace(text, len, file->path, &ld->csv_opts);
  columns cols;
  int *extra = NULL;
  cg_status st = CG_OK;
  if (!r) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  /* Extras: at most as many as header fields; sized after the header is read. */
  extra = malloc(sizeof(int) * CG_LOAD_MAX_COLUMNS);
  if (!extra) {
    st = CG_ERR_NOMEM;
    goto done;
  }
  size_t nextra = 0;
  if (!read_header(ld, r, file->path, names, required, &cols, want_extra ? extra : NULL, &nextra) ||
      nextra > CG_LOAD_MAX_COLUMNS) {
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
  if (split) reserve_agreements(ld, estimate_rows(text, cg_csv_offset(r), len));
  if (half && go_second_half(half, ld, cg_csv_offset(r), &cols, ends, counted)) {
    cg_csv_limit(r, half->from, drop_second_half, half);
    /* Two threads: ids are checked once all are in, not one by one by the first (see loader). */
    if (ld->allow_defer)
      ld->id_hash = malloc((ld->ds->cap_agreements ? ld->ds->cap_agreements : 1) * sizeof *ld->id_hash);
    ld->defer_ids = ld->allow_defer && ld->id_hash && ld->ds->nagreements == 0;
  } else if (half) {
    free_second_half(half);
    half = NULL;
  }
  /* Short of the estimate: a table twice as big as needed costs more than one more growth. */
  if (split && !ld->defer_ids) cg_keyset_reserve(&ld->agreement_ids, ld->ds->cap_agreements / 4 * 3);
  while (!ld->fatal && next_row(ld, r, file->path, &cols))
    row(ld, r, &cols, file->path, extra);
  if (half) {
    /* Not dropped: r stopped at the limit, half->from, a row's start. */
    if (!half->dropped && !ld->fatal && merge_second_half(ld, half, r, cg_csv_line(r)))
      while (!ld->fatal && next_row(ld, r, file->path, &cols))
        row(ld, r, &cols, file->path, extra);
    free_second_half(half);
    half = NULL;
  }
  st = ld->fatal;
done:
  free_second_half(half);
  free(extra);
  cg_csv_free(r);
  return st;
}

/*
 * 1 when two agreements have the same id (ignoring case), 0 when none do,
 * -1 when out of memory; hash[a] is the cg_keyset_hash of agreement a's id.
 * The ids are put in buckets of about 4096 by the top bits of their
 * hash, and each bucket goes through a hash table small enough to stay in
 * cache: a few passes over 12 bytes an agreement, where a table of all of
 * them takes a cache miss per id.
 */
static int repeated_ids(const cg_dataset *ds, const uint32_t *hash) {
  size_t n = ds->nagreements;
  if (n < 2) return 0;
  if (n > UINT32_MAX) return -1;
  unsigned bits = 0;
  while (bits < 16 && ((size_t)4096 << bits) < n)
    bits++;
  size_t nb = (size_t)1 << bits;
#define BUCKET(h) (bits ? (size_t)((h) >> (32 - bits)) : 0)
  size_t *start = calloc(nb + 1, sizeof *start), *fill = malloc(nb * sizeof *fill);
  uint64_t *by_bucket = malloc(n * sizeof *by_bucket); /* hash << 32 | agreement */
  uint32_t *table = NULL;
  int found = -1;
  if (!start || !fill || !by_bucket) goto done;
  for (size_t a = 0; a < n; a++)
    start[BUCKET(hash[a]) + 1]++;
  size_t most = 0;
  for (size_t b = 0; b < nb; b++) {
    most = start[b + 1] > most ? start[b + 1] : most;
    start[b + 1] += start[b];
  }
  memcpy(fill, start, nb * sizeof *fill);
  for (size_t a = 0; a < n; a++)
    by_bucket[fill[BUCKET(hash[a])]++] = (uint64_t)hash[a] << 32 | a;
  size_t cap = 2;
  while (cap < 2 * most)
    cap *= 2;
  table = malloc(cap * sizeof *table); /* 1 + index into by_bucket; 0 when empty */
  if (!table) goto done;
  found = 0;
  for (size_t b = 0; b < nb && !found; b++) {
    size_t size = 2;
    while (size < 2 * (start[b + 1] - start[b]))
      size *= 2;
    memset(table, 0, size * sizeof *table);
    for (size_t j = start[b]; j < start[b + 1] && !found; j++) {
      uint32_t h = (uint32_t)(by_bucket[j] >> 32);
      size_t k = h & (size - 1);
      for (; table[k]; k = (k + 1) & (size - 1)) {
        uint64_t o = by_bucket[table[k] - 1];
        /* Equal hashes are rare: only then are the ids read (each a cache miss). */
        if ((uint32_t)(o >> 32) == h && cg_streq_nocase(ds->agreements[(uint32_t)o].id,
                                                        ds->agreements[(uint32_t)by_bucket[j]].id)) {
          found = 1;
          break;
        }
      }
      table[k] = (uint32_t)(j + 1);
    }
  }
#undef BUCKET
done:
  free(start);
  free(fill);
  free(by_bucket);
  free(table);
  return found;
}

static const char *agreement_id(const void *ds, int32_t a) {
  return ((const cg_dataset *)ds)->agreements[a].id;
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

/*
 * cg_dataset_load_files, with agreement ids checked at the end when two
 * threads read them and allow_defer is set (see loader). *again: a repeat
 * was found that way: the load must be done again without it (nothing is
 * returned, and diags may hold messages of this try).
 */
static cg_status load_files(cg_dataset **out, const char *name, const cg_file *entities,
                            const cg_file *agreements, const cg_file *types,
                            const cg_load_options *opts, cg_diags *diags, int allow_defer,
                            int *again) {
  *out = NULL;
  *again = 0;
  loader ld;
  memset(&ld, 0, sizeof ld);
  ld.diags = diags;
  ld.allow_defer = allow_defer;
#define OPT(f, dflt) (opts && opts->f ? opts->f : (dflt))
  ld.csv_opts.max_field = OPT(max_field, CG_LOAD_DEFAULT_MAX_FIELD);
  ld.csv_opts.max_fields = CG_LOAD_MAX_COLUMNS; /* load_file's extra[] holds that many */
  ld.max_file = OPT(max_file, CG_LOAD_DEFAULT_MAX_FILE);
  ld.max_errors = OPT(max_errors, CG_LOAD_DEFAULT_MAX_ERRORS);
  ld.max_parties = OPT(max_parties, CG_LOAD_DEFAULT_MAX_PARTIES);
  ld.max_pairs = OPT(max_pairs, CG_LOAD_DEFAULT_MAX_PAIRS);
  ld.split_min = OPT(split_min, CG_LOAD_DEFAULT_SPLIT_MIN);
#undef OPT
  ld.ds = cg_dataset_alloc(name);
  if (!ld.ds) return CG_ERR_NOMEM;
  ld.arena = &ld.ds->arena;
  cg_keyset_init(&ld.agreement_ids, agreement_id, ld.ds);
  size_t errors_before = ld.errors_before = cg_diags_errors(diags);

  cg_status st = load_file(&ld, entities, cg_table_columns(CG_TABLE_ENTITIES, NULL), ENTITY_REQUIRED, entity_row, 0);
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
  /* Without it the incidence lists count the parties in a pass of their own. */
  ld.inc_count = calloc(ld.ds->nentities + 1, sizeof *ld.inc_count);
  if (st != CG_ERR_NOMEM) {
    st = load_file(&ld, agreements, cg_table_columns(CG_TABLE_AGREEMENTS, NULL), AGREEMENT_REQUIRED, load_agreement_row, 1);
    if (st && (!worst || st == CG_ERR_NOMEM)) worst = st;
  }
  /* A repeated id (or no memory to look for one): only the set reports it as one thread would. */
  if (ld.defer_ids && worst != CG_ERR_NOMEM && repeated_ids(ld.ds, ld.id_hash) != 0)
    *again = 1;
  free(ld.id_hash);
  if (*again) {
    free(ld.inc_count);
  } else {
    if (worst != CG_ERR_NOMEM)
      cg_check_pairs(ld.pairs, ld.max_pairs, agreements->path, ld.diags);
    if (worst != CG_ERR_NOMEM &&
        (ld.inc_count ? cg_dataset_build_incidence_counted(ld.ds, ld.inc_count)
                      : cg_dataset_build_incidence(ld.ds)))
      worst = CG_ERR_NOMEM;
    else if (worst == CG_ERR_NOMEM)
      free(ld.inc_count); /* else the dataset has it */
    if (worst != CG_ERR_NOMEM && cg_diags_errors(diags) == errors_before)
      warn_unused(&ld, entities->path, agreements->path);
    if (!worst && cg_diags_errors(diags) > errors_before) worst = CG_ERR_DATA;
  }

  free(ld.country_ids);
  free(ld.country_cols);
  free(ld.group_line);
  free(ld.group_col);
  free(ld.party_mark);
  cg_keyset_free(&ld.agreement_ids);
  if (*again) { /* not sorted: the caller drops what this try added */
    cg_dataset_free(ld.ds);
    return CG_ERR_DATA;
  }
  cg_diags_sort(diags);
  if (worst) {
    cg_dataset_free(ld.ds);
    return worst;
  }
  *out = ld.ds;
  return CG_OK;
}

cg_status cg_dataset_load_files(cg_dataset **out, const char *name, const cg_file *entities,
                                const cg_file *agreements, const cg_file *types,
                                const cg_load_options *opts, cg_diags *diags) {
  /*
   * Two threads leave the check of agreement ids to the end. A repeat is
   * an error whose place among the other messages (which are kept, which
   * get a "did you mean") depends on when it is found, so then the load
   * starts again and checks them row by row. Such a file is read twice.
   */
  cg_diags_mark mark = cg_diags_get_mark(diags);
  int again;
  cg_status st = load_files(out, name, entities, agreements, types, opts, diags, 1, &again);
  if (!again) return st;
  cg_diags_rollback(diags, &mark);
  return load_files(out, name, entities, agreements, types, opts, diags, 0, &again);
}

cg_status cg_dataset_load_dir(cg_dataset **out, const char *dir, const cg_load_options *opts,
                              cg_diags *diags) {
  *out = NULL;
  char *e = cg_dataset_file_path(dir, cg_table_file(CG_TABLE_ENTITIES));
  char *a = cg_dataset_file_path(dir, cg_table_file(CG_TABLE_AGREEMENTS));
  char *t = cg_dataset_file_path(dir, cg_table_file(CG_TABLE_TYPES));
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
