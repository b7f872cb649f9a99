/*
 * main.c - the coopgraph program: global options, then one subcommand from
 * the table below. Global options may also follow the command, as people
 * type them ("coopgraph partners ISRO --format json").
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const cli_command *const cli_commands[] = {
    &cli_check,       &cli_summary, &cli_entities, &cli_agreements,
    &cli_partners,    &cli_history, &cli_timeline, &cli_centrality,
    &cli_communities, &cli_dot,     &cli_svg,      &cli_report,
    &cli_generate,    &cli_import,  &cli_export,   NULL};

static const char GLOBAL_HELP[] =
    "Global options (before or after the command):\n"
    "  -d, --data PATH        dataset directory (default: the embedded space-cooperation\n"
    "                         dataset)\n"
    "      --format FORMAT    table (default), csv or json\n"
    "  -q, --quiet            no progress or notes on stderr\n"
    "      --warnings         also show the dataset's warnings\n"
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

/* Matches a global option at argv[*i]; consumes its value. 1 = consumed, -1 = error. */
static int global_option(cli *c, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  const char *val = NULL;
  if (strcmp(a, "-d") == 0 || strcmp(a, "--data") == 0 || strcmp(a, "--format") == 0) {
    if (*i + 1 >= argc) {
      fprintf(stderr, "coopgraph: option '%s' needs a value\n", a);
      return -1;
    }
    val = argv[++*i];
  } else if (strncmp(a, "--data=", 7) == 0) {
    a = "--data", val = argv[*i] + 7;
  } else if (strncmp(a, "--format=", 9) == 0) {
    a = "--format", val = argv[*i] + 9;
  } else if (strncmp(a, "-d", 2) == 0 && a[2]) {
    a = "-d", val = argv[*i] + 2;
  } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
    c->quiet = 1;
    return 1;
  } else if (strcmp(a, "--warnings") == 0) {
    c->warnings = 1;
    return 1;
  } else {
    return 0;
  }
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
