/* cmd_centrality.c - `coopgraph centrality` (not implemented yet). */
#include "cli.h"

static int cmd_centrality(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "centrality: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_centrality = {"centrality", cmd_centrality, "who is central: degree, strength, betweenness, ...", "\n"};
