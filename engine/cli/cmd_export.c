/*
 * cmd_export.c - `coopgraph export [--as FORMAT] OUTFILE`: the filtered
 * network as GraphML, GEXF, node-link JSON, or a dataset directory in our
 * own CSV format, written atomically and never into the dataset directory.
 */
#define _XOPEN_SOURCE 700 /* realpath */

#include "cli.h"

#include <coopgraph/export.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { OPT_FORCE = OPT_FIRST_FREE, OPT_AS };

typedef enum fmt { FMT_NONE = 0, FMT_GRAPHML, FMT_GEXF, FMT_JSON, FMT_CSV } fmt;

static const char *const FMT_NAMES[] = {"", "graphml", "gexf", "json", "csv"};

static fmt fmt_parse(const char *s) {
  for (int i = FMT_GRAPHML; i <= FMT_CSV; i++)
    if (strcmp(s, FMT_NAMES[i]) == 0) return (fmt)i;
  return FMT_NONE;
}

/* The format an OUTFILE name implies (".graphml", ".gexf", ".json", in any case), or none. */
static fmt fmt_from_name(const char *path) {
  return cli_ends_with(path, ".graphml") ? FMT_GRAPHML
         : cli_ends_with(path, ".gexf")  ? FMT_GEXF
         : cli_ends_with(path, ".json")  ? FMT_JSON
                                         : FMT_NONE;
}

/*
 * The real path of path, or of its deepest existing ancestor when it does
 * not exist yet (what it will be inside). Caller frees; NULL when none.
 */
static char *real_or_ancestor(const char *path) {
  size_t n = strlen(path);
  char *p = malloc(n + 2);
  if (!p) return NULL;
  memcpy(p, path, n + 1);
  for (;;) {
    char *r = realpath(*p ? p : ".", NULL);
    if (r || errno != ENOENT) {
      free(p);
      return r;
    }
    char *slash = strrchr(p, '/');
    if (!slash) {
      p[0] = '\0'; /* relative: the current directory */
    } else if (slash == p) {
      p[1] = '\0'; /* "/x" -> "/" */
    } else {
      *slash = '\0';
    }
  }
}

/* 1 when directory `dir` (to be written in) is the dataset directory or inside it. */
static int inside_dataset(const char *data, const char *dir) {
  char *d = realpath(data, NULL), *t = real_or_ancestor(dir);
  int in = 0;
  if (d && t) {
    size_t n = strlen(d);
    in = strncmp(t, d, n) == 0 && (t[n] == '/' || t[n] == '\0' || (n == 1 && d[0] == '/'));
  }
  free(d);
  free(t);
  return in;
}

/* The directory a file path is in ("." for a bare name). Caller frees. */
static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  size_t n = slash ? (slash == path ? 1 : (size_t)(slash - path)) : 1;
  char *d = malloc(n + 1);
  if (!d) return NULL;
  memcpy(d, slash ? path : ".", n);
  d[n] = '\0';
  return d;
}

static int write_csv(cli *c, const cg_view *v, const char *dir, int force) {
  cg_buf b[CG_NTABLES] = {CG_BUF_INIT, CG_BUF_INIT, CG_BUF_INIT};
  char msg[CG_MSG_SIZE] = "";
  cg_dir_options where = {force ? CG_DIR_FORCE : CG_DIR_NO_CLOBBER, 0, NULL, NULL};
  const char *files[CG_NTABLES];
  for (int t = 0; t < CG_NTABLES; t++)
    files[t] = cg_table_file((cg_table)t);
  int status = EXIT_OK;
  if (cg_write_check_dir(dir, &where, files, CG_NTABLES, msg, sizeof msg)) {
    cli_error(c, "%s", msg);
    status = EXIT_DATA;
  } else if (cg_export_csv(v, &b[CG_TABLE_ENTITIES], &b[CG_TABLE_AGREEMENTS], &b[CG_TABLE_TYPES],
                           msg, sizeof msg)) {
    cli_error(c, "export: %s", msg);
    status = EXIT_DATA;
  } else {
    const cg_buf *const tables[CG_NTABLES] = {&b[0], &b[1], &b[2]};
    if (cg_write_dataset(dir, &where, tables, msg, sizeof msg)) {
      cli_error(c, "%s", msg);
      status = EXIT_DATA;
    }
  }
  if (status == EXIT_OK && !c->quiet)
    fprintf(stderr, "note: wrote %zu entities and %zu agreements to '%s'\n", cg_view_nentities(v),
            cg_view_nagreements(v), dir);
  for (int i = 0; i < CG_NTABLES; i++)
    cg_buf_free(&b[i]);
  return status;
}

static int write_graph(cli *c, const cg_view *v, fmt f, const char *out) {
  cg_buf b = CG_BUF_INIT;
  char msg[CG_MSG_SIZE] = "";
  cg_status st = f == FMT_GRAPHML ? cg_export_graphml(v, &b, msg, sizeof msg)
                 : f == FMT_GEXF  ? cg_export_gexf(v, &b, msg, sizeof msg)
                                  : cg_export_node_link(v, &b, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "export: %s", msg[0] ? msg : cg_status_string(st));
    status = EXIT_DATA;
  } else if (strcmp(out, "-") == 0) {
    status = cli_emit(c, &b);
  } else {
    status = cli_write_atomic(c, NULL, out, &b);
  }
  cg_buf_free(&b);
  return status;
}

#define FORMAT_WORDS "graphml gexf json csv"

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_AS, "as", 0, CLI_CHOICE, "FORMAT",
            "graphml, gexf, json or csv (default: from OUTFILE's\nextension)", FORMAT_WORDS,
            "format"),
    CLI_OPT(OPT_FORCE, "force", 0, CLI_FLAG, NULL, "csv: overwrite a dataset already in OUTFILE"),
    {0}};

static int cmd_export(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_export;
  cli_filter cf;
  cli_filter_init(&cf);
  cg_view *v = NULL;
  const char *to = NULL, *as = NULL;
  int force = 0, opt, status = EXIT_USAGE;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == OPT_FORCE) {
      force = 1;
    } else if (opt == OPT_AS) {
      as = val.arg;
    } else if (opt == OPT_TO && cli_to_is_format(val.arg)) {
      /* `export --to gexf` named the format before --as. Kept, with a note. */
      if (!fmt_parse(val.arg)) {
        cli_unknown_value(c, cmd, "format", "--to", val.arg, FORMAT_WORDS);
        opt = -1;
        break;
      }
      if (!c->quiet && strcmp(val.arg, "csv") == 0)
        fprintf(stderr, "note: 'export --to csv' is deprecated (--to is a date): use --as csv\n");
      else if (!c->quiet)
        fprintf(stderr,
                "note: 'export --to %s' is deprecated (--to is a date): use --as %s or "
                "OUTFILE.%s\n",
                val.arg, val.arg, val.arg);
      to = val.arg;
    } else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) goto done;
  if (optind >= argc) {
    cli_usage_error(c, cmd, "missing OUTFILE (a file, '-' for stdout, or a directory for csv)");
    goto done;
  }
  if (optind + 1 < argc) {
    cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 1]);
    goto done;
  }
  const char *out = argv[optind];
  fmt f = as ? fmt_parse(as) : to ? fmt_parse(to) : fmt_from_name(out);
  if (!f && cli_ends_with(out, ".csv")) {
    cli_usage_error(
        c, cmd, "'%s' names no file format (csv writes a dataset directory: give --as csv)", out);
    goto done;
  }
  if (!f) {
    cli_usage_error(c, cmd, "no format: give --as graphml, gexf, json or csv");
    goto done;
  }
  if (!*out) {
    cli_usage_error(c, cmd, "OUTFILE must not be empty");
    goto done;
  }
  if (f == FMT_CSV && strcmp(out, "-") == 0) {
    cli_usage_error(c, cmd, "csv writes a dataset directory, not '-' (stdout)");
    goto done;
  }
  if ((status = cli_load(c, 0)) != EXIT_OK) goto done;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  if (c->data_path && strcmp(out, "-") != 0) {
    char *dir = f == FMT_CSV ? NULL : dir_of(out);
    int in = inside_dataset(c->data_path, dir ? dir : out);
    free(dir);
    if (in) {
      cli_error(c, "refusing to write '%s' inside the dataset directory '%s'", out, c->data_path);
      status = EXIT_DATA;
      goto done;
    }
  }
  if (cg_view_new(&v, c->ds, &cf.f)) {
    cli_error(c, "out of memory");
    status = EXIT_DATA;
    goto done;
  }
  cli_filter_notes(c, v);
  status = f == FMT_CSV ? write_csv(c, v, out, force) : write_graph(c, v, f, out);
done:
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_export = {
    .name = "export",
    .run = cmd_export,
    .summary = "write the network as GraphML, GEXF, node-link JSON or CSV",
    .operands = "OUTFILE",
    .options = OPTIONS,
    .filters = 1,
    .args = "  OUTFILE                the file to write ('-': stdout); for csv, a directory\n"
            "                         (created when missing)\n",
    .text = "The format comes from --as FORMAT, or else from OUTFILE's extension\n"
            "(.graphml, .gexf, .json); csv needs --as csv:\n"
            "  graphml                GraphML (igraph, NetworkX, yEd, Cytoscape)\n"
            "  gexf                   GEXF 1.3 with a timeline (Gephi)\n"
            "  json                   NetworkX node-link JSON (NetworkX, D3)\n"
            "  csv                    a dataset directory in coopgraph's format, sorted and\n"
            "                         normalised\n\n"
            "The graph formats hold one node per entity and one edge per agreement and\n"
            "pair of its parties, keyed by agreement id (\"ID\", then \"ID#2\"...), with\n"
            "every attribute of the data. Files are written atomically; the same data\n"
            "gives the same bytes. Refuses (exit status 1) to write inside the dataset\n"
            "directory given with -d.\n\n"
            "--to DATE is the date filter, as in every command. 'export --to FORMAT' (a\n"
            "word, where a date starts with a digit) still names the format, with a note\n"
            "on stderr: it is deprecated in favour of --as and OUTFILE's extension.\n"};
