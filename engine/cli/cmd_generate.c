/*
 * cmd_generate.c - `coopgraph generate`: writes a synthetic dataset of a
 * given size into a directory, the same files for the same seed.
 */
#include "cli.h"

#include <coopgraph/generate.h>

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_ENTITIES = OPT_FIRST_FREE, OPT_AGREEMENTS, OPT_MULTI, OPT_SEED, OPT_FORCE };

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_ENTITIES, "entities", 0, CLI_UINT, "N", "number of entities, 2 or more (required)",
            NULL, NULL, 2, CG_GENERATE_MAX_ENTITIES),
    CLI_OPT(OPT_AGREEMENTS, "agreements", 0, CLI_UINT, "M",
            "number of agreements, 0 or more (required)", NULL, NULL, 0,
            CG_GENERATE_MAX_AGREEMENTS),
    CLI_OPT(OPT_MULTI, "multilateral", 0, CLI_SHARE, "F",
            "share of agreements with 3 to 6 parties (default 0.05)"),
    CLI_OPT(OPT_SEED, "seed", 0, CLI_UINT, "S", "random seed, a whole number (default 1)", NULL,
            NULL, 0, UINT64_MAX),
    CLI_OPT(OPT_FORCE, "force", 0, CLI_FLAG, NULL, "overwrite a dataset already in OUTDIR"),
    {0}};

static int cmd_generate(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_generate;
  cg_generate_options o = CG_GENERATE_OPTIONS_INIT;
  int have_n = 0, have_m = 0, opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    switch (opt) {
    case OPT_ENTITIES:
      o.entities = (size_t)val.u, have_n = 1;
      break;
    case OPT_AGREEMENTS:
      o.agreements = (size_t)val.u, have_m = 1;
      break;
    case OPT_MULTI:
      o.multilateral = val.d;
      break;
    case OPT_SEED:
      o.seed = (uint64_t)val.u;
      break;
    case OPT_FORCE:
      o.force = 1;
      break;
    }
  }
  if (opt < 0) return EXIT_USAGE;
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
    .name = "generate",
    .run = cmd_generate,
    .summary = "write a synthetic dataset of a given size",
    .operands = "--entities N --agreements M OUTDIR", /* the two are required */
    .options = OPTIONS,
    .text = "Writes OUTDIR/entities.csv, agreements.csv and types.csv: a network grown\n"
            "by preferential attachment (heavy-tailed partner counts, hubs), 8 agreement\n"
            "types of skewed frequency, dates from 1960 to 2026 of every precision. The\n"
            "same options always give the same files.\n"};
