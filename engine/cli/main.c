/*
 * main.c - the coopgraph program: global options, then one subcommand from
 * the table below. Global options may also follow the command, as people
 * type them ("coopgraph partners ISRO --format json").
 */
#include "cli.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const cli_command *const cli_commands[] = {
    &cli_check,       &cli_summary, &cli_entities, &cli_agreements,
    &cli_partners,    &cli_history, &cli_timeline, &cli_centrality,
    &cli_communities, &cli_dot,     &cli_svg,      &cli_report,
    &cli_explore,     &cli_generate, &cli_import,  &cli_export,
    NULL};

static const char GLOBAL_HELP[] =
    "Global options (before or after the command):\n"
    "  -d, --data PATH        dataset directory (default: the embedded space-cooperation\n"
    "                         dataset)\n"
    "      --format FORMAT    table (default), csv or json\n"
    "  -q, --quiet            no progress or notes on stderr\n"
    "      --warnings         also show the dataset's warnings\n"
    "Limits on the input (bigger inputs are refused with an error; K, M, G = KiB, MiB, GiB):\n"
    "      --max-file SIZE    largest input file (default 512M)\n"
    "      --max-field SIZE   longest CSV field (default 64K)\n"
    "      --max-parties N    most parties of one agreement (default 1000)\n"
    "      --max-pairs N      most partner pairs, k(k-1)/2 per k-party agreement\n"
    "                         (default 20000000)\n"
    "      --max-errors N     errors shown in full, with \"did you mean\" (default 100)\n"
    "  -h, --help             help (of a command, after it)\n"
    "      --version          print the version\n";

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
  fprintf(f,
          "\n%s\nRun 'coopgraph COMMAND --help' for a command's options.\n"
          "Exit status: 0 success, 1 invalid data or I/O failure, 2 bad command line.\n",
          GLOBAL_HELP);
}

const cli_command *cli_find_command(const char *name) {
  for (const cli_command *const *p = cli_commands; *p; p++)
    if (strcmp((*p)->name, name) == 0) return *p;
  return NULL;
}

int cli_help(const cli *c, const cli_command *cmd) {
  (void)c;
  /* The usage line is the first line of the summary's section. */
  printf("usage: coopgraph %s [OPTIONS]\n\n%s.\n\n%s\n%s", cmd->name, cmd->summary, cmd->usage,
         GLOBAL_HELP);
  return EXIT_OK;
}

/*
 * Parses a size: digits with an optional binary suffix K, M or G (any case;
 * "512M" is 512 MiB). Returns 0 and sets *out, or -1.
 */
static int parse_size(const char *s, size_t *out) {
  char digits[32];
  size_t n = strspn(s, "0123456789"), shift = 0;
  if (n == 0 || n >= sizeof digits) return -1;
  const char *suffix = s + n;
  if (*suffix) {
    const char *units = "kmg", *u = strchr(units, suffix[0] | 0x20);
    if (!u || suffix[1]) return -1;
    shift = 10 * (size_t)(u - units + 1);
  }
  memcpy(digits, s, n);
  digits[n] = '\0';
  unsigned long long v;
  if (cli_parse_uint(digits, 1, (unsigned long long)(SIZE_MAX >> shift), &v)) return -1;
  *out = (size_t)v << shift;
  return 0;
}

/* The limits of cg_load_options, as global options. */
static const struct limit_option {
  const char *name;
  int size; /* accepts K/M/G */
  size_t offset;
} LIMITS[] = {
    {"--max-file", 1, offsetof(cg_load_options, max_file)},
    {"--max-field", 1, offsetof(cg_load_options, max_field)},
    {"--max-errors", 0, offsetof(cg_load_options, max_errors)},
    {"--max-parties", 0, offsetof(cg_load_options, max_parties)},
    {"--max-pairs", 0, offsetof(cg_load_options, max_pairs)},
};
#define NLIMITS (sizeof LIMITS / sizeof LIMITS[0])

static int set_limit(cli *c, const struct limit_option *l, const char *val) {
  size_t v = 0;
  unsigned long long u = 0;
  if (l->size ? parse_size(val, &v) : cli_parse_uint(val, 1, SIZE_MAX, &u)) {
    fprintf(stderr, "coopgraph: option '%s' needs %s, not '%s'\n", l->name,
            l->size ? "a size such as 1048576, 64K, 512M or 2G" : "a whole number from 1", val);
    return -1;
  }
  if (!l->size) v = (size_t)u;
  memcpy((char *)&c->load_opts + l->offset, &v, sizeof v);
  return 1;
}

/* 1 when a is "--name" or "--name=..."; then *val is what follows '=' (or NULL). */
static int long_name(const char *a, const char *name, const char **val) {
  size_t n = strlen(name);
  if (strncmp(a, name, n) != 0 || (a[n] && a[n] != '=')) return 0;
  *val = a[n] ? a + n + 1 : NULL;
  return 1;
}

/* Matches a global option at argv[*i]; consumes its value. 1 = consumed, -1 = error. */
static int global_option(cli *c, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  const char *val = NULL;
  const struct limit_option *limit = NULL;
  if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
    c->quiet = 1;
    return 1;
  }
  if (strcmp(a, "--warnings") == 0) {
    c->warnings = 1;
    return 1;
  }
  if (strcmp(a, "-d") == 0) {
    a = "--data";
  } else if (strncmp(a, "-d", 2) == 0 && a[2]) {
    a = "--data", val = argv[*i] + 2;
  } else if (long_name(a, "--data", &val)) {
    a = "--data";
  } else if (long_name(a, "--format", &val)) {
    a = "--format";
  } else {
    for (size_t k = 0; k < NLIMITS && !limit; k++)
      if (long_name(a, LIMITS[k].name, &val)) limit = &LIMITS[k];
    if (!limit) return 0;
    a = limit->name;
  }
  if (!val) {
    if (*i + 1 >= argc) {
      fprintf(stderr, "coopgraph: option '%s' needs a value\n", a);
      return -1;
    }
    val = argv[++*i];
  }
  if (limit) return set_limit(c, limit, val);
  if (strcmp(a, "--format") == 0) {
    if (strcmp(val, "table") == 0)
      c->format = FORMAT_TABLE;
    else if (strcmp(val, "csv") == 0)
      c->format = FORMAT_CSV;
    else if (strcmp(val, "json") == 0)
      c->format = FORMAT_JSON;
    else {
      fprintf(stderr, "coopgraph: unknown format '%s' (expected table, csv or json)\n", val);
      return -1;
    }
  } else {
    c->data_path = val;
  }
  return 1;
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
      status = EXIT_USAGE;
      goto done;
    }
    if (g > 0) continue;
    if (strcmp(a, "--version") == 0 && !cmd) {
      printf("coopgraph %s\n", COOPGRAPH_VERSION);
      goto done;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      want_help = 1;
      continue;
    }
    if (!cmd && a[0] == '-') {
      fprintf(stderr, "coopgraph: unknown option '%s'\n", a);
      main_usage(stderr);
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
        fprintf(stderr, "coopgraph: unknown command '%s'\n", a);
        main_usage(stderr);
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
  free(rest);
  return status;
}
