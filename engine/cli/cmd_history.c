/* cmd_history.c - `coopgraph history` (not implemented yet). */
#include "cli.h"

static int cmd_history(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "history: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_history = {"history", cmd_history, "the agreements of one entity or of two together", "\n"};
