/*
 * cmd_svg.c - `coopgraph svg`: the network drawn by Graphviz in the process,
 * as an embeddable SVG (or PNG or PDF). Options and drawing are shared with
 * `coopgraph dot` (cli_draw in cmd_dot.c).
 */
#include "cli.h"

static int cmd_svg(cli *c, int argc, char **argv) {
  return cli_draw(c, &cli_svg, argc, argv, 1);
}

const cli_command cli_svg = {
    .name = "svg",
    .run = cmd_svg,
    .summary = "the network as an embed-ready SVG (or PNG/PDF)",
    .options = CLI_SVG_OPTIONS,
    .filters = 1,
    .text = "Draws what `coopgraph dot` writes, laid out by Graphviz. The SVG has no\n"
            "comments, scripts or external links; it has role=\"img\" with a <title> and a\n"
            "<desc> (dataset, counts, filters), classes per kind (kind-agency), type group\n"
            "(group-Agreements) and type (type-launch_service) for CSS, and unique ids.\n"
            "Edges are routed around the nodes they do not join, except in a figure of\n"
            "more than 800 partner pairs (drawn straight; a note on stderr and in the\n"
            "<desc> says so). Above 60 entities only the 30 most connected are labelled\n"
            "(with --labels name: above 20, the 15 most connected).\n"
            "An ego view draws its entity dark, its own edges with their number of\n"
            "agreements, and the edges among its partners thin and grey.\n"
            "--to FORMAT (a word, not a date) still names the image format, with a note\n"
            "on stderr: it is deprecated in favour of --image and -o's extension.\n"};
