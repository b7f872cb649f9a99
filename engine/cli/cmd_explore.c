/*
 * cmd_explore.c - `coopgraph explore`: the network as one self-contained
 * HTML page that can be explored (find, focus, years, filters, pan and zoom)
 * and still shows the figure with JavaScript off. `report` puts the same
 * explorer in its index.html.
 */
#include "cli.h"

#include <coopgraph/explore.h>
#include <coopgraph/graph.h>
#include <coopgraph/render.h>

#include <string.h>

enum { OPT_MAX_NODES = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {
    CLI_OPT('o', "output", 'o', CLI_FILE, "FILE", "write to FILE (atomically) instead of stdout"),
    CLI_OPT(OPT_MAX_NODES, "max-nodes", 0, CLI_UINT, "N",
            "draw only the N entities of greatest strength\n"
            "(0 = all); by default the 300 most connected when\n"
            "more than 2000 would be drawn; every entity stays\n"
            "searchable",
            NULL, NULL, 0, 1000000000),
    {0}};

static int cmd_explore(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_explore;
  cli_filter cf;
  cli_filter_init(&cf);
  const char *output = NULL;
  int opt, status = EXIT_OK, have_max = 0;
  unsigned long long m = 0;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == 'o')
      output = val.arg;
    else if (opt == OPT_MAX_NODES)
      have_max = 1, m = val.u;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0)
    status = EXIT_USAGE;
  else if (optind < argc)
    status = cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  else if (output && !*output)
    status = cli_usage_error(c, cmd, "-o needs a file name");
  if (status) {
    cli_filter_free(&cf);
    return status;
  }
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_buf out = CG_BUF_INIT;
  if ((status = cli_load(c, 0)) != EXIT_OK) goto done;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  status = EXIT_DATA;
  if (cg_view_new(&v, c->ds, &cf.f) || cg_pgraph_new(&g, v)) {
    cli_error(c, "out of memory");
    goto done;
  }
  cli_filter_notes(c, v);
  /* Large networks: the most connected, as `coopgraph svg` draws them. */
  size_t selected = 0, n = 0;
  cg_render_options ro = CG_RENDER_OPTIONS_INIT;
  ro.max_nodes = (size_t)m; /* 0 (all) unless --max-nodes */
  cli_pick_max_nodes(g, &ro, have_max, &selected, &n);
  if (!c->quiet && n < selected)
    fprintf(stderr,
            "note: drawing the %zu most connected of %zu entities (--max-nodes N to change, 0 "
            "for all); the others can still be found and listed\n",
            n, selected);
  char msg[512] = "";
  cg_status st = cg_explore_page(&out, g, ro.max_nodes, msg, sizeof msg);
  if (st) {
    cli_error(c, "%s", msg[0] ? msg : cg_status_string(st));
    goto done;
  }
  status = cli_output(c, output, &out);
done:
  cg_buf_free(&out);
  cg_pgraph_free(g);
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_explore = {
    .name = "explore",
    .run = cmd_explore,
    .summary = "the network as one HTML page to explore, offline",
    .options = OPTIONS,
    .filters = 1,
    .text = "Writes one self-contained HTML page (no external resources; works from a\n"
            "file, offline): the network figure, and an explorer over it - find an\n"
            "entity by id, name or alias; hover, click or Tab to an entity to highlight\n"
            "its partners and list them, with its agreements; a year slider and a play\n"
            "button (undated agreements always shown, and counted); check boxes per\n"
            "agreement type and entity kind; pan and zoom with the mouse, the buttons or\n"
            "the keyboard. Without JavaScript the page shows the figure alone. `report`\n"
            "puts the same explorer in its index.html.\n"};
