/*
 * import.c - a CSV edge list or treaty list (and optionally a node table)
 * turned into a dataset directory (see import.h).
 *
 * Two passes over nothing: the input is read once into memory, each row is
 * checked and either skipped with a counted reason or stored as one row of
 * agreements, and only when the whole input has been read are the three
 * files written, each to a temporary name and then renamed.
 */
#define _POSIX_C_SOURCE 200809L
#include <coopgraph/buf.h>
#include <coopgraph/csv.h>
#include <coopgraph/date.h>
#include <coopgraph/import.h>
#include <coopgraph/number.h>
#include <coopgraph/writer.h>
#include <coopgraph/suggest.h>

#include <dirent.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/arena_internal.h"
#include "core/error_internal.h"
#include "core/grow_internal.h"
#include "core/ident_internal.h"
#include "core/strmap_internal.h"
#include "data/file_internal.h"

static const struct {
  const char *name, *action;
} ISSUES[CG_IMPORT_NISSUES] = {
    {"malformed CSV", "row skipped"},      {"empty name", "row skipped"},
    {"self-loop", "row skipped"},          {"too few parties", "row skipped"},
    {"bad weight", "row skipped"},         {"empty party", "dropped from the list"},
    {"duplicate party", "repeat dropped"}, {"bad date", "kept undated"},
    {"bad end date", "end dropped"},       {"empty type", "default type"},
    {"duplicate id", "suffixed"},          {"unknown node", "named as written"},
    {"bad node", "node row ignored"},
};

const char *cg_import_issue_name(cg_import_issue i) {
  return (unsigned)i < CG_IMPORT_NISSUES ? ISSUES[i].name : "?";
}

const char *cg_import_issue_action(cg_import_issue i) {
  return (unsigned)i < CG_IMPORT_NISSUES ? ISSUES[i].action : "?";
}

/* ---- state --------------------------------------------------------------- */

typedef struct entity {
  const char *id, *name, *kind;
} entity;

typedef struct itype {
  const char *id, *label;
  int used; /* only types of written agreements go to types.csv */
} itype;

/* One usable input row: `weight` agreements with the same parties. */
typedef struct irow {
  size_t party0, nparties; /* into imp.parties */
  size_t id0;              /* ids[id0 .. id0 + weight) */
  unsigned long weight;
  cg_date date, end;
  int32_t type;
  const char *title, *ref;
} irow;

/* A party name as found in a row: a slice of the current record. */
typedef struct slice {
  const char *s;
  size_t len;
} slice;

typedef struct imp {
  const cg_import_options *o;
  cg_diags *d;
  cg_import_stats *st;
  const char *path;
  cg_arena arena;
  cg_status fatal;

  entity *ents;
  size_t nents, cap_ents;
  cg_strmap names;   /* name (or unknown node id) -> entity, exact */
  cg_strmap nodes;   /* node table id -> entity, exact */
  cg_strmap ent_ids; /* entity ids taken, case ignored */

  itype *types;
  size_t ntypes, cap_types;
  cg_strmap type_raw; /* type as written -> type */
  cg_strmap type_ids; /* type ids taken, case ignored */
  int32_t default_type;

  const char **kinds;
  size_t nkinds, cap_kinds;
  cg_strmap kind_raw; /* kind as written -> kinds[] */
  const char *default_kind;
  const char *default_ref;

  irow *rows;
  size_t nrows, cap_rows;
  int32_t *parties;
  size_t nparties, cap_parties;
  const char **ids;
  size_t nids, cap_ids;
  cg_strmap agr_ids; /* agreement ids taken, case ignored */
  cg_strmap raw_ids; /* ids as written -> line, case ignored */

  slice *sl;
  size_t nsl, cap_sl;
  cg_buf scratch;
} imp;

/* Grows *arr (of elem-sized items) to hold one more; 0 or -1 (fatal set). */
static int grow(imp *m, void **arr, size_t *cap, size_t len, size_t elem) {
  if (!cg_grow(arr, cap, len, elem, 64)) return 0;
  m->fatal = CG_ERR_NOMEM;
  return -1;
}
#define GROW(m, arr, cap, len) grow(m, (void **)&(arr), &(cap), len, sizeof *(arr))

/* A NUL-terminated arena copy, or NULL with fatal set. */
static char *sdup(imp *m, const char *s, size_t n) {
  char *c = cg_arena_strndup(&m->arena, s, n);
  if (!c) m->fatal = CG_ERR_NOMEM;
  return c;
}

/* s[0..n) NUL-terminated in the scratch buffer (valid until its next use). */
static const char *cstr(imp *m, const char *s, size_t n) {
  cg_buf_clear(&m->scratch);
  cg_buf_append(&m->scratch, s, n);
  if (cg_buf_status(&m->scratch)) {
    m->fatal = CG_ERR_NOMEM;
    return "";
  }
  return cg_buf_str(&m->scratch);
}

static void trim(const char **s, size_t *n) {
  while (*n && (**s == ' ' || **s == '\t'))
    (*s)++, (*n)--;
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
    (*n)--;
}

/* Column (in characters) of byte `off` of field i; 1 when the field is missing. */
static unsigned long col_at(const cg_csv *r, size_t i, size_t off) {
  unsigned long c = cg_csv_field_column(r, i);
  if (!c) return 1;
  const char *f = cg_csv_field(r, i, NULL);
  c += (unsigned long)cg_csv_field_quoted(r, i);
  for (size_t k = 0; k < off; k++)
    c += ((unsigned char)f[k] & 0xC0) != 0x80;
  return c;
}

/* A value for a message, cut at 60 bytes (on a character boundary). */
static const char *shown(const char *s, size_t n, char buf[72]) {
  size_t cut = n;
  if (cut > 60) {
    cut = 60;
    while (cut && ((unsigned char)s[cut] & 0xC0) == 0x80)
      cut--;
  }
  memcpy(buf, s, cut);
  strcpy(buf + cut, cut < n ? "..." : "");
  return buf;
}

/* Counts an issue; the first few become warnings "message (action)". */
CG_PRINTF(6, 7) static void issue(imp *m, cg_import_issue i, const char *path, unsigned long line, unsigned long col,
      const char *fmt, ...) {
  if (++m->st->issues[i] > CG_IMPORT_EXAMPLES) return;
  char msg[CG_MSG_SIZE];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  cg_diags_add(m->d, CG_SEV_WARNING, path, line, col, "%s (%s)", msg, ISSUES[i].action);
}

/* ---- names, kinds and types ---------------------------------------------- */

/*
 * A lower-case identifier for a kind or type written as s: runs of other
 * bytes become one '_', and leading and trailing '_' go. NULL when nothing
 * is left (or out of memory, with fatal set).
 */
static char *slug(imp *m, const char *s, size_t n) {
  char *out = cg_arena_alloc(&m->arena, n + 1);
  if (!out) {
    m->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  size_t k = 0;
  int gap = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    if (cg_ident_valid((const char *)&c, 1)) {
      if (gap && k) out[k++] = '_';
      out[k++] = (char)c;
      gap = 0;
    } else {
      gap = 1;
    }
  }
  while (k && out[k - 1] == '_')
    k--;
  out[k] = '\0';
  size_t start = 0;
  while (out[start] == '_')
    start++;
  return out[start] ? out + start : NULL;
}

/* The kind written as s (trimmed); the default kind when empty. */
static const char *kind_for(imp *m, const char *s, size_t n) {
  trim(&s, &n);
  if (!n) return m->default_kind;
  const char *key = cstr(m, s, n);
  int32_t k = cg_strmap_get(&m->kind_raw, key);
  if (k >= 0) return m->kinds[k];
  char *raw = sdup(m, s, n), *id = slug(m, s, n);
  if (!raw || m->fatal || GROW(m, m->kinds, m->cap_kinds, m->nkinds)) return m->default_kind;
  m->kinds[m->nkinds] = id ? id : m->default_kind;
  if (cg_strmap_put(&m->kind_raw, raw, (int32_t)m->nkinds) == -2) m->fatal = CG_ERR_NOMEM;
  return m->kinds[m->nkinds++];
}

/* The type written as s[0..n) (trimmed, not empty): found or added. */
static int32_t type_for(imp *m, const char *s, size_t n) {
  const char *key = cstr(m, s, n);
  int32_t t = cg_strmap_get(&m->type_raw, key);
  if (t >= 0) return t;
  char *raw = sdup(m, s, n), *id = slug(m, s, n);
  if (!raw || m->fatal || GROW(m, m->types, m->cap_types, m->ntypes)) return -1;
  if (!id) id = "type";
  const char *uid = cg_ident_make(&m->arena, &m->type_ids, id, strlen(id), (int32_t)m->ntypes);
  if (!uid || cg_strmap_put(&m->type_raw, raw, (int32_t)m->ntypes) == -2) {
    m->fatal = CG_ERR_NOMEM;
    return -1;
  }
  m->types[m->ntypes] = (itype){uid, raw, 0};
  return (int32_t)m->ntypes++;
}

/* Adds an entity; its id is made from id_from. Returns its index or -1. */
static int32_t add_entity(imp *m, const char *id_from, size_t id_len, const char *name,
                          const char *kind) {
  if (GROW(m, m->ents, m->cap_ents, m->nents)) return -1;
  const char *id = cg_ident_make(&m->arena, &m->ent_ids, id_from, id_len, (int32_t)m->nents);
  if (!id) {
    m->fatal = CG_ERR_NOMEM;
    return -1;
  }
  m->ents[m->nents] = (entity){id, name, kind};
  return (int32_t)m->nents++;
}

/*
 * The entity of a party as written (trimmed, not empty): by name, or with a
 * node table by node id; an id missing from the table names a new entity.
 */
static int32_t entity_for(imp *m, const char *s, size_t n, unsigned long line, unsigned long col) {
  const char *key = cstr(m, s, n);
  int32_t e;
  if (m->o->nodes && (e = cg_strmap_get(&m->nodes, key)) >= 0) return e;
  if ((e = cg_strmap_get(&m->names, key)) >= 0) return e;
  char *name = sdup(m, s, n);
  if (!name) return -1;
  if (m->o->nodes) {
    char b[72];
    issue(m, CG_IMPORT_UNKNOWN_NODE, m->path, line, col, "node '%s' is not in the node table",
          shown(s, n, b));
  }
  e = add_entity(m, name, n, name, m->default_kind);
  if (e >= 0 && cg_strmap_put(&m->names, name, e) == -2) m->fatal = CG_ERR_NOMEM;
  return e;
}

/* ---- columns ------------------------------------------------------------- */

/*
 * The index of the column named by spec (header name, case ignored, or a
 * 1-based number) in the header record r, or -1 after an error
 * "path:1:1: ..." with a suggestion or the list of columns.
 */
static long find_column(imp *m, const cg_csv *r, const char *path, const char *opt,
                        const char *spec) {
  size_t nf = cg_csv_nfields(r), n = strlen(spec);
  const char *s = spec;
  trim(&s, &n);
  for (size_t i = 0; i < nf; i++) {
    size_t hn;
    const char *h = cg_csv_field(r, i, &hn);
    trim(&h, &hn);
    if (hn == n && n && cg_streqn_nocase(h, s, n)) return (long)i;
  }
  if (n && strspn(s, "0123456789") >= n) {
    unsigned long long v;
    if (cg_parse_uint(s, n, 1, nf, &v) == 0) return (long)v - 1;
    cg_diags_add(m->d, CG_SEV_ERROR, path, 1, 1,
                 "%s: there is no column %.*s: the header has %zu column%s", opt, (int)n, s, nf,
                 nf == 1 ? "" : "s");
    return -1;
  }
  /* No such header: suggest the nearest, or list them. */
  char *want = sdup(m, s, n);
  if (!want) return -1;
  cg_suggest sg;
  size_t bi = 0;
  cg_suggest_init(&sg, want);
  for (size_t i = 0; i < nf; i++) {
    size_t hn;
    const char *h = cg_csv_field(r, i, &hn);
    trim(&h, &hn);
    size_t before = sg.best;
    cg_suggest_consider(&sg, cstr(m, h, hn), "");
    if (sg.best < before) bi = i; /* the spelling lives in scratch: keep its index */
  }
  char b[72];
  if (cg_suggest_best(&sg)) {
    size_t hn;
    const char *h = cg_csv_field(r, bi, &hn);
    trim(&h, &hn);
    char hb[72];
    cg_diags_add(m->d, CG_SEV_ERROR, path, 1, 1, "%s: no column '%s'; did you mean '%s'?", opt,
                 shown(s, n, b), shown(h, hn, hb));
    return -1;
  }
  cg_buf list = CG_BUF_INIT;
  for (size_t i = 0; i < nf && i < 12; i++) {
    size_t hn;
    const char *h = cg_csv_field(r, i, &hn);
    char hb[72];
    cg_buf_printf(&list, "%s'%s'", i ? ", " : "", shown(h, hn, hb));
  }
  if (nf > 12) cg_buf_puts(&list, ", ...");
  cg_diags_add(m->d, CG_SEV_ERROR, path, 1, 1, "%s: no column '%s' (the columns are %s)", opt,
               shown(s, n, b), cg_buf_status(&list) ? "?" : cg_buf_str(&list));
  cg_buf_free(&list);
  return -1;
}

/* ---- input --------------------------------------------------------------- */

/*
 * Opens a reader over data and reads its header. Returns NULL after an
 * error (empty file, malformed header) in diags.
 */
static cg_csv *open_csv(imp *m, const char *data, size_t len, const char *path) {
  cg_csv *r = cg_csv_new(data, len, path, NULL);
  if (!r) {
    m->fatal = CG_ERR_NOMEM;
    return NULL;
  }
  int got = cg_csv_next(r, m->d);
  if (got == 1 && !cg_csv_record_blank(r)) return r;
  if (got == 0 || got == 1) cg_diags_add(m->d, CG_SEV_ERROR, path, 1, 1, "empty file: no header");
  cg_csv_free(r);
  return NULL;
}

/*
 * Reads path into *data (the caller frees it) and opens a reader over it in
 * *r: NULL after an error in its header, which the caller reports as data.
 */
static cg_status read_table(imp *m, const char *path, char **data, cg_csv **r) {
  size_t len;
  *r = NULL;
  /* pipes_ok: a pipe is a fine edge list */
  cg_status st = cg_read_path(path, 1, SIZE_MAX, data, &len, m->d);
  if (!st) *r = open_csv(m, *data, len, path);
  return st;
}

/* The trimmed value of column c (-1: none) of the current record. */
static const char *cell(const cg_csv *r, long c, size_t *n) {
  *n = 0;
  if (c < 0) return "";
  const char *v = cg_csv_field(r, (size_t)c, n);
  trim(&v, n);
  return v;
}

/* Offset of the trimmed value of column c inside its field, for col_at. */
static size_t lead(const cg_csv *r, long c) {
  const char *v = cg_csv_field(r, (size_t)c, NULL);
  size_t k = 0;
  while (v[k] == ' ' || v[k] == '\t')
    k++;
  return k;
}

static cg_status load_nodes(imp *m) {
  const cg_import_options *o = m->o;
  char *data;
  cg_csv *r;
  cg_status st = read_table(m, o->nodes, &data, &r);
  if (st) return st;
  long idc = -1, kc = -1, *nc = calloc(o->nnode_names + 1, sizeof *nc);
  if (!nc) m->fatal = CG_ERR_NOMEM;
  int ok = r && nc && (idc = find_column(m, r, o->nodes, "--node-id", o->node_id)) >= 0;
  for (size_t i = 0; ok && i < o->nnode_names; i++)
    ok = (nc[i] = find_column(m, r, o->nodes, "--node-name", o->node_names[i])) >= 0;
  if (ok && o->node_kind) ok = (kc = find_column(m, r, o->nodes, "--node-kind", o->node_kind)) >= 0;
  cg_buf name = CG_BUF_INIT;
  int got;
  while (ok && !m->fatal && (got = cg_csv_next(r, m->d)) != 0) {
    if (got < 0 || cg_csv_record_blank(r)) continue;
    unsigned long line = cg_csv_record_line(r);
    size_t n;
    const char *id = cell(r, idc, &n);
    char b[72];
    if (!n) {
      issue(m, CG_IMPORT_BAD_NODE, o->nodes, line, col_at(r, (size_t)idc, 0), "empty node id");
      continue;
    }
    int32_t prev = cg_strmap_get(&m->nodes, cstr(m, id, n));
    if (prev >= 0) {
      issue(m, CG_IMPORT_BAD_NODE, o->nodes, line, col_at(r, (size_t)idc, lead(r, idc)),
            "duplicate node id '%s'", shown(id, n, b));
      continue;
    }
    cg_buf_clear(&name);
    for (size_t i = 0; i < o->nnode_names; i++) {
      size_t pn;
      const char *p = cell(r, nc[i], &pn);
      if (!pn) continue;
      if (name.len) cg_buf_puts(&name, ", ");
      cg_buf_append(&name, p, pn);
    }
    if (!name.len) cg_buf_append(&name, id, n);
    size_t kn;
    const char *k = cell(r, kc, &kn);
    const char *kind = kind_for(m, k, kn);
    char *key = sdup(m, id, n), *nm = cg_buf_status(&name) ? NULL : sdup(m, name.data, name.len);
    if (!key || !nm) break;
    int32_t e = add_entity(m, key, n, nm, kind);
    if (e >= 0 && cg_strmap_put(&m->nodes, key, e) == -2) m->fatal = CG_ERR_NOMEM;
  }
  cg_buf_free(&name);
  free(nc);
  cg_csv_free(r);
  free(data);
  if (m->fatal) return m->fatal;
  return ok ? CG_OK : CG_ERR_DATA;
}

/* The columns of the edge list. */
typedef struct cols {
  long src, dst, parties, type, date, end, weight, title, id, ref;
} cols;

/*
 * Parses a weight: digits, optionally ".0..." (spreadsheets write whole
 * numbers so); 1 to the maximum. 0 when bad.
 */
static unsigned long parse_weight(const char *s, size_t n) {
  size_t digits = 0;
  while (digits < n && s[digits] >= '0' && s[digits] <= '9')
    digits++;
  size_t i = digits;
  if (i < n && s[i] == '.')
    for (i++; i < n && s[i] == '0'; i++) {
    }
  unsigned long long v;
  if (i != n || cg_parse_uint(s, digits, 1, CG_IMPORT_MAX_WEIGHT, &v)) return 0;
  return (unsigned long)v;
}

/*
 * Collects the parties of the current row into m->sl (trimmed, distinct).
 * Returns 0, or -1 when the row is skipped (counted).
 */
static int row_parties(imp *m, const cg_csv *r, const cols *c) {
  unsigned long line = cg_csv_record_line(r);
  char b[72];
  m->nsl = 0;
  if (c->parties < 0) {
    long ends[2] = {c->src, c->dst};
    for (int k = 0; k < 2; k++) {
      size_t n;
      const char *v = cell(r, ends[k], &n);
      if (!n) {
        issue(m, CG_IMPORT_EMPTY_NAME, m->path, line, col_at(r, (size_t)ends[k], 0), "empty %s",
              k ? "target" : "source");
        return -1;
      }
      if (GROW(m, m->sl, m->cap_sl, m->nsl)) return -1;
      m->sl[m->nsl++] = (slice){v, n};
    }
    if (m->sl[0].len == m->sl[1].len && memcmp(m->sl[0].s, m->sl[1].s, m->sl[0].len) == 0) {
      issue(m, CG_IMPORT_SELF_LOOP, m->path, line, col_at(r, (size_t)c->src, lead(r, c->src)),
            "self-loop: '%s' with itself", shown(m->sl[0].s, m->sl[0].len, b));
      return -1;
    }
    return 0;
  }
  size_t n;
  const char *v = cg_csv_field(r, (size_t)c->parties, &n);
  const char *all = v;
  size_t alln = n;
  trim(&all, &alln);
  if (!alln) {
    issue(m, CG_IMPORT_EMPTY_NAME, m->path, line, col_at(r, (size_t)c->parties, 0),
          "empty party list");
    return -1;
  }
  char sep = m->o->separator ? m->o->separator : ';';
  for (const char *p = v, *end = v + n; p <= end;) {
    const char *q = memchr(p, sep, (size_t)(end - p));
    if (!q) q = end;
    const char *s = p;
    size_t len = (size_t)(q - p);
    trim(&s, &len);
    unsigned long col = col_at(r, (size_t)c->parties, (size_t)(s - v));
    p = q + 1;
    if (!len) {
      issue(m, CG_IMPORT_EMPTY_PARTY, m->path, line, col, "empty party in '%s'",
            shown(all, alln, b));
      continue;
    }
    int seen = 0;
    for (size_t j = 0; j < m->nsl && !seen; j++)
      seen = m->sl[j].len == len && memcmp(m->sl[j].s, s, len) == 0;
    if (seen) {
      issue(m, CG_IMPORT_DUPLICATE_PARTY, m->path, line, col, "party '%s' is listed twice",
            shown(s, len, b));
      continue;
    }
    if (GROW(m, m->sl, m->cap_sl, m->nsl)) return -1;
    m->sl[m->nsl++] = (slice){s, len};
  }
  if (m->nsl < 2) {
    issue(m, CG_IMPORT_TOO_FEW_PARTIES, m->path, line, col_at(r, (size_t)c->parties, 0),
          "only %zu distinct part%s in '%s'", m->nsl, m->nsl == 1 ? "y" : "ies",
          shown(all, alln, b));
    return -1;
  }
  return 0;
}

/* Parses date column c into *d; a bad date is counted as `what` and left unknown. */
static void row_date(imp *m, const cg_csv *r, long c, cg_import_issue what, cg_date *d) {
  *d = CG_DATE_NONE;
  size_t n;
  const char *v = cell(r, c, &n);
  if (!n) return;
  char msg[128], b[72];
  size_t off = 0;
  if (cg_date_parse(v, n, d, msg, sizeof msg, &off) == 0) return;
  *d = CG_DATE_NONE;
  issue(m, what, m->path, cg_csv_record_line(r), col_at(r, (size_t)c, lead(r, c) + off),
        "invalid %s '%s': %s", what == CG_IMPORT_BAD_DATE ? "date" : "end date", shown(v, n, b),
        msg);
}

/* Makes the row's ids: the id column's value or "a<N>", suffixed ".k" for weights. */
static int row_ids(imp *m, const cg_csv *r, const cols *c, irow *row) {
  size_t n;
  const char *v = cell(r, c->id, &n);
  unsigned long line = cg_csv_record_line(r);
  char gen[32];
  const char *base = v;
  int32_t first = -1;
  if (n) {
    const char *key = cstr(m, v, n);
    first = cg_strmap_get(&m->raw_ids, key);
    if (first < 0) {
      char *k = sdup(m, v, n);
      int32_t l = line > INT32_MAX ? INT32_MAX : (int32_t)line;
      if (!k || cg_strmap_put(&m->raw_ids, k, l) == -2) return m->fatal = CG_ERR_NOMEM, -1;
    }
  } else {
    n = (size_t)snprintf(gen, sizeof gen, "a%zu", m->st->rows);
    base = gen;
  }
  row->id0 = m->nids;
  cg_buf name = CG_BUF_INIT;
  for (unsigned long k = 1; k <= row->weight; k++) {
    cg_buf_clear(&name);
    cg_buf_append(&name, base, n);
    if (row->weight > 1) cg_buf_printf(&name, ".%lu", k);
    if (cg_buf_status(&name) || GROW(m, m->ids, m->cap_ids, m->nids)) {
      cg_buf_free(&name);
      return m->fatal = CG_ERR_NOMEM, -1;
    }
    const char *id = cg_ident_make(&m->arena, &m->agr_ids, name.data, name.len, (int32_t)m->nrows);
    if (!id) {
      cg_buf_free(&name);
      return m->fatal = CG_ERR_NOMEM, -1;
    }
    m->ids[m->nids++] = id;
  }
  cg_buf_free(&name);
  if (first >= 0) {
    char b[72];
    issue(m, CG_IMPORT_DUPLICATE_ID, m->path, line, col_at(r, (size_t)c->id, lead(r, c->id)),
          "duplicate id '%s' (first on line %ld), written as '%s'", shown(v, n, b), (long)first,
          m->ids[row->id0]);
  }
  return 0;
}

static void do_row(imp *m, const cg_csv *r, const cols *c) {
  m->st->rows++;
  if (row_parties(m, r, c)) return;
  irow row;
  memset(&row, 0, sizeof row);
  row.weight = 1;
  unsigned long line = cg_csv_record_line(r);
  char b[72];
  if (c->weight >= 0) {
    size_t n;
    const char *v = cell(r, c->weight, &n);
    row.weight = parse_weight(v, n);
    if (!row.weight) {
      issue(
          m, CG_IMPORT_BAD_WEIGHT, m->path, line, col_at(r, (size_t)c->weight, lead(r, c->weight)),
          "weight '%s' is not a whole number from 1 to %lu", shown(v, n, b), CG_IMPORT_MAX_WEIGHT);
      return;
    }
  }
  /* The row is kept: its parties become entities. */
  row.party0 = m->nparties;
  row.nparties = m->nsl;
  for (size_t j = 0; j < m->nsl; j++) {
    const char *v = cg_csv_field(r,
                                 (size_t)(c->parties >= 0 ? c->parties
                                          : j             ? c->dst
                                                          : c->src),
                                 NULL);
    long colno = c->parties >= 0 ? c->parties : j ? c->dst : c->src;
    int32_t e = entity_for(m, m->sl[j].s, m->sl[j].len, line,
                           col_at(r, (size_t)colno, (size_t)(m->sl[j].s - v)));
    if (e < 0 || GROW(m, m->parties, m->cap_parties, m->nparties)) return;
    m->parties[m->nparties++] = e;
  }
  row_date(m, r, c->date, CG_IMPORT_BAD_DATE, &row.date);
  row_date(m, r, c->end, CG_IMPORT_BAD_END, &row.end);
  if (cg_date_known(row.date) && cg_date_known(row.end) &&
      cg_date_end_day(row.end) <= cg_date_first_day(row.date)) {
    char x[11], y[11];
    issue(m, CG_IMPORT_BAD_END, m->path, line, col_at(r, (size_t)c->end, lead(r, c->end)),
          "end date '%s' is before the date '%s'", cg_date_format(row.end, x),
          cg_date_format(row.date, y));
    row.end = CG_DATE_NONE;
  }
  row.type = m->default_type;
  if (c->type >= 0) {
    size_t n;
    const char *v = cell(r, c->type, &n);
    if (n)
      row.type = type_for(m, v, n);
    else
      issue(m, CG_IMPORT_EMPTY_TYPE, m->path, line, col_at(r, (size_t)c->type, 0),
            "empty type, typed '%s'", m->types[m->default_type].id);
  }
  size_t n;
  const char *v = cell(r, c->title, &n);
  row.title = n ? sdup(m, v, n) : "";
  v = cell(r, c->ref, &n);
  row.ref = n ? sdup(m, v, n) : m->default_ref;
  if (m->fatal || row_ids(m, r, c, &row) || GROW(m, m->rows, m->cap_rows, m->nrows)) return;
  m->rows[m->nrows++] = row;
  m->types[row.type].used = 1;
  m->st->rows_used++;
}

static cg_status read_edges(imp *m) {
  const cg_import_options *o = m->o;
  char *data;
  cg_csv *r;
  cg_status st = read_table(m, m->path, &data, &r);
  if (st) return st;
  cols c = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
  struct {
    long *at;
    const char *opt, *spec;
  } want[] = {{&c.src, "--source", o->source},
              {&c.dst, "--target", o->target},
              {&c.parties, "--parties", o->parties},
              {&c.type, "--type", o->type},
              {&c.date, "--date", o->date},
              {&c.end, "--end", o->end},
              {&c.weight, "--weight", o->weight},
              {&c.title, "--title", o->title},
              {&c.id, "--id", o->id},
              {&c.ref, "--reference", o->reference}};
  int ok = r != NULL;
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
    if (r && want[i].spec &&
        (*want[i].at = find_column(m, r, m->path, want[i].opt, want[i].spec)) < 0)
      ok = 0;
  if (ok && c.src >= 0 && c.src == c.dst) {
    cg_diags_add(m->d, CG_SEV_ERROR, m->path, 1, 1,
                 "--source and --target name the same column (%ld)", c.src + 1);
    ok = 0;
  }
  int got;
  while (ok && !m->fatal && (got = cg_csv_next(r, m->d)) != 0) {
    if (got < 0) {
      m->st->rows++;
      m->st->issues[CG_IMPORT_MALFORMED]++;
      continue;
    }
    if (!cg_csv_record_blank(r)) do_row(m, r, &c);
  }
  cg_csv_free(r);
  free(data);
  if (m->fatal) return m->fatal;
  if (!ok) return CG_ERR_DATA;
  if (!m->nrows) {
    cg_diags_add(m->d, CG_SEV_ERROR, m->path, 0, 0,
                 "nothing to import: none of the %zu rows gave an agreement", m->st->rows);
    return CG_ERR_DATA;
  }
  return CG_OK;
}

/* ---- output -------------------------------------------------------------- */

static void write_types(imp *m, cg_writer *w) {
  cg_buf *b = cg_writer_buf(w, CG_TABLE_TYPES);
  for (size_t t = 0; t < m->ntypes; t++) {
    if (!m->types[t].used) continue;
    m->st->types++;
    cg_buf_printf(b, "%s,", m->types[t].id);
    cg_csv_write_field(b, m->types[t].label);
    cg_buf_puts(b, ",\n");
  }
}

static void write_entities(imp *m, cg_writer *w) {
  cg_buf *b = cg_writer_buf(w, CG_TABLE_ENTITIES);
  for (size_t e = 0; e < m->nents; e++) {
    cg_buf_printf(b, "%s,%s,", m->ents[e].id, m->ents[e].kind);
    cg_csv_write_field(b, m->ents[e].name);
    cg_buf_puts(b, ",,\n");
    cg_writer_spill(w, CG_TABLE_ENTITIES);
  }
}

static void write_agreements(imp *m, cg_writer *w) {
  cg_buf *b = cg_writer_buf(w, CG_TABLE_AGREEMENTS);
  for (size_t i = 0; i < m->nrows; i++) {
    const irow *row = &m->rows[i];
    char d[11], e[11];
    cg_date_format(row->date, d);
    cg_date_format(row->end, e);
    for (unsigned long k = 0; k < row->weight; k++) {
      cg_buf_printf(b, "%s,%s,%s,%s,", m->ids[row->id0 + k], d, e, m->types[row->type].id);
      for (size_t j = 0; j < row->nparties; j++)
        cg_buf_printf(b, j ? ";%s" : "%s", m->ents[m->parties[row->party0 + j]].id);
      cg_buf_putc(b, ',');
      cg_csv_write_field(b, row->title);
      cg_buf_putc(b, ',');
      cg_csv_write_field(b, row->ref);
      cg_buf_putc(b, '\n');
      cg_writer_spill(w, CG_TABLE_AGREEMENTS);
      m->st->agreements++;
    }
  }
}

/*
 * Where the dataset goes (writer.h): an empty or missing directory, or
 * anything with --force. Checked once before the input is read, so a wrong
 * OUTDIR fails fast, and again by the writer.
 */
static cg_dir_options out_dir(const imp *m) {
  cg_dir_options o = {m->o->force ? CG_DIR_FORCE : CG_DIR_EMPTY, 0, NULL, NULL};
  return o;
}

/* A writer's message as a diagnostic of no file (it names its path itself). */
static cg_status writer_error(imp *m, cg_status st, const char *msg) {
  if (st != CG_ERR_NOMEM) cg_diags_add(m->d, CG_SEV_ERROR, NULL, 0, 0, "%s", msg);
  return st;
}

static cg_status check_out_dir(imp *m, const char *outdir) {
  char msg[CG_MSG_SIZE] = "";
  const char *files[CG_NTABLES];
  for (int t = 0; t < CG_NTABLES; t++)
    files[t] = cg_table_file((cg_table)t);
  cg_dir_options o = out_dir(m);
  cg_status st = cg_write_check_dir(outdir, &o, files, CG_NTABLES, msg, sizeof msg);
  return st ? writer_error(m, st, msg) : CG_OK;
}

static cg_status write_out(imp *m, const char *outdir) {
  char msg[CG_MSG_SIZE] = "";
  cg_dir_options o = out_dir(m);
  cg_writer *w = NULL;
  cg_status st = cg_writer_open(&w, outdir, &o, NULL, 0, msg, sizeof msg);
  if (!st) {
    write_types(m, w);
    write_entities(m, w);
    write_agreements(m, w);
    st = cg_writer_commit(w, msg, sizeof msg);
  }
  cg_writer_free(w);
  return st ? writer_error(m, st, msg) : CG_OK;
}

/* ---- driver -------------------------------------------------------------- */

static int valid_separator(char c) {
  return c == '\t' || (c >= 0x20 && c < 0x7f && c != '"');
}

static cg_status check_options(imp *m, const char *path, const char *outdir) {
  const cg_import_options *o = m->o;
  const char *why = NULL;
  if (!path || !*path)
    why = "no input file given";
  else if (!outdir || !*outdir)
    why = "no output directory given";
  else if (o->parties && (o->source || o->target))
    why = "give either --source and --target, or --parties, not both";
  else if (!o->parties && (!o->source || !o->target))
    why = o->source || o->target ? "--source and --target go together"
                                 : "give --source and --target, or --parties";
  else if (o->separator && !valid_separator(o->separator))
    why = "the separator must be one printable ASCII character other than '\"', or a tab";
  else if (o->nodes && !o->node_id)
    why = "--nodes needs --node-id";
  else if (!o->nodes && (o->node_id || o->nnode_names || o->node_kind))
    why = "--node-id, --node-name and --node-kind need --nodes";
  if (!why) return CG_OK;
  cg_diags_add(m->d, CG_SEV_ERROR, NULL, 0, 0, "%s", why);
  return CG_ERR_ARG;
}

/* The last component of a path, for the default source of agreements. */
static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s && s[1] ? s + 1 : path;
}

static cg_status setup(imp *m) {
  const cg_import_options *o = m->o;
  const char *kv = o->kind_value ? o->kind_value : "entity";
  m->default_kind = slug(m, kv, strlen(kv));
  if (!m->default_kind) m->default_kind = "entity";
  m->default_ref = o->reference_value ? o->reference_value : base_name(m->path);
  const char *tv = o->type_value ? o->type_value : "edge";
  size_t tn = strlen(tv);
  trim(&tv, &tn);
  m->default_type = type_for(m, tn ? tv : "edge", tn ? tn : 4);
  return m->fatal;
}

cg_status cg_import_edgelist(const cg_import_options *opts, const char *path, const char *outdir,
                             cg_import_stats *stats, cg_diags *diags) {
  cg_import_stats local;
  imp m;
  memset(&m, 0, sizeof m);
  m.st = stats ? stats : &local;
  memset(m.st, 0, sizeof *m.st);
  m.o = opts;
  m.d = diags;
  m.path = path;
  cg_strmap_init(&m.names, 0);
  cg_strmap_init(&m.nodes, 0);
  cg_strmap_init(&m.ent_ids, 1);
  cg_strmap_init(&m.type_raw, 0);
  cg_strmap_init(&m.type_ids, 1);
  cg_strmap_init(&m.kind_raw, 0);
  cg_strmap_init(&m.agr_ids, 1);
  cg_strmap_init(&m.raw_ids, 1);
  cg_status st = opts && diags ? check_options(&m, path, outdir) : CG_ERR_ARG;
  if (!st) st = setup(&m);
  if (!st) st = check_out_dir(&m, outdir);
  if (!st && opts->nodes) st = load_nodes(&m);
  if (!st) st = read_edges(&m);
  if (!st) st = write_out(&m, outdir);
  if (st == CG_ERR_NOMEM && diags) cg_diags_add(diags, CG_SEV_ERROR, NULL, 0, 0, "out of memory");
  if (!st) {
    m.st->entities = m.nents;
  } else {
    m.st->agreements = 0;
    m.st->types = 0;
  }
  cg_strmap_free(&m.names);
  cg_strmap_free(&m.nodes);
  cg_strmap_free(&m.ent_ids);
  cg_strmap_free(&m.type_raw);
  cg_strmap_free(&m.type_ids);
  cg_strmap_free(&m.kind_raw);
  cg_strmap_free(&m.agr_ids);
  cg_strmap_free(&m.raw_ids);
  free(m.ents);
  free(m.types);
  free(m.kinds);
  free(m.rows);
  free(m.parties);
  free(m.ids);
  free(m.sl);
  cg_buf_free(&m.scratch);
  cg_arena_free(&m.arena);
  return st;
}
