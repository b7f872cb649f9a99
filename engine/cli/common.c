/*
 * common.c - services every subcommand uses: loading the dataset (embedded,
 * or from -d: a CSV directory or a Graphviz file) with its diagnostics, error
 * and usage messages, naming entities on the command line, and writing the
 * output.
 */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The default dataset, compiled in by cmake/embed.cmake. */
extern const unsigned char cg_embedded_entities[], cg_embedded_agreements[], cg_embedded_types[];
extern const size_t cg_embedded_entities_len, cg_embedded_agreements_len, cg_embedded_types_len;

void cli_error(const cli *c, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", c->prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int cli_usage_error(const cli *c, const cli_command *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s%s%s: ", c->prog, cmd ? " " : "", cmd ? cmd->name : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  /* A global option's error: main adds the hint, as for its other global errors. */
  if (!cmd) {
    fputc('\n', stderr);
    return EXIT_USAGE;
  }
  fprintf(stderr, "\nusage: %s %s [OPTIONS]%s%s\nTry '%s %s --help' for more information.\n",
          c->prog, cmd->name, cmd->operands && *cmd->operands ? " " : "",
          cmd->operands ? cmd->operands : "", c->prog, cmd->name);
  return EXIT_USAGE;
}

static void print_diags(const cg_diags *d, int show_warnings) {
  char line[2048];
  /* Each control character becomes 4 bytes, plus the line feed. */
  char out[4 * sizeof line + 1];
  size_t shown_err = 0, shown_warn = 0;
  for (size_t i = 0; i < cg_diags_kept(d); i++) {
    const cg_diag *dg = cg_diags_get(d, i);
    if (dg->severity == CG_SEV_WARNING && !show_warnings) continue;
    /* Messages quote the data: its control characters must not reach the terminal raw. */
    size_t n = 0;
    for (const char *p = cg_diag_format(dg, line, sizeof line); *p; p++)
      if ((unsigned char)*p < 0x20 || *p == 0x7F)
        n += (size_t)snprintf(out + n, sizeof out - n, "\\x%02x", (unsigned)(unsigned char)*p);
      else
        out[n++] = *p;
    out[n++] = '\n';
    /* One write per message: stderr is unbuffered, and a write per byte cost 7,000 system calls. */
    fwrite(out, 1, n, stderr);
    shown_err += dg->severity == CG_SEV_ERROR;
    shown_warn += dg->severity == CG_SEV_WARNING;
  }
  if (cg_diags_errors(d) > shown_err)
    fprintf(stderr, "... and %zu more errors\n", cg_diags_errors(d) - shown_err);
  if (show_warnings && cg_diags_warnings(d) > shown_warn)
    fprintf(stderr, "... and %zu more warnings\n", cg_diags_warnings(d) - shown_warn);
}

int cli_load(cli *c, int show_warnings) {
  if (c->ds) return EXIT_OK;
  cg_diags *d = cg_diags_new(c->load_opts.max_errors);
  if (!d) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  int status = cli_load_with(c, d, show_warnings);
  cg_diags_free(d);
  return status;
}

int cli_ends_with(const char *path, const char *suffix) {
  size_t n = strlen(path), k = strlen(suffix);
  if (n <= k) return 0;
  for (size_t i = 0; i < k; i++) {
    char ch = path[n - k + i];
    if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != suffix[i]) return 0;
  }
  return 1;
}

/* A Graphviz graph, by its name: *.dot or *.gv in any case. */
static int is_graphviz_file(const char *path) {
  return cli_ends_with(path, ".dot") || cli_ends_with(path, ".gv");
}

/*
 * A Graphviz file often has no date or type attributes: then every date
 * filter and timeline is empty and every edge is of type "edge". Said once,
 * so that an empty answer is not a surprise.
 */
static void dot_notes(const cg_dataset *ds) {
  size_t n = cg_dataset_nagreements(ds), dated = 0;
  for (size_t a = 0; a < n; a++)
    dated += cg_date_known(cg_dataset_agreement(ds, a)->date);
  int untyped = cg_dataset_ntypes(ds) == 1 && strcmp(cg_dataset_type(ds, 0)->id, "edge") == 0;
  if (!n || (dated && !untyped)) return;
  fprintf(stderr, "note: %zu agreement%s, none %s%s%s\n", n, n == 1 ? "" : "s",
          dated ? "" : "dated", !dated && untyped ? ", none " : "", untyped ? "typed" : "");
}

int cli_load_with(cli *c, cg_diags *d, int show_warnings) {
  cg_status st;
  int dot = 0;
  const char *name = c->data_path ? c->data_path : "space-cooperation";
  if (c->data_path) {
    struct stat sb;
    if (stat(c->data_path, &sb) != 0) {
      cli_error(c, "cannot open dataset '%s': %s", c->data_path, strerror(errno));
      return EXIT_DATA;
    }
    if (S_ISDIR(sb.st_mode)) {
      st = cg_dataset_load_dir(&c->ds, c->data_path, &c->load_opts, d);
    } else if (S_ISREG(sb.st_mode) && is_graphviz_file(c->data_path)) {
      dot = 1;
      cg_file f = {c->data_path, NULL, 0};
      st = cg_dataset_load_dot(&c->ds, &f, &c->load_opts, d);
    } else {
      cli_error(c,
                "dataset '%s' is neither a directory (with entities.csv and "
                "agreements.csv inside) nor a Graphviz file ending in .dot or .gv",
                c->data_path);
      return EXIT_DATA;
    }
  } else {
    cg_file e = {"space-cooperation/entities.csv", (const char *)cg_embedded_entities,
                 cg_embedded_entities_len};
    cg_file a = {"space-cooperation/agreements.csv", (const char *)cg_embedded_agreements,
                 cg_embedded_agreements_len};
    cg_file t = {"space-cooperation/types.csv", (const char *)cg_embedded_types,
                 cg_embedded_types_len};
    st = cg_dataset_load_files(&c->ds, name, &e, &a, cg_embedded_types_len ? &t : NULL,
                               &c->load_opts, d);
  }
  print_diags(d, show_warnings || c->warnings);
  if (!st && dot && !c->quiet && !show_warnings && !c->warnings) dot_notes(c->ds); /* else warned */
  if (st) {
    size_t n = cg_diags_errors(d);
    if (st == CG_ERR_NOMEM)
      cli_error(c, "out of memory while reading '%s'", name);
    else if (n)
      cli_error(c, "%zu error%s in dataset '%s'", n, n == 1 ? "" : "s", name);
    else
      cli_error(c, "cannot read dataset '%s': %s", name, cg_status_string(st));
  }
  return st ? EXIT_DATA : EXIT_OK;
}

int32_t cli_entity(cli *c, const char *name) {
  int32_t e = cg_dataset_find_entity(c->ds, name);
  if (e >= 0) return e;
  char hint[256];
  if (cg_dataset_suggest_entity(c->ds, name, hint, sizeof hint))
    cli_error(c, "unknown entity '%s'; did you mean '%s'?", name, hint);
  else
    cli_error(c, "unknown entity '%s'", name);
  return -1;
}

int cli_emit(cli *c, const cg_buf *buf) {
  if (cg_buf_status(buf)) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  if (buf->len && fwrite(buf->data, 1, buf->len, stdout) != buf->len) {
    cli_error(c, "cannot write the output: %s", strerror(errno));
    return EXIT_DATA;
  }
  return EXIT_OK;
}

/* Writes data to dir/name (dir NULL: to name) through the library's writer (writer.h). */
int cli_write_atomic(cli *c, const char *dir, const char *name, const cg_buf *data) {
  char msg[CG_MSG_SIZE] = "";
  cg_status st;
  if (cg_buf_status(data))
    st = CG_ERR_NOMEM;
  else if (dir) {
    cg_dir_options o = {CG_DIR_FORCE, 0, NULL, NULL}; /* the caller checked the directory */
    const cg_buf *const bufs[1] = {data};
    st = cg_write_files(dir, &o, &name, bufs, 1, msg, sizeof msg);
  } else
    st = cg_write_file(name, data->data, data->len, msg, sizeof msg);
  if (st) cli_error(c, "%s", msg[0] ? msg : cg_status_string(st));
  return st ? EXIT_DATA : EXIT_OK;
}

int cli_output(cli *c, const char *path, const cg_buf *buf) {
  return path ? cli_write_atomic(c, NULL, path, buf) : cli_emit(c, buf);
}
