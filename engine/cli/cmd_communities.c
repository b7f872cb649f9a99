/* cmd_communities.c - `coopgraph communities` (not implemented yet). */
#include "cli.h"

static int cmd_communities(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "communities: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_communities = {"communities", cmd_communities, "blocs of cooperation (Leiden/Louvain)", "\n"};
