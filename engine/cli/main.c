/*
 * main.c - the coopgraph program: global options, then one subcommand from
 * the table below. Global options may also follow the command, as people
 * type them ("coopgraph partners ISRO --format json").
 */
#include "cli.h"

#include <coopgraph/suggest.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const cli_command *const cli_commands[] = {
    &cli_check,       &cli_summary, &cli_entities, &cli_agreements,
    &cli_partners,    &cli_history, &cli_timeline, &cli_centrality,
    &cli_communities, &cli_dot,     &cli_svg,      &cli_report,
    &cli_explore,     &cli_generate, &cli_import,  &cli_export,
    &cli_extract,     &cli_merge,    NULL};

enum {
  GOPT_DATA = 'd',
  GOPT_QUIET = 'q',
  GOPT_HELP = 'h',
  GOPT_FORMAT = 2000,
  GOPT_WARNINGS,
  GOPT_WIDE,
  GOPT_VERSION,
  GOPT_MAX_FILE,
  GOPT_MAX_FIELD,
  GOPT_MAX_PARTIES,
  GOPT_MAX_PAIRS,
  GOPT_MAX_ERRORS
};

/* Options of the program itself, before or after the command. */
const cli_option CLI_GLOBAL_OPTIONS[] = {
    CLI_OPT(GOPT_DATA, "data", 'd', CLI_FILE, "PATH",
            "dataset directory or Graphviz file (default: the\n"
            "embedded space-cooperation dataset)"),
    CLI_OPT(GOPT_FORMAT, "format", 0, CLI_CHOICE, "FORMAT", "table (default), csv or json",
            "table csv json", "format"),
    CLI_OPT(GOPT_WIDE, "wide", 0, CLI_FLAG, NULL,
            "tables show long text in full (by default they fit 100\n"
            "columns, cutting long text with '\xe2\x80\xa6')"),
    CLI_OPT(GOPT_QUIET, "quiet", 'q', CLI_FLAG, NULL, "no progress or notes on stderr"),
    CLI_OPT(GOPT_WARNINGS, "warnings", 0, CLI_FLAG, NULL, "also show the dataset's warnings"),
    CLI_OPT(GOPT_MAX_FILE, "max-file", 0, CLI_SIZE, "SIZE", "largest input file (default 512M)"),
    CLI_OPT(GOPT_MAX_FIELD, "max-field", 0, CLI_SIZE, "SIZE", "longest CSV field (default 64K)"),
    CLI_OPT(GOPT_MAX_PARTIES, "max-parties", 0, CLI_UINT, "N",
            "most parties of one agreement (default 1000)", NULL, NULL, 1, SIZE_MAX),
    CLI_OPT(GOPT_MAX_PAIRS, "max-pairs", 0, CLI_UINT, "N",
            "most partner pairs, k(k-1)/2 per k-party agreement\n(default 20000000)", NULL, NULL, 1,
            SIZE_MAX),
    CLI_OPT(GOPT_MAX_ERRORS, "max-errors", 0, CLI_UINT, "N",
            "errors shown in full, with \"did you mean\" (default 100)", NULL, NULL, 1, SIZE_MAX),
    CLI_OPT(GOPT_HELP, "help", 'h', CLI_FLAG, NULL, "help (of a command, after it)"),
    CLI_OPT(GOPT_VERSION, "version", 0, CLI_FLAG, NULL, "print the version"),
    {0}};

/* The limits among them: where each goes in cg_load_options. */
static const struct limit_option {
  int id;
  size_t offset;
} LIMITS[] = {
    {GOPT_MAX_FILE, offsetof(cg_load_options, max_file)},
    {GOPT_MAX_FIELD, offsetof(cg_load_options, max_field)},
    {GOPT_MAX_ERRORS, offsetof(cg_load_options, max_errors)},
    {GOPT_MAX_PARTIES, offsetof(cg_load_options, max_parties)},
    {GOPT_MAX_PAIRS, offsetof(cg_load_options, max_pairs)},
};
#define NLIMITS (sizeof LIMITS / sizeof LIMITS[0])

/* The global options' help: the limits get a section of their own. */
static void global_help(FILE *f) {
  cli_option general[sizeof CLI_GLOBAL_OPTIONS / sizeof CLI_GLOBAL_OPTIONS[0]];
  cli_option limits[sizeof CLI_GLOBAL_OPTIONS / sizeof CLI_GLOBAL_OPTIONS[0]];
  size_t ng = 0, nl = 0;
  for (const cli_option *o = CLI_GLOBAL_OPTIONS; o->id; o++) {
    int limit = 0;
    for (size_t k = 0; k < NLIMITS; k++)
      limit |= LIMITS[k].id == o->id;
    if (limit)
      limits[nl++] = *o;
    else
      general[ng++] = *o;
  }
  memset(&general[ng], 0, sizeof general[ng]);
  memset(&limits[nl], 0, sizeof limits[nl]);
  cli_options_help(f, "Global options (before or after the command):", general, 0);
  cli_options_help(f, "Limits on the input (bigger is an error; K, M, G = KiB, MiB, GiB):", limits,
                   1);
}

static void main_usage(FILE *f) {
  fprintf(f, "usage: coopgraph [-d PATH] [--format table|csv|json] COMMAND [ARGS]\n\n");
  if (f == stderr) {
    fprintf(f, "Try 'coopgraph --help' for the list of commands.\n");
    return;
  }
  fprintf(f, "Answers questions about cooperation networks: who partners with whom,\n"
             "what they signed and when, who is central, and draws the network.\n\n"
             "Commands:\n");
  for (const cli_command *const *p = cli_commands; *p; p++)
    fprintf(f, "  %-12s %s\n", (*p)->name, (*p)->summary);
  fputc('\n', f);
  global_help(f);
  fprintf(f, "\nRun 'coopgraph COMMAND --help' for a command's options.\n"
             "Exit status: 0 success, 1 invalid data or I/O failure, 2 bad command line.\n");
}

const cli_command *cli_find_command(const char *name) {
  for (const cli_command *const *p = cli_commands; *p; p++)
    if (strcmp((*p)->name, name) == 0) return *p;
  return NULL;
}

int cli_help(const cli *c, const cli_command *cmd) {
  (void)c;
  size_t n = strlen(cmd->summary);
  printf("usage: coopgraph %s [OPTIONS]%s%s\n\n%s%s\n\n", cmd->name,
         cmd->operands && *cmd->operands ? " " : "", cmd->operands ? cmd->operands : "",
         cmd->summary, n && cmd->summary[n - 1] == '.' ? "" : ".");
  if (cmd->args) printf("Arguments:\n%s", cmd->args);
  cli_options_help(stdout, "Options:", cmd->options, -1);
  if (cmd->filters) {
    cli_options_help(stdout, "Filters:", CLI_FILTER_OPTIONS, -1);
    printf("DATE is YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its whole period.\n");
  }
  if (cmd->text && *cmd->text) {
    putchar('\n');
    cli_help_text(stdout, cmd->text, 0);
  }
  putchar('\n');
  global_help(stdout);
  return EXIT_OK;
}

/*
 * Parses a size: digits with an optional binary suffix K, M or G (any case;
 * "512M" is 512 MiB). Returns 0 and sets *out, or -1.
 */
static int parse_size(const char *s, size_t *out) {
  size_t n = strspn(s, "0123456789"), shift = 0;
  const char *suffix = s + n;
  if (*suffix) {
    const char *units = "kmg", *u = strchr(units, suffix[0] | 0x20);
    if (!u || suffix[1]) return -1;
    shift = 10 * (size_t)(u - units + 1);
  }
  unsigned long long v;
  if (cg_parse_uint(s, n, 1, (unsigned long long)(SIZE_MAX >> shift), &v)) return -1;
  *out = (size_t)v << shift;
  return 0;
}

static int set_limit(cli *c, const cli_option *o, const char *val) {
  size_t v = 0;
  unsigned long long u = 0;
  int size = o->kind == CLI_SIZE;
  if (size ? parse_size(val, &v) : cg_parse_uint(val, strlen(val), o->min, o->max, &u)) {
    fprintf(stderr, "coopgraph: option '--%s' needs %s, not '%s'\n", o->name,
            size ? "a size such as 1048576, 64K, 512M or 2G" : "a whole number from 1", val);
    return -1;
  }
  if (!size) v = (size_t)u;
  for (size_t k = 0; k < NLIMITS; k++)
    if (LIMITS[k].id == o->id) memcpy((char *)&c->load_opts + LIMITS[k].offset, &v, sizeof v);
  return 1;
}

/* 1 when a is "--name" or "--name=..."; then *val is what follows '=' (or NULL). */
static int long_name(const char *a, const char *name, const char **val) {
  size_t n = strlen(name);
  if (strncmp(a, "--", 2) != 0 || strncmp(a + 2, name, n) != 0 || (a[n + 2] && a[n + 2] != '='))
    return 0;
  *val = a[n + 2] ? a + n + 3 : NULL;
  return 1;
}

/*
 * Matches a global option with a value, or a flag other than --help and
 * --version, at argv[*i]; consumes its value. 1 = consumed, 0 = not one,
 * -1 = error (reported).
 */
static int global_option(cli *c, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  const char *val = NULL;
  const cli_option *opt = NULL;
  for (const cli_option *o = CLI_GLOBAL_OPTIONS; o->id && !opt; o++) {
    if (o->id == GOPT_HELP || o->id == GOPT_VERSION) continue;
    if (o->short_name && a[0] == '-' && a[1] == o->short_name) {
      if (!a[2])
        opt = o;
      else if (o->kind != CLI_FLAG)
        opt = o, val = a + 2;
    } else if (long_name(a, o->name, &val)) {
      opt = o;
    }
  }
  if (!opt) return 0;
  if (opt->kind == CLI_FLAG) {
    if (val) {
      fprintf(stderr, "coopgraph: option '--%s' takes no value\n", opt->name);
      return -1;
    }
    if (opt->id == GOPT_QUIET) c->quiet = 1;
    if (opt->id == GOPT_WARNINGS) c->warnings = 1;
    if (opt->id == GOPT_WIDE) c->wide = 1;
    return 1;
  }
  if (!val) {
    if (*i + 1 >= argc) {
      fprintf(stderr, "coopgraph: option '--%s' needs a value\n", opt->name);
      return -1;
    }
    val = argv[++*i];
  }
  switch (opt->id) {
  case GOPT_DATA:
    c->data_path = val;
    return 1;
  case GOPT_FORMAT:
    /* Checked as every command checks its choices, with the same "did you mean". */
    if (!cli_is_word(cli_choices(opt), val)) {
      cli_unknown_value(c, NULL, opt->what, NULL, val, cli_choices(opt));
      return -1;
    }
    c->format = strcmp(val, "csv") == 0    ? FORMAT_CSV
                : strcmp(val, "json") == 0 ? FORMAT_JSON
                                           : FORMAT_TABLE;
    return 1;
  default:
    return set_limit(c, opt, val);
  }
}

/* An unknown global option or command: a near miss, or the usage. */
static void unknown(const char *what, const char *name) {
  cg_suggest s;
  cg_suggest_init(&s, name + (what[0] == 'o' ? 2 : 0));
  if (what[0] == 'o') {
    for (const cli_option *o = CLI_GLOBAL_OPTIONS; o->id; o++)
      cg_suggest_consider(&s, o->name, o->name);
  } else {
    for (const cli_command *const *p = cli_commands; *p; p++)
      cg_suggest_consider(&s, (*p)->name, (*p)->name);
  }
  if (cg_suggest_best(&s)) {
    fprintf(stderr, "coopgraph: unknown %s '%s'; did you mean '%s%s'?\n", what, name,
            what[0] == 'o' ? "--" : "", cg_suggest_best(&s));
  } else if (what[0] == 'c') { /* nothing close: the commands there are */
    fprintf(stderr, "coopgraph: unknown command '%s' (expected ", name);
    for (const cli_command *const *p = cli_commands; *p; p++)
      fprintf(stderr, "%s%s", p == cli_commands ? "" : p[1] ? ", " : " or ", (*p)->name);
    fprintf(stderr, ")\n");
  } else {
    fprintf(stderr, "coopgraph: unknown %s '%s'\n", what, name);
  }
  main_usage(stderr);
}

int main(int argc, char **argv) {
  cli c;
  memset(&c, 0, sizeof c);
  c.prog = "coopgraph";
  const cli_command *cmd = NULL;
  int want_help = 0;
  /* Sort argv into global options and the command's own arguments. */
  char **rest = calloc((size_t)argc + 1, sizeof *rest);
  if (!rest) {
    fprintf(stderr, "coopgraph: out of memory\n");
    return EXIT_DATA;
  }
  int nrest = 0, status = EXIT_OK, dashdash = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (dashdash) {
      rest[nrest++] = argv[i];
      continue;
    }
    int g = global_option(&c, argc, argv, &i);
    if (g < 0) {
      fprintf(stderr, "Try 'coopgraph --help' for more information.\n");
      status = EXIT_USAGE;
      goto done;
    }
    if (g > 0) continue;
    if (strcmp(a, "--version") == 0 && !cmd) {
      printf("coopgraph %s\n", COOPGRAPH_VERSION_STRING);
      goto done;
    }
    /* Hidden: the option tables, for the bash completion and the man page check. */
    if (strcmp(a, "--dump-options") == 0 && !cmd) {
      cli_dump_options(stdout);
      goto done;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      want_help = 1;
      continue;
    }
    if (!cmd && a[0] == '-') {
      unknown("option", a);
      status = EXIT_USAGE;
      goto done;
    }
    if (!cmd) {
      if (strcmp(a, "help") == 0) {
        want_help = 1;
        continue;
      }
      cmd = cli_find_command(a);
      if (!cmd) {
        unknown("command", a);
        status = EXIT_USAGE;
        goto done;
      }
      rest[nrest++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0) dashdash = 1;
    rest[nrest++] = argv[i];
  }
  if (!cmd) {
    main_usage(want_help ? stdout : stderr);
    status = want_help ? EXIT_OK : EXIT_USAGE;
    goto done;
  }
  if (want_help) {
    status = cli_help(&c, cmd);
    goto done;
  }
  optind = 1;
  opterr = 0;
  status = cmd->run(&c, nrest, rest);
  if (fflush(stdout) != 0 && status == EXIT_OK) {
    fprintf(stderr, "coopgraph: cannot write the output\n");
    status = EXIT_DATA;
  }
done:
  cg_dataset_free(c.ds);
  free(c.longopts);
  free(rest);
  return status;
}
