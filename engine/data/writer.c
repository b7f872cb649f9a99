/*
 * writer.c - every file coopgraph writes goes through here (see writer.h):
 * the dataset schema's names, the output directory policies, and the
 * temporary-name-then-rename step.
 */
#define _POSIX_C_SOURCE 200809L /* getpid, mkdir */
#include <coopgraph/csv.h>
#include <coopgraph/writer.h>

#include "core/error_internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* A table's buffer goes to its file once it holds this much. */
#define CHUNK ((size_t)1 << 20)

/* ---- the schema ---------------------------------------------------------- */

static const char *const ENTITY_COLUMNS[] = {"id", "kind", "name", "country", "aliases", NULL};
static const char *const AGREEMENT_COLUMNS[] = {"id",      "date",  "end",    "type",
                                                "parties", "title", "source", NULL};
static const char *const TYPE_COLUMNS[] = {"type", "label", "description", NULL};
static const char *const TABLE_FILES[CG_NTABLES] = {"entities.csv", "agreements.csv",
                                                    "types.csv"};

const char *cg_table_file(cg_table t) {
  return (unsigned)t < CG_NTABLES ? TABLE_FILES[t] : "";
}

const char *const *cg_table_columns(cg_table t, size_t *n) {
  static const char *const none[] = {NULL};
  const char *const *c = t == CG_TABLE_ENTITIES     ? ENTITY_COLUMNS
                         : t == CG_TABLE_AGREEMENTS ? AGREEMENT_COLUMNS
                         : t == CG_TABLE_TYPES      ? TYPE_COLUMNS
                                                    : none;
  if (n)
    for (*n = 0; c[*n]; (*n)++) {
    }
  return c;
}

cg_status cg_write_row(cg_buf *out, const char *const *fields, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i) cg_buf_putc(out, ',');
    cg_csv_write_field(out, fields[i] ? fields[i] : "");
  }
  cg_buf_putc(out, '\n');
  return cg_buf_status(out);
}

/* ---- messages and names --------------------------------------------------- */


static char *dup_printf(const char *fmt, const char *a, const char *b) {
  cg_buf s = CG_BUF_INIT;
  cg_buf_printf(&s, fmt, a, b);
  if (cg_buf_status(&s)) {
    cg_buf_free(&s);
    return NULL;
  }
  return cg_buf_detach(&s, NULL);
}

/* The temporary name of target path: DIR/.NAME.tmp.PID beside it. */
static char *tmp_name(const char *path) {
  const char *slash = strrchr(path, '/');
  size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
  cg_buf s = CG_BUF_INIT;
  cg_buf_append(&s, path, dirlen);
  cg_buf_printf(&s, ".%s.tmp.%ld", path + dirlen, (long)getpid());
  if (cg_buf_status(&s)) {
    cg_buf_free(&s);
    return NULL;
  }
  return cg_buf_detach(&s, NULL);
}

/* "a, b and c" for messages: what is about to be written. */
static void list_names(cg_buf *out, const char *const *names, size_t n) {
  for (size_t i = 0; i < n; i++)
    cg_buf_printf(out, "%s%s", i == 0 ? "" : i + 1 < n ? ", " : " and ", names[i]);
}

/* Every failure says why, a wrong call too. */
static cg_status bad_args(char *msg, size_t msg_size) {
  cg_msg_set(msg, msg_size, "invalid arguments");
  return CG_ERR_ARG;
}

/* ---- directories ---------------------------------------------------------- */

/* mkdir -p: creates dir and its missing parents. Returns 0 or an errno. */
static int make_dirs(const char *dir) {
  char *p = malloc(strlen(dir) + 1);
  if (!p) return ENOMEM;
  strcpy(p, dir);
  int err = 0;
  for (char *q = p + 1;; q++) {
    if (*q != '/' && *q) continue;
    char c = *q;
    *q = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) err = errno;
    *q = c;
    if (err || !c) break;
  }
  struct stat st;
  if (!err && (stat(p, &st) != 0 || !S_ISDIR(st.st_mode))) err = errno ? errno : ENOTDIR;
  free(p);
  return err;
}

/* Whether the parent directory of a missing dir exists (so that mkdir can work). */
static int parent_exists(const char *dir) {
  const char *slash = strrchr(dir, '/');
  if (!slash) return 1;
  if (slash == dir) return 1; /* the root */
  char *parent = malloc((size_t)(slash - dir) + 1);
  if (!parent) return 0;
  memcpy(parent, dir, (size_t)(slash - dir));
  parent[slash - dir] = '\0';
  struct stat sb;
  int ok = stat(parent, &sb) == 0 && S_ISDIR(sb.st_mode);
  free(parent);
  return ok;
}

static int listed(const char *const *list, const char *name) {
  for (size_t i = 0; list && list[i]; i++)
    if (strcmp(list[i], name) == 0) return 1;
  return 0;
}

/* Entries of an existing dir that the policy does not allow: their number and the first by name. */
static cg_status foreign_entries(const char *dir, const cg_dir_options *o, size_t *count,
                                 cg_buf *first, char *msg, size_t msg_size) {
  DIR *d = opendir(dir);
  if (!d) {
    cg_msg_set(msg, msg_size, "cannot read directory '%s': %s", dir, strerror(errno));
    return CG_ERR_IO;
  }
  struct dirent *de;
  *count = 0;
  while ((de = readdir(d)) != NULL) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
    if (o->policy == CG_DIR_OURS && listed(o->ours, de->d_name)) continue;
    if (!(*count)++ || strcmp(de->d_name, cg_buf_str(first)) < 0) {
      cg_buf_clear(first);
      cg_buf_puts(first, de->d_name);
    }
  }
  closedir(d);
  return cg_buf_status(first);
}

/* Checks dir under o; creates it when missing and `create`. */
static cg_status check_dir_as(const char *dir, const cg_dir_options *o, const char *const *names,
                              size_t n, int create, char *msg, size_t msg_size);

static cg_status check_dir(const char *dir, const cg_dir_options *o, const char *const *names,
                           size_t n, int create, char *msg, size_t msg_size) {
  cg_status st = check_dir_as(dir, o, names, n, create, msg, msg_size);
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  return st;
}

static cg_status check_dir_as(const char *dir, const cg_dir_options *o, const char *const *names,
                              size_t n, int create, char *msg, size_t msg_size) {
  struct stat sb;
  if (stat(dir, &sb) != 0) {
    int err = errno;
    if (err == ENOENT && !create && (o->parents || parent_exists(dir))) return CG_OK;
    if (err == ENOENT && create) {
      err = o->parents ? make_dirs(dir) : mkdir(dir, 0777) == 0 ? 0 : errno;
      if (!err) return CG_OK;
    }
    if (err == ENOMEM) return CG_ERR_NOMEM;
    cg_msg_set(msg, msg_size, "cannot create directory '%s': %s", dir, strerror(err));
    return CG_ERR_IO;
  }
  if (!S_ISDIR(sb.st_mode)) {
    cg_msg_set(msg, msg_size, "'%s' exists and is not a directory", dir);
    return CG_ERR_IO;
  }
  cg_buf what = CG_BUF_INIT, first = CG_BUF_INIT;
  if (o->what)
    cg_buf_puts(&what, o->what);
  else
    list_names(&what, names, n);
  cg_status st = CG_OK;
  size_t count = 0;
  if (o->policy == CG_DIR_EMPTY || o->policy == CG_DIR_OURS)
    st = foreign_entries(dir, o, &count, &first, msg, msg_size);
  if (!st && cg_buf_status(&what)) st = CG_ERR_NOMEM;
  if (!st && count && o->policy == CG_DIR_EMPTY) {
    cg_msg_set(msg, msg_size,
        "'%s' is not empty (it holds %zu entr%s, such as '%s'); use --force to write %s into "
        "it anyway",
        dir, count, count == 1 ? "y" : "ies", cg_buf_str(&first), cg_buf_str(&what));
    st = CG_ERR_IO;
  } else if (!st && count && o->policy == CG_DIR_OURS) {
    cg_msg_set(msg, msg_size,
        "'%s' holds %zu file%s that %s does not write (such as '%s'); use --force to write %s "
        "into it anyway (other files are kept)",
        dir, count, count == 1 ? "" : "s", cg_buf_str(&what), cg_buf_str(&first),
        cg_buf_str(&what));
    st = CG_ERR_IO;
  }
  for (size_t i = 0; !st && o->policy == CG_DIR_NO_CLOBBER && i < n; i++) {
    char *p = dup_printf("%s/%s", dir, names[i]);
    if (!p) {
      st = CG_ERR_NOMEM;
      break;
    }
    if (lstat(p, &sb) == 0) {
      cg_msg_set(msg, msg_size, "'%s' already holds %s (use --force to overwrite)", dir, names[i]);
      st = CG_ERR_IO;
    }
    free(p);
  }
  cg_buf_free(&what);
  cg_buf_free(&first);
  return st;
}

cg_status cg_write_check_dir(const char *dir, const cg_dir_options *o, const char *const *names,
                             size_t n, char *msg, size_t msg_size) {
  cg_dir_options defaults = CG_DIR_OPTIONS_INIT;
  cg_msg_clear(msg, msg_size);
  if (!dir || !*dir) return bad_args(msg, msg_size);
  return check_dir(dir, o ? o : &defaults, names, n, 0, msg, msg_size);
}

/* ---- one file being written ------------------------------------------------ */

typedef struct wfile {
  FILE *f;
  cg_buf buf;
  char *path, *tmp;
  int err; /* errno of the first failure, or 0 */
} wfile;

static cg_status wfile_open(wfile *w, const char *path, char *msg, size_t msg_size) {
  memset(w, 0, sizeof *w);
  w->path = strdup(path);
  w->tmp = w->path ? tmp_name(path) : NULL;
  if (!w->path || !w->tmp) return CG_ERR_NOMEM;
  w->f = fopen(w->tmp, "wb");
  if (w->f) return CG_OK;
  cg_msg_set(msg, msg_size, "cannot write '%s': %s", path, strerror(errno));
  free(w->tmp); /* nothing was created */
  w->tmp = NULL;
  return CG_ERR_IO;
}

static void wfile_write(wfile *w, const void *data, size_t len) {
  if (w->f && !w->err && len && fwrite(data, 1, len, w->f) != len) w->err = errno ? errno : EIO;
}

static void wfile_spill(wfile *w, int all) {
  if (w->buf.len < CHUNK && !all) return;
  wfile_write(w, w->buf.data, w->buf.len);
  cg_buf_clear(&w->buf);
}

/* Flushes and closes the temporary file. */
static cg_status wfile_close(wfile *w, char *msg, size_t msg_size) {
  if (cg_buf_status(&w->buf)) {
    cg_msg_set(msg, msg_size, "out of memory");
    return CG_ERR_NOMEM;
  }
  wfile_spill(w, 1);
  if (w->f && fclose(w->f) != 0 && !w->err) w->err = errno ? errno : EIO;
  w->f = NULL;
  if (!w->err) return CG_OK;
  cg_msg_set(msg, msg_size, "cannot write '%s': %s", w->path, strerror(w->err));
  return CG_ERR_IO;
}

/*
 * Closes all, then renames all into place: none is renamed unless all were
 * written, and a target that is a directory (where rename would fail half
 * way) is refused before any rename.
 */
static cg_status wfiles_commit(wfile *w, size_t n, char *msg, size_t msg_size) {
  for (size_t i = 0; i < n; i++) {
    cg_status st = wfile_close(&w[i], msg, msg_size);
    if (st) return st;
  }
  for (size_t i = 0; i < n; i++) {
    struct stat sb;
    if (stat(w[i].path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
      cg_msg_set(msg, msg_size, "cannot write '%s': %s", w[i].path, strerror(EISDIR));
      return CG_ERR_IO;
    }
  }
  for (size_t i = 0; i < n; i++) {
    if (rename(w[i].tmp, w[i].path) != 0) {
      cg_msg_set(msg, msg_size, "cannot write '%s': %s", w[i].path, strerror(errno));
      return CG_ERR_IO;
    }
    free(w[i].tmp);
    w[i].tmp = NULL;
  }
  return CG_OK;
}

/* Releases a file; removes its temporary file unless it was renamed. */
static void wfile_free(wfile *w) {
  if (w->f) fclose(w->f);
  if (w->tmp) remove(w->tmp);
  cg_buf_free(&w->buf);
  free(w->tmp);
  free(w->path);
  memset(w, 0, sizeof *w);
}

/* ---- whole files ------------------------------------------------------------ */

cg_status cg_write_file(const char *path, const void *data, size_t len, char *msg,
                        size_t msg_size) {
  cg_msg_clear(msg, msg_size);
  if (!path || !*path || (!data && len)) return bad_args(msg, msg_size);
  wfile w;
  cg_status st = wfile_open(&w, path, msg, msg_size);
  if (!st) {
    wfile_write(&w, data, len);
    st = wfiles_commit(&w, 1, msg, msg_size);
  }
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  wfile_free(&w);
  return st;
}

cg_status cg_write_files(const char *dir, const cg_dir_options *o, const char *const *names,
                         const cg_buf *const *data, size_t n, char *msg, size_t msg_size) {
  cg_dir_options defaults = CG_DIR_OPTIONS_INIT;
  cg_msg_clear(msg, msg_size);
  if (!dir || !*dir || (n && (!names || !data))) return bad_args(msg, msg_size);
  for (size_t i = 0; i < n; i++)
    if (!names[i] || !*names[i] || strchr(names[i], '/')) return bad_args(msg, msg_size);
  for (size_t i = 0; i < n; i++)
    if (data[i] && cg_buf_status(data[i])) {
      cg_msg_set(msg, msg_size, "out of memory");
      return CG_ERR_NOMEM;
    }
  cg_status st = check_dir(dir, o ? o : &defaults, names, n, 1, msg, msg_size);
  wfile *w = st ? NULL : calloc(n + 1, sizeof *w);
  if (!st && !w) st = CG_ERR_NOMEM;
  size_t opened = 0;
  while (!st && opened < n) {
    char *path = dup_printf("%s/%s", dir, names[opened]);
    if (!path) {
      st = CG_ERR_NOMEM;
      break;
    }
    st = wfile_open(&w[opened], path, msg, msg_size);
    free(path);
    if (!st && data[opened]) wfile_write(&w[opened], data[opened]->data, data[opened]->len);
    opened++;
  }
  if (!st) st = wfiles_commit(w, n, msg, msg_size);
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  for (size_t i = 0; w && i < opened; i++)
    wfile_free(&w[i]);
  free(w);
  return st;
}

cg_status cg_write_dataset(const char *dir, const cg_dir_options *o,
                           const cg_buf *const tables[CG_NTABLES], char *msg, size_t msg_size) {
  return cg_write_files(dir, o, TABLE_FILES, tables, CG_NTABLES, msg, msg_size);
}

/* ---- appending ----------------------------------------------------------------- */

/* Copies the file at path into w; *missing when there is none. Keeps a final LF. */
static cg_status copy_existing(wfile *w, const char *path, int *missing, char *msg,
                               size_t msg_size) {
  FILE *in = fopen(path, "rb");
  *missing = !in && errno == ENOENT;
  if (!in) {
    if (*missing) return CG_OK;
    cg_msg_set(msg, msg_size, "cannot read '%s': %s", path, strerror(errno));
    return CG_ERR_IO;
  }
  char chunk[1 << 16];
  size_t got;
  char last = '\n';
  while ((got = fread(chunk, 1, sizeof chunk, in)) > 0) {
    wfile_write(w, chunk, got);
    last = chunk[got - 1];
  }
  int err = ferror(in) ? (errno ? errno : EIO) : 0;
  fclose(in);
  if (err) {
    cg_msg_set(msg, msg_size, "cannot read '%s': %s", path, strerror(err));
    return CG_ERR_IO;
  }
  if (last != '\n') wfile_write(w, "\n", 1);
  return CG_OK;
}

cg_status cg_write_append(const char *dir, const cg_buf *const tables[CG_NTABLES], char *msg,
                          size_t msg_size) {
  cg_msg_clear(msg, msg_size);
  if (!dir || !*dir || !tables) return bad_args(msg, msg_size);
  wfile w[CG_NTABLES];
  memset(w, 0, sizeof w);
  size_t nused = 0;
  cg_status st = CG_OK;
  for (size_t t = 0; !st && t < CG_NTABLES; t++) {
    const cg_buf *rows = tables[t];
    if (!rows || !rows->len) continue;
    if (cg_buf_status(rows)) {
      st = CG_ERR_NOMEM;
      break;
    }
    char *path = dup_printf("%s/%s", dir, TABLE_FILES[t]);
    if (!path) {
      st = CG_ERR_NOMEM;
      break;
    }
    st = wfile_open(&w[nused], path, msg, msg_size);
    int missing = 0;
    if (!st) {
      nused++;
      st = copy_existing(&w[nused - 1], path, &missing, msg, msg_size);
    }
    if (!st && missing && t != CG_TABLE_TYPES) {
      cg_msg_set(msg, msg_size, "cannot append to '%s': %s", path, strerror(ENOENT));
      st = CG_ERR_IO;
    }
    if (!st && missing) { /* a new types.csv: its header first */
      size_t ncols;
      const char *const *cols = cg_table_columns(CG_TABLE_TYPES, &ncols);
      cg_write_row(&w[nused - 1].buf, cols, ncols);
      wfile_spill(&w[nused - 1], 1);
    }
    if (!st) wfile_write(&w[nused - 1], rows->data, rows->len);
    free(path);
  }
  if (!st) st = wfiles_commit(w, nused, msg, msg_size);
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  for (size_t i = 0; i < nused; i++)
    wfile_free(&w[i]);
  return st;
}

/* ---- a dataset written row by row ------------------------------------------------- */

struct cg_writer {
  wfile t[CG_NTABLES];
  size_t opened;
};

cg_status cg_writer_open(cg_writer **out, const char *dir, const cg_dir_options *o,
                         const char *const *extra, size_t nextra, char *msg, size_t msg_size) {
  cg_dir_options defaults = CG_DIR_OPTIONS_INIT;
  cg_msg_clear(msg, msg_size);
  *out = NULL;
  if (!dir || !*dir || (nextra && !extra)) return bad_args(msg, msg_size);
  cg_status st = check_dir(dir, o ? o : &defaults, TABLE_FILES, CG_NTABLES, 1, msg, msg_size);
  if (st) return st;
  cg_writer *w = calloc(1, sizeof *w);
  if (!w) return CG_ERR_NOMEM;
  for (size_t t = 0; !st && t < CG_NTABLES; t++) {
    char *path = dup_printf("%s/%s", dir, TABLE_FILES[t]);
    if (!path) {
      st = CG_ERR_NOMEM;
      break;
    }
    st = wfile_open(&w->t[t], path, msg, msg_size);
    free(path);
    w->opened = t + 1;
    if (st) break;
    size_t n;
    const char *const *cols = cg_table_columns((cg_table)t, &n);
    cg_buf *b = &w->t[t].buf;
    for (size_t i = 0; i < n; i++) {
      if (i) cg_buf_putc(b, ',');
      cg_csv_write_field(b, cols[i]);
    }
    for (size_t i = 0; t == CG_TABLE_AGREEMENTS && i < nextra; i++) {
      cg_buf_putc(b, ',');
      cg_csv_write_field(b, extra[i] ? extra[i] : "");
    }
    cg_buf_putc(b, '\n');
  }
  if (st) {
    if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
    cg_writer_free(w);
    return st;
  }
  *out = w;
  return CG_OK;
}

void cg_writer_row(cg_writer *w, cg_table t, const char *const *fields, size_t n) {
  if ((unsigned)t >= CG_NTABLES) return;
  cg_write_row(&w->t[t].buf, fields, n);
  wfile_spill(&w->t[t], 0);
}

cg_buf *cg_writer_buf(cg_writer *w, cg_table t) {
  return &w->t[(unsigned)t < CG_NTABLES ? t : 0].buf;
}

void cg_writer_spill(cg_writer *w, cg_table t) {
  if ((unsigned)t < CG_NTABLES) wfile_spill(&w->t[t], 0);
}

cg_status cg_writer_commit(cg_writer *w, char *msg, size_t msg_size) {
  cg_msg_clear(msg, msg_size);
  cg_status st = wfiles_commit(w->t, CG_NTABLES, msg, msg_size);
  if (st == CG_ERR_NOMEM) cg_msg_set(msg, msg_size, "out of memory");
  return st;
}

void cg_writer_free(cg_writer *w) {
  if (!w) return;
  for (size_t t = 0; t < w->opened; t++)
    wfile_free(&w->t[t]);
  free(w);
}
