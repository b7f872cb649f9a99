/* cmd_svg.c - `coopgraph svg` (not implemented yet). */
#include "cli.h"

static int cmd_svg(cli *c, int argc, char **argv) {
  (void)argc;
  (void)argv;
  cli_error(c, "svg: not implemented yet");
  return EXIT_DATA;
}

const cli_command cli_svg = {"svg", cmd_svg, "the network as an embed-ready SVG (or PNG/PDF)", "\n"};
