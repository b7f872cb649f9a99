/* cmd_dot.c - `coopgraph dot` (not implemented yet). */
#include "cli.h"

static int cmd_dot(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "dot: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_dot = {"dot", cmd_dot, "the network as Graphviz DOT", "\n"};
