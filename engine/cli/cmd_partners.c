/* cmd_partners.c - `coopgraph partners` (not implemented yet). */
#include "cli.h"

static int cmd_partners(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "partners: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_partners = {"partners", cmd_partners, "who partners most with an entity", "\n"};
