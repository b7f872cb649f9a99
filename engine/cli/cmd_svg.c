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
    "svg", cmd_svg, "the network as an embed-ready SVG (or PNG/PDF)",
    "Draws what `coopgraph dot` writes, laid out by Graphviz. The SVG has no\n"
    "comments, scripts or external links; it has role=\"img\" with a <title> and a\n"
    "<desc> (dataset, counts, filters), classes per kind (kind-agency), type group\n"
    "(group-Agreements) and type (type-launch_service) for CSS, and unique ids.\n"
    "Edges are routed around the nodes they do not join, except in a figure of\n"
    "more than 800 partner pairs (drawn straight; a note on stderr and in the\n"
    "<desc> says so). Above 60 entities only the 30 most connected are labelled.\n"
    "An ego view draws its entity dark, its own edges with their number of\n"
    "agreements, and the edges among its partners thin and grey.\n\n"
    "Options:\n"
    "  -o, --output FILE      write to FILE (atomically) instead of stdout; a .png or\n"
    "                         .pdf name sets --to\n"
    "  --to FORMAT            svg (default), png or pdf\n"
    "  --layout L             auto (default), dot, neato, fdp, sfdp, circo or twopi;\n"
    "                         auto: twopi around --ego, neato up to 300 entities,\n"
    "                         sfdp above (and says which on stderr unless --quiet)\n"
    "  --max-nodes N          draw only the N entities of greatest strength and the\n"
    "                         edges among them (0 = all); by default the 300 most\n"
    "                         connected when more than 2000 would be drawn, with a\n"
    "                         note on stderr and in the SVG's <desc>\n"
    "  --responsive           width=\"100%\" instead of a fixed size (viewBox kept)\n"
    "  --id-prefix P          prefix every id with P (several figures on one page)\n"
    "  --transparent          no background\n"
    "  --dpi N                resolution of PNG output (default 96)\n"
    "  --multi                one edge per agreement (a k-party agreement: one per pair)\n"
    "  --ego ENTITY           only ENTITY and its partners (id, name or alias)\n"
    "  --depth N              with --ego: partners up to N steps away (default 1)\n"
    "  --size-by MEASURE      node size by partners, agreements or strength\n"
    "  --labels id|name       node labels: entity ids (default) or names (long ones\n"
    "                         on two lines)\n"
    "  --legend auto|none     the legend below the drawing (default), or none\n"
    "\n" CLI_FILTER_HELP};
