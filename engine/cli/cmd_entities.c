/* cmd_entities.c - `coopgraph entities [--kind K]`: the entities, in dataset order. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_KIND, "kind", 0, CLI_LIST, "K[,K...]", "only entities of these kinds"), {0}};

static int cmd_entities(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_entities;
  const char *kinds = NULL;
  int opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0)
    if (opt == OPT_KIND) kinds = val.arg;
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (cli_load(c, 0)) return EXIT_DATA;
  cli_filter cf;
  cli_filter_init(&cf);
  cf.kinds = kinds;
  int status = cli_filter_finish(c, cmd, &cf);
  if (status) {
    cli_filter_free(&cf);
    return status;
  }
  const cg_dataset *ds = c->ds;
  cg_buf out = CG_BUF_INIT, aliases = CG_BUF_INIT;
  cg_json j;
  cli_table *t = NULL;
  if (c->format == FORMAT_JSON) {
    cg_json_init(&j, &out, 1);
    cg_json_begin_object(&j);
    cg_json_key(&j, "entities");
    cg_json_begin_array(&j);
  } else {
    static const char *const h[] = {"id", "kind", "name", "country", "aliases", "agreements"};
    t = cli_table_new(6, h);
    if (!t) {
      cli_filter_free(&cf);
      cli_error(c, "out of memory");
      return EXIT_DATA;
    }
    cli_table_align_right(t, 5);
    cli_table_may_cut(t, 4); /* aliases first, */
    cli_table_may_cut(t, 2); /* then the name */
  }
  for (size_t e = 0; e < cg_dataset_nentities(ds); e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    int in = !cf.f.nkinds;
    for (size_t k = 0; k < cf.f.nkinds; k++)
      in |= cf.f.kinds[k] == en->kind_index;
    if (!in) continue;
    size_t nag;
    cg_dataset_entity_agreements(ds, e, &nag);
    const char *country = en->country >= 0 ? cg_dataset_entity(ds, (size_t)en->country)->id : "";
    if (c->format == FORMAT_JSON) {
      cg_json_begin_object(&j);
      cg_json_kv_string(&j, "id", en->id);
      cg_json_kv_string(&j, "kind", en->kind);
      cg_json_kv_string(&j, "name", en->name);
      cg_json_key(&j, "country");
      if (country[0])
        cg_json_string(&j, country);
      else
        cg_json_null(&j);
      cg_json_key(&j, "aliases");
      cg_json_begin_array(&j);
      for (size_t k = 0; k < en->naliases; k++)
        cg_json_string(&j, en->aliases[k]);
      cg_json_end_array(&j);
      cg_json_kv_int(&j, "agreements", (long long)nag);
      cg_json_end_object(&j);
    } else {
      cg_buf_clear(&aliases);
      for (size_t k = 0; k < en->naliases; k++)
        cg_buf_printf(&aliases, "%s%s", k ? "|" : "", en->aliases[k]);
      char count[24];
      snprintf(count, sizeof count, "%zu", nag);
      const char *cells[] = {en->id, en->kind, en->name, country, cg_buf_str(&aliases), count};
      if (cli_table_row(t, cells)) out.failed = 1;
    }
  }
  if (c->format == FORMAT_JSON) {
    cg_json_end_array(&j);
    cg_json_end_object(&j);
  } else {
    cli_table_render(t, c, &out);
  }
  status = cli_emit(c, &out);
  cli_table_free(t);
  cg_buf_free(&out);
  cg_buf_free(&aliases);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_entities = {
    .name = "entities", .run = cmd_entities, .summary = "list entities", .options = OPTIONS};
