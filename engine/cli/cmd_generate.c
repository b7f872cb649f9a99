/*
 * cmd_generate.c - `coopgraph generate`: writes a synthetic dataset of a
 * given size into a directory, the same files for the same seed.
 */
#include "cli.h"

#include <coopgraph/generate.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A whole number up to max (cli_parse_uint's rules). */
static int parse_count(const char *s, uint64_t max, uint64_t *out) {
  unsigned long long v;
  if (cli_parse_uint(s, 0, max, &v)) return -1;
  *out = (uint64_t)v;
  return 0;
}

/* A share between 0 and 1, as a plain decimal number. */
static int parse_share(const char *s, double *out) {
  if (!*s || strspn(s, "0123456789.") != strlen(s)) return -1;
  char *end;
  double v = strtod(s, &end);
  if (*end || !(v >= 0 && v <= 1)) return -1;
  *out = v;
  return 0;
}

static int cmd_generate(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_generate;
  enum { OPT_ENTITIES = 'n', OPT_AGREEMENTS = 'm', OPT_MULTI = 'f', OPT_SEED = 's' };
  static const struct option opts[] = {{"entities", required_argument, NULL, OPT_ENTITIES},
                                       {"agreements", required_argument, NULL, OPT_AGREEMENTS},
                                       {"multilateral", required_argument, NULL, OPT_MULTI},
                                       {"seed", required_argument, NULL, OPT_SEED},
                                       {"force", no_argument, NULL, 'F'},
                                       {NULL, 0, NULL, 0}};
  cg_generate_options o = CG_GENERATE_OPTIONS_INIT;
  int have_n = 0, have_m = 0, opt;
  uint64_t v;
  while ((opt = getopt_long(argc, argv, "+:", opts, NULL)) != -1) {
    switch (opt) {
    case OPT_ENTITIES:
      if (parse_count(optarg, CG_GENERATE_MAX_ENTITIES, &v) || v < 2)
        return cli_usage_error(c, cmd, "--entities needs a whole number from 2 to %zu, not '%s'",
                               CG_GENERATE_MAX_ENTITIES, optarg);
      o.entities = (size_t)v, have_n = 1;
      break;
    case OPT_AGREEMENTS:
      if (parse_count(optarg, CG_GENERATE_MAX_AGREEMENTS, &v))
        return cli_usage_error(c, cmd, "--agreements needs a whole number from 0 to %zu, not '%s'",
                               CG_GENERATE_MAX_AGREEMENTS, optarg);
      o.agreements = (size_t)v, have_m = 1;
      break;
    case OPT_MULTI:
      if (parse_share(optarg, &o.multilateral))
        return cli_usage_error(c, cmd, "--multilateral needs a share from 0 to 1, not '%s'",
                               optarg);
      break;
    case OPT_SEED:
      if (parse_count(optarg, UINT64_MAX, &o.seed))
        return cli_usage_error(c, cmd, "--seed needs a whole number, not '%s'", optarg);
      break;
    case 'F':
      o.force = 1;
      break;
    case ':':
      return cli_usage_error(c, cmd, "option '%s' needs a value", argv[optind - 1]);
    default:
      return cli_usage_error(c, cmd, "unknown option '%s'", argv[optind - 1]);
    }
  }
  if (!have_n) return cli_usage_error(c, cmd, "--entities is required");
  if (!have_m) return cli_usage_error(c, cmd, "--agreements is required");
  if (optind >= argc) return cli_usage_error(c, cmd, "no output directory given");
  if (optind + 1 < argc)
    return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 1]);
  char msg[CG_MSG_SIZE];
  cg_status st = cg_generate(&o, argv[optind], msg, sizeof msg);
  if (st == CG_ERR_ARG) return cli_usage_error(c, cmd, "%s", msg);
  if (st) {
    cli_error(c, "%s", msg[0] ? msg : cg_status_string(st));
    return EXIT_DATA;
  }
  if (!c->quiet)
    fprintf(stderr, "coopgraph: wrote %zu entities and %zu agreements to '%s'\n", o.entities,
            o.agreements, argv[optind]);
  return EXIT_OK;
}

const cli_command cli_generate = {
    "generate", cmd_generate, "write a synthetic dataset of a given size",
    "Writes OUTDIR/entities.csv, agreements.csv and types.csv: a network grown by\n"
    "preferential attachment (heavy-tailed partner counts, hubs), 8 agreement types of\n"
    "skewed frequency, dates from 1960 to 2026 of every precision. The same options\n"
    "always give the same files. Usage: coopgraph generate --entities N --agreements M OUTDIR\n\n"
    "Options:\n"
    "  --entities N           number of entities, 2 or more (required)\n"
    "  --agreements M         number of agreements, 0 or more (required)\n"
    "  --multilateral F       share of agreements with 3 to 6 parties (default 0.05)\n"
    "  --seed S               random seed, a whole number (default 1)\n"
    "  --force                overwrite a dataset already in OUTDIR\n"};
