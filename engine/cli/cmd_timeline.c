/* cmd_timeline.c - `coopgraph timeline` (not implemented yet). */
#include "cli.h"

static int cmd_timeline(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "timeline: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_timeline = {"timeline", cmd_timeline, "agreements per year, decade or month", "\n"};
