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

enum {
  OPT_MULTI = OPT_FIRST_FREE,
  OPT_EGO,
  OPT_DEPTH,
  OPT_SIZE_BY,
  OPT_LAYOUT,
  OPT_RESPONSIVE,
  OPT_ID_PREFIX,
  OPT_TRANSPARENT,
  OPT_DPI,
  OPT_MAX_NODES
};

#define DRAW_LONGOPTS                                                                              \
  {"multi", no_argument, NULL, OPT_MULTI}, {"ego", required_argument, NULL, OPT_EGO},              \
      {"depth", required_argument, NULL, OPT_DEPTH},                                               \
      {"size-by", required_argument, NULL, OPT_SIZE_BY}, CLI_FILTER_LONGOPTS

typedef struct draw_args {
  cg_render_options ro;
  const char *ego, *depth, *size_by, *layout, *to, *dpi, *output, *max_nodes;
} draw_args;

/* An integer option in [lo, hi], or -1 (cli_parse_uint's rules). */
static long parse_int(const char *s, long lo, long hi) {
  unsigned long long v;
  return cli_parse_uint(s, (unsigned long long)lo, (unsigned long long)hi, &v) ? -1 : (long)v;
}

static int parse_args(cli *c, const cli_command *cmd, int argc, char **argv, int image,
                      draw_args *a, cli_filter *cf) {
  static const struct option dot_opts[] = {DRAW_LONGOPTS, {NULL, 0, NULL, 0}};
  static const struct option svg_opts[] = {DRAW_LONGOPTS,
                                           {"layout", required_argument, NULL, OPT_LAYOUT},
                                           {"responsive", no_argument, NULL, OPT_RESPONSIVE},
                                           {"id-prefix", required_argument, NULL, OPT_ID_PREFIX},
                                           {"transparent", no_argument, NULL, OPT_TRANSPARENT},
                                           {"dpi", required_argument, NULL, OPT_DPI},
                                           {"output", required_argument, NULL, 'o'},
                                           {"max-nodes", required_argument, NULL, OPT_MAX_NODES},
                                           {NULL, 0, NULL, 0}};
  int opt;
  while ((opt = getopt_long(argc, argv, image ? "+o:" : "+", image ? svg_opts : dot_opts, NULL)) !=
         -1) {
    switch (opt) {
    case OPT_MULTI:
      a->ro.multi = 1;
      break;
    case OPT_EGO:
      a->ego = optarg;
      break;
    case OPT_DEPTH:
      a->depth = optarg;
      break;
    case OPT_SIZE_BY:
      a->size_by = optarg;
      break;
    case OPT_LAYOUT:
      a->layout = optarg;
      break;
    case OPT_RESPONSIVE:
      a->ro.responsive = 1;
      break;
    case OPT_ID_PREFIX:
      a->ro.id_prefix = optarg;
      break;
    case OPT_TRANSPARENT:
      a->ro.transparent = 1;
      break;
    case OPT_TO:
      /* --to is both the date filter and, for svg, the output format: a
       * format is a word, a date starts with a digit. */
      if (image && ((*optarg >= 'a' && *optarg <= 'z') || (*optarg >= 'A' && *optarg <= 'Z')))
        a->to = optarg;
      else
        cli_filter_option(cf, opt, optarg);
      break;
    case OPT_DPI:
      a->dpi = optarg;
      break;
    case 'o':
      a->output = optarg;
      break;
    case OPT_MAX_NODES:
      a->max_nodes = optarg;
      break;
    default:
      if (!cli_filter_option(cf, opt, optarg))
        return cli_usage_error(c, cmd, "unknown option or missing value: '%s'", argv[optind - 1]);
    }
  }
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (a->depth) {
    long d = parse_int(a->depth, 1, 1000);
    if (d < 0) return cli_usage_error(c, cmd, "--depth must be a whole number from 1 to 1000");
    if (!a->ego) return cli_usage_error(c, cmd, "--depth needs --ego");
    a->ro.ego_depth = (unsigned)d;
  }
  if (a->layout && cg_layout_parse(a->layout, &a->ro.layout))
    return cli_usage_error(c, cmd,
                           "unknown layout '%s' (expected auto, dot, neato, fdp, sfdp, circo "
                           "or twopi)",
                           a->layout);
  if (a->max_nodes) {
    long m = parse_int(a->max_nodes, 0, 1000000000);
    if (m < 0)
      return cli_usage_error(c, cmd, "--max-nodes needs a whole number (0 = draw every entity)");
    a->ro.max_nodes = (size_t)m;
  }
  if (a->dpi) {
    long d = parse_int(a->dpi, 1, 2400);
    if (d < 0) return cli_usage_error(c, cmd, "--dpi must be a whole number from 1 to 2400");
    a->ro.dpi = (double)d;
  }
  const char *px = a->ro.id_prefix;
  if (px) {
    if (!cli_id_prefix_ok(px))
      return cli_usage_error(c, cmd,
                             "--id-prefix must start with a letter or '_' and hold only letters, "
                             "digits, '_', '.' and '-'");
  }
  if (a->to && strcmp(a->to, "svg") && strcmp(a->to, "png") && strcmp(a->to, "pdf"))
    return cli_usage_error(c, cmd, "unknown --to format '%s' (expected svg, png or pdf)", a->to);
  if (!a->to && a->output) {
    const char *dot = strrchr(a->output, '.');
    a->to = dot && (strcmp(dot, ".png") == 0 || strcmp(dot, ".pdf") == 0) ? dot + 1 : "svg";
  }
  if (a->size_by && !cg_measure_from_name(a->size_by))
    return cli_usage_error(c, cmd,
                           "unknown --size-by measure '%s' (expected partners, agreements, "
                           "strength, betweenness, closeness, harmonic, eigenvector or pagerank)",
                           a->size_by);
  a->ro.size_by_name = a->size_by;
  return EXIT_OK;
}

/* One value per vertex of the measure named (validated before), from the centrality module. */
static double *size_values(const cg_pgraph *g, const char *measure) {
  unsigned bit = cg_measure_from_name(measure);
  cg_centrality_result r;
  if (cg_centrality(&r, g, bit)) return NULL;
  size_t k = 0;
  while (!(bit & (1u << k)))
    k++;
  double *x = r.values[k];
  r.values[k] = NULL; /* keep it; free the rest */
  cg_centrality_result_free(&r);
  return x;
}


static int render_and_write(cli *c, const cg_pgraph *g, int image, draw_args *a) {
  cg_buf out = CG_BUF_INIT;
  char msg[512] = "";
  cg_status st;
  if (image) {
    /* Large networks: only the most connected, unless --max-nodes says otherwise. */
    size_t selected = 0, n = 0;
    cg_render_options all = a->ro;
    all.max_nodes = 0;
    cg_render_pick_layout(g, &all, &selected);
    if (!a->max_nodes && selected > CG_RENDER_FILTER_ABOVE)
      a->ro.max_nodes = CG_RENDER_MAX_NODES_DEFAULT;
    cg_layout l = cg_render_pick_layout(g, &a->ro, &n);
    if (!c->quiet && n < selected)
      fprintf(stderr,
              "note: showing the %zu most connected of %zu entities (--max-nodes N to change, 0 "
              "for all)\n",
              n, selected);
    if (!c->quiet && a->ro.layout == CG_LAYOUT_AUTO && l != CG_LAYOUT_AUTO)
      fprintf(stderr, "note: layout %s chosen for %zu entit%s (--layout to change)\n",
              cg_layout_name(l), n, n == 1 ? "y" : "ies");
  }
  if (!image)
    st = cg_render_dot(g, &a->ro, &out, msg, sizeof msg);
  else if (a->to && strcmp(a->to, "png") == 0)
    st = cg_render_png(g, &a->ro, &out, msg, sizeof msg);
  else if (a->to && strcmp(a->to, "pdf") == 0)
    st = cg_render_pdf(g, &a->ro, &out, msg, sizeof msg);
  else
    st = cg_render_svg(g, &a->ro, &out, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "%s", msg[0] ? msg : cg_status_string(st));
    status = st == CG_ERR_NOTFOUND || st == CG_ERR_ARG ? EXIT_USAGE : EXIT_DATA;
  } else if (a->output)
    status = cli_write_atomic(c, NULL, a->output, &out);
  else
    status = cli_emit(c, &out);
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

#define DRAW_HELP                                                                                  \
  "  --multi                one edge per agreement (a k-party agreement: one per pair),\n"         \
  "                         keyed by agreement id (\"ID\", then \"ID#2\", \"ID#3\"...) and\n"      \
  "                         carrying type, date, end, title and source, and order\n"               \
  "                         and parties so that `-d FILE.dot` reads the same dataset\n"            \
  "  --ego ENTITY           only ENTITY and its partners (id, name or alias)\n"                    \
  "  --depth N              with --ego: partners up to N steps away (default 1)\n"                 \
  "  --size-by MEASURE      node size by partners, agreements or strength (shared\n"               \
  "                         agreements summed over partners)\n"

const cli_command cli_dot = {
    "dot", cmd_dot, "the network as Graphviz DOT",
    "One node per entity (shape and colour by kind, label = id, tooltip = full\n"
    "name) and one edge per pair of partners (width by number of agreements,\n"
    "colour by their most frequent type, tooltip listing them with dates). Nodes\n"
    "also carry kind, name, country and aliases. A legend node \"@legend\" lists\n"
    "the kinds and types drawn. Colours are assigned to kinds and types sorted\n"
    "by id, so they stay the same whatever the filters.\n\n"
    "Options:\n" DRAW_HELP "\n" CLI_FILTER_HELP};
