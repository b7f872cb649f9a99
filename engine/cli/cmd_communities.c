/*
 * cmd_communities.c - `coopgraph communities`: blocs of cooperation found by
 * maximising weighted modularity (Leiden or Louvain), largest first.
 */
#include "cli.h"

#include <coopgraph/analysis.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_METHOD = OPT_FIRST_FREE, OPT_SEED };

static const char *member_id(const cg_dataset *ds, const cg_pgraph *g, int32_t v) {
  return cg_dataset_entity(ds, (size_t)cg_pgraph_entity(g, (size_t)v))->id;
}

static void render(cli *c, const cg_pgraph *g, const cg_communities *cm, const char *method,
                   cg_buf *out) {
  const cg_dataset *ds = c->ds;
  if (c->format == FORMAT_JSON) {
    cg_json j;
    cg_json_init(&j, out, 1);
    cg_json_begin_object(&j);
    cg_json_kv_string(&j, "method", method);
    cg_json_kv_double(&j, "modularity", cm->modularity);
    cg_json_key(&j, "communities");
    cg_json_begin_array(&j);
    for (size_t k = 0; k < cm->ncommunities; k++) {
      cg_json_begin_object(&j);
      cg_json_kv_int(&j, "id", (long long)k + 1);
      cg_json_kv_int(&j, "size", (long long)(cm->start[k + 1] - cm->start[k]));
      cg_json_key(&j, "members");
      cg_json_begin_array(&j);
      for (size_t i = cm->start[k]; i < cm->start[k + 1]; i++)
        cg_json_string(&j, member_id(ds, g, cm->members[i]));
      cg_json_end_array(&j);
      cg_json_end_object(&j);
    }
    cg_json_end_array(&j);
    cg_json_end_object(&j);
    return;
  }
  static const char *const headers[3] = {"community", "size", "members"};
  cli_table *t = cli_table_new(3, headers);
  if (t) cli_table_may_cut(t, 2);
  cg_buf members = CG_BUF_INIT;
  for (size_t k = 0; t && k < cm->ncommunities; k++) {
    char id[24], size[24];
    snprintf(id, sizeof id, "%zu", k + 1);
    snprintf(size, sizeof size, "%zu", cm->start[k + 1] - cm->start[k]);
    cg_buf_clear(&members);
    for (size_t i = cm->start[k]; i < cm->start[k + 1]; i++)
      cg_buf_printf(&members, "%s%s", i > cm->start[k] ? ", " : "",
                    member_id(ds, g, cm->members[i]));
    const char *cells[3] = {id, size, cg_buf_str(&members)};
    if (cli_table_row(t, cells)) out->failed = 1;
  }
  if (!t) {
    out->failed = 1;
  } else {
    cli_table_align_right(t, 0);
    cli_table_align_right(t, 1);
    if (c->format == FORMAT_TABLE) { /* CSV stays a plain table */
      if (isnan(cm->modularity))
        cg_buf_printf(out, "method %s, modularity undefined (no partnerships)\n", method);
      else {
        char q[CLI_SCORE_SIZE];
        cg_buf_printf(out, "method %s, modularity %s\n", method,
                      cli_format_score(cm->modularity, fabs(cm->modularity), q));
      }
    }
    cli_table_render(t, c, out);
  }
  cg_buf_free(&members);
  cli_table_free(t);
}

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_METHOD, "method", 0, CLI_CHOICE, "leiden|louvain", "algorithm (default leiden)",
            "leiden louvain", "method"),
    CLI_OPT(OPT_SEED, "seed", 0, CLI_UINT, "S", "random seed (default 42); same seed, same result",
            NULL, NULL, 0, 4294967295u),
    {0}};

static int cmd_communities(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_communities;
  cli_filter cf;
  cli_filter_init(&cf);
  cg_community_options co = CG_COMMUNITY_OPTIONS_INIT;
  const char *method = "leiden";
  int opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == OPT_METHOD) {
      method = val.arg; /* one of the table's choices */
      co.method = strcmp(method, "louvain") == 0 ? CG_COMMUNITY_LOUVAIN : CG_COMMUNITY_LEIDEN;
    } else if (opt == OPT_SEED) {
      co.seed = (unsigned long)val.u;
    } else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (cli_load(c, 0)) return EXIT_DATA;
  int status = cli_filter_finish(c, cmd, &cf);
  if (status != EXIT_OK) {
    cli_filter_free(&cf);
    return status;
  }
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_communities cm = {0};
  cg_status st = cg_view_new(&v, c->ds, &cf.f);
  if (!st) st = cg_pgraph_new(&g, v);
  if (!st) st = cg_communities_find(&cm, g, &co);
  if (st) {
    cli_error(c, "communities: %s", cg_status_string(st));
    status = EXIT_DATA;
  } else {
    cli_filter_notes(c, v);
    cg_buf out = CG_BUF_INIT;
    render(c, g, &cm, method, &out);
    status = cli_emit(c, &out);
    cg_buf_free(&out);
  }
  cg_communities_free(&cm);
  cg_pgraph_free(g);
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_communities = {
    .name = "communities",
    .run = cmd_communities,
    .summary = "blocs of cooperation (Leiden/Louvain)",
    .options = OPTIONS,
    .filters = 1,
    .text = "Partitions the partnership graph into communities by maximising weighted\n"
            "modularity (resolution 1). Entities without partners are communities of\n"
            "their own. Communities are numbered largest first, then by smallest member\n"
            "id; members are listed by id. The table is preceded by a line with the\n"
            "method and the modularity (CSV has the table only).\n"
            "JSON: {\"method\", \"modularity\" (null without partnerships), \"communities\":\n"
            "[{\"id\", \"size\", \"members\": [ID...]}]}.\n"};
