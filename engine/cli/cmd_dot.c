/*
 * cmd_dot.c - `coopgraph dot`: the partnership network as Graphviz DOT; and
 * the option handling and drawing that `coopgraph svg` shares with it.
 */
#include "cli.h"

#include <coopgraph/graph.h>
#include <coopgraph/render.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The image formats of `svg`, by -o's extension or --image. */
static const char IMAGE_FORMATS[] = "svg png pdf";

#define MEASURE_NAMES CLI_MEASURES /* the library's registry */

/* The options dot and svg share (their tables are in cmd_dot.c and cmd_svg.c). */
#define DRAW_OPTIONS                                                                               \
  CLI_OPT('o', "output", 'o', CLI_FILE, "FILE", "write to FILE (atomically) instead of stdout"),   \
      CLI_OPT(CLI_DRAW_MULTI, "multi", 0, CLI_FLAG, NULL,                                          \
              "one edge per agreement (a k-party agreement: one per\n"                             \
              "pair), keyed by agreement id (\"ID\", then \"ID#2\"...)\n"                          \
              "and carrying type, date, end, title, source, order and\n"                           \
              "parties, so that `-d FILE.dot` reads the same dataset"),                            \
      CLI_OPT(CLI_DRAW_EGO, "ego", 0, CLI_ENTITY, "ENTITY",                                        \
              "only ENTITY and its partners (id, name or alias)"),                                 \
      CLI_OPT(CLI_DRAW_DEPTH, "depth", 0, CLI_UINT, "N",                                           \
              "with --ego: partners up to N steps away (default 1)", NULL, NULL, 1, 1000),         \
      CLI_OPT(CLI_DRAW_SIZE_BY, "size-by", 0, CLI_CHOICE, "MEASURE",                               \
              "node size by a measure (partners, agreements, strength,\n"                          \
              "...; see `coopgraph centrality --help`)",                                           \
              MEASURE_NAMES, "measure"),                                                   \
      CLI_OPT(CLI_DRAW_LABELS, "labels", 0, CLI_CHOICE, "id|name",                                 \
              "node labels: entity ids (default) or names (long ones\n"                            \
              "on two lines)",                                                                     \
              "id name", "label kind"),                                                            \
      CLI_OPT(CLI_DRAW_LEGEND, "legend", 0, CLI_CHOICE, "auto|none",                               \
              "the legend below the drawing (default), or none", "auto none", "legend")

const cli_option CLI_DOT_OPTIONS[] = {DRAW_OPTIONS, {0}};

const cli_option CLI_SVG_OPTIONS[] = {
    DRAW_OPTIONS,
    CLI_OPT(CLI_DRAW_IMAGE, "image", 0, CLI_CHOICE, "FORMAT",
            "svg (default), png or pdf; without it, -o's extension\n"
            "(.svg, .png, .pdf; none: SVG; another: an error)",
            IMAGE_FORMATS, "image format"),
    CLI_OPT(CLI_DRAW_LAYOUT, "layout", 0, CLI_CHOICE, "L",
            "auto (default), dot, neato, fdp, sfdp, circo or twopi;\n"
            "auto: twopi around --ego, neato up to 300 entities,\n"
            "sfdp above (and says which on stderr unless --quiet)",
            "auto dot neato fdp sfdp circo twopi", "layout"),
    CLI_OPT(CLI_DRAW_MAX_NODES, "max-nodes", 0, CLI_UINT, "N",
            "draw only the N entities of greatest strength and the\n"
            "edges among them (0 = all); by default the 300 most\n"
            "connected when more than 2000 would be drawn, with a\n"
            "note on stderr and in the SVG's <desc>",
            NULL, NULL, 0, 1000000000),
    CLI_OPT(CLI_DRAW_RESPONSIVE, "responsive", 0, CLI_FLAG, NULL,
            "width=\"100%\" instead of a fixed size (viewBox kept)"),
    CLI_OPT(CLI_DRAW_ID_PREFIX, "id-prefix", 0, CLI_TEXT, "P",
            "prefix every id with P (several figures on one page)"),
    CLI_OPT(CLI_DRAW_TRANSPARENT, "transparent", 0, CLI_FLAG, NULL, "no background"),
    CLI_OPT(CLI_DRAW_DPI, "dpi", 0, CLI_UINT, "N", "resolution of PNG output (default 96)", NULL,
            NULL, 1, 2400),
    {0}};

typedef struct draw_args {
  cg_render_options ro;
  const char *ego, *size_by, *image, *output;
  int have_max_nodes, have_depth;
} draw_args;

static int parse_args(cli *c, const cli_command *cmd, int argc, char **argv, int image,
                      draw_args *a, cli_filter *cf) {
  int opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    switch (opt) {
    case CLI_DRAW_MULTI:
      a->ro.multi = 1;
      break;
    case CLI_DRAW_EGO:
      a->ego = val.arg;
      break;
    case CLI_DRAW_DEPTH:
      a->ro.ego_depth = (unsigned)val.u;
      a->have_depth = 1;
      break;
    case CLI_DRAW_SIZE_BY:
      a->size_by = val.arg;
      break;
    case CLI_DRAW_LABELS:
      a->ro.label_names = strcmp(val.arg, "name") == 0;
      break;
    case CLI_DRAW_LEGEND:
      a->ro.no_legend = strcmp(val.arg, "none") == 0;
      break;
    case CLI_DRAW_LAYOUT:
      cg_layout_parse(val.arg, &a->ro.layout); /* a word of the table's choices */
      break;
    case CLI_DRAW_IMAGE:
      a->image = val.arg;
      break;
    case CLI_DRAW_RESPONSIVE:
      a->ro.responsive = 1;
      break;
    case CLI_DRAW_ID_PREFIX:
      a->ro.id_prefix = val.arg;
      break;
    case CLI_DRAW_TRANSPARENT:
      a->ro.transparent = 1;
      break;
    case OPT_TO:
      /* `svg --to png` named the image format before --image. Kept, with a note. */
      if (image && cli_to_is_format(val.arg)) {
        if (!cli_is_word(IMAGE_FORMATS, val.arg))
          return cli_unknown_value(c, cmd, "image format", "--to", val.arg, IMAGE_FORMATS);
        if (!c->quiet)
          fprintf(stderr,
                  "note: 'svg --to %s' is deprecated (--to is a date): use --image %s "
                  "or -o FILE.%s\n",
                  val.arg, val.arg, val.arg);
        if (!a->image) a->image = val.arg;
      } else
        cli_filter_option(cf, opt, val.arg);
      break;
    case CLI_DRAW_DPI:
      a->ro.dpi = (double)val.u;
      break;
    case 'o':
      a->output = val.arg;
      break;
    case CLI_DRAW_MAX_NODES:
      a->ro.max_nodes = (size_t)val.u;
      a->have_max_nodes = 1;
      break;
    default:
      cli_filter_option(cf, opt, val.arg);
    }
  }
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (a->have_depth && !a->ego) return cli_usage_error(c, cmd, "--depth needs --ego");
  if (cli_id_prefix_check(c, cmd, a->ro.id_prefix)) return EXIT_USAGE;
  if (image && !a->image && a->output) {
    /* The extension of -o's file name names the format; none means SVG. */
    const char *base = strrchr(a->output, '/'), *dot;
    base = base ? base + 1 : a->output;
    dot = strrchr(base, '.');
    char ext[8] = "";
    for (size_t i = 0; dot && dot > base && dot[1 + i] && i + 1 < sizeof ext; i++)
      ext[i] = (char)(dot[1 + i] >= 'A' && dot[1 + i] <= 'Z' ? dot[1 + i] + 32 : dot[1 + i]);
    if (dot && dot > base && !cli_is_word(IMAGE_FORMATS, ext))
      return cli_unknown_value(c, cmd, "image format", "-o's extension", dot + 1, IMAGE_FORMATS);
    a->image = cli_ends_with(a->output, ".png")   ? "png"
               : cli_ends_with(a->output, ".pdf") ? "pdf"
                                                  : "svg";
  }
  a->ro.size_by_name = a->size_by;
  return EXIT_OK;
}

/* One value per vertex of the measure named (validated before), from the centrality module. */
static double *size_values(const cg_pgraph *g, const char *measure) {
  unsigned bit = cg_measure_from_name(measure);
  cg_centrality_result r;
  if (cg_centrality(&r, g, bit)) return NULL;
  double *x = malloc((r.n ? r.n : 1) * sizeof *x);
  if (x && r.n) memcpy(x, cg_centrality_column(&r, (cg_measure)bit), r.n * sizeof *x);
  cg_centrality_result_free(&r);
  return x;
}

static int render_and_write(cli *c, const cg_pgraph *g, int image, draw_args *a) {
  cg_buf out = CG_BUF_INIT;
  char msg[CG_MSG_SIZE] = "";
  cg_status st;
  if (image) {
    /* Large networks: only the most connected, unless --max-nodes says otherwise. */
    size_t selected = 0, n = 0;
    cg_layout l = cli_pick_max_nodes(g, &a->ro, a->have_max_nodes, &selected, &n);
    if (!c->quiet && n < selected)
      fprintf(stderr,
              "note: showing the %zu most connected of %zu entities (--max-nodes N to change, 0 "
              "for all)\n",
              n, selected);
    if (!c->quiet && cg_render_routes_edges(g, &a->ro) == 0)
      fprintf(stderr,
              "note: edges drawn straight, some through nodes they do not join: more than %d "
              "partner pairs take too long to route around nodes (narrow with filters)\n",
              CG_RENDER_ROUTE_MAX_EDGES);
    if (!c->quiet && a->ro.layout == CG_LAYOUT_AUTO && l != CG_LAYOUT_AUTO)
      fprintf(stderr, "note: layout %s chosen for %zu entit%s (--layout to change)\n",
              cg_layout_name(l), n, n == 1 ? "y" : "ies");
  }
  if (!image)
    st = cg_render_dot(g, &a->ro, &out, msg, sizeof msg);
  else if (a->image && strcmp(a->image, "png") == 0)
    st = cg_render_png(g, &a->ro, &out, msg, sizeof msg);
  else if (a->image && strcmp(a->image, "pdf") == 0)
    st = cg_render_pdf(g, &a->ro, &out, msg, sizeof msg);
  else
    st = cg_render_svg(g, &a->ro, &out, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "%s", msg[0] ? msg : cg_status_string(st));
    status = st == CG_ERR_NOTFOUND || st == CG_ERR_ARG ? EXIT_USAGE : EXIT_DATA;
  } else
    status = cli_output(c, a->output, &out);
  cg_buf_free(&out);
  return status;
}

int cli_draw(cli *c, const cli_command *cmd, int argc, char **argv, int image) {
  draw_args a;
  memset(&a, 0, sizeof a);
  cg_render_options init = CG_RENDER_OPTIONS_INIT;
  a.ro = init;
  cli_filter cf;
  cli_filter_init(&cf);
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  double *sizes = NULL;
  int status = parse_args(c, cmd, argc, argv, image, &a, &cf);
  if (status) goto done;
  if ((status = cli_load(c, 0)) != EXIT_OK) goto done;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  if (a.ego && (a.ro.ego = cli_entity(c, a.ego)) < 0) {
    status = EXIT_USAGE;
    goto done;
  }
  status = EXIT_DATA;
  if (cg_view_new(&v, c->ds, &cf.f) || cg_pgraph_new(&g, v) ||
      (a.size_by && !(sizes = size_values(g, a.size_by)))) {
    cli_error(c, "out of memory");
    goto done;
  }
  cli_filter_notes(c, v);
  a.ro.size_by = sizes;
  status = render_and_write(c, g, image, &a);
done:
  free(sizes);
  cg_pgraph_free(g);
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

static int cmd_dot(cli *c, int argc, char **argv) {
  return cli_draw(c, &cli_dot, argc, argv, 0);
}

const cli_command cli_dot = {
    .name = "dot",
    .run = cmd_dot,
    .summary = "the network as Graphviz DOT",
    .options = CLI_DOT_OPTIONS,
    .filters = 1,
    .text = "One node per entity (shape by kind, label = id, tooltip = full name) and\n"
            "one edge per pair of partners (width by number of agreements, colour by\n"
            "the group of their most frequent types, from types.csv, tooltip listing\n"
            "them with dates). Nodes also carry kind, name, country and aliases. The\n"
            "graph's label is a legend of the groups and kinds drawn, and its\n"
            "attributes carry the layout (layout=neato, overlap removal, edges routed\n"
            "around nodes), so `dot -Tsvg` draws the same picture as `coopgraph svg`.\n"};
