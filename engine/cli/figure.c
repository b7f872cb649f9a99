/*
 * figure.c - the options every --svg figure command shares (cli.h):
 * output file, responsive width, id prefix, transparent background.
 */
#include "cli.h"

#include <coopgraph/charts.h>

#include <string.h>

int cli_figure_option(cli_figure *f, int opt, const char *arg) {
  switch (opt) {
  case CLI_FIGURE_SVG:
    f->svg = 1;
    return 1;
  case 'o':
    f->output = arg;
    return 1;
  case CLI_DRAW_RESPONSIVE:
    f->responsive = 1;
    return 1;
  case CLI_DRAW_ID_PREFIX:
    f->id_prefix = arg;
    return 1;
  case CLI_DRAW_TRANSPARENT:
    f->transparent = 1;
    return 1;
  default:
    return 0;
  }
}

static int id_prefix_ok(const char *px) {
  int ok = (*px >= 'A' && *px <= 'Z') || (*px >= 'a' && *px <= 'z') || *px == '_';
  for (const char *p = px; ok && *p; p++)
    ok = strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-", *p) != NULL;
  return ok;
}

int cli_id_prefix_check(const cli *c, const cli_command *cmd, const char *px) {
  if (px && !id_prefix_ok(px))
    return cli_usage_error(c, cmd,
                           "--id-prefix must start with a letter or '_' and hold only letters, "
                           "digits, '_', '.' and '-'");
  return EXIT_OK;
}

int cli_figure_finish(cli *c, const cli_command *cmd, const cli_figure *f) {
  if (!f->svg && (f->output || f->responsive || f->id_prefix || f->transparent))
    return cli_usage_error(c, cmd, "%s needs --svg",
                           f->output       ? "-o"
                           : f->responsive ? "--responsive"
                           : f->id_prefix  ? "--id-prefix"
                                           : "--transparent");
  return cli_id_prefix_check(c, cmd, f->id_prefix);
}

int cli_figure_emit(cli *c, const cli_figure *f, const cg_buf *svg) {
  return cli_output(c, f->output, svg);
}

cg_layout cli_pick_max_nodes(const cg_pgraph *g, cg_render_options *ro, int have_max_nodes,
                             size_t *selected, size_t *n) {
  cg_render_options all = *ro;
  all.max_nodes = 0;
  cg_render_pick_layout(g, &all, selected);
  if (!have_max_nodes && *selected > CG_RENDER_FILTER_ABOVE)
    ro->max_nodes = CG_RENDER_MAX_NODES_DEFAULT;
  return cg_render_pick_layout(g, ro, n);
}

cg_chart_options cli_chart_options(const cli_figure *f, size_t top) {
  cg_chart_options co = CG_CHART_OPTIONS_INIT;
  co.top = top;
  co.responsive = f->responsive;
  co.transparent = f->transparent;
  co.id_prefix = f->id_prefix;
  return co;
}
