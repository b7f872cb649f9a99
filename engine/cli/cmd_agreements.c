/*
 * cmd_agreements.c - `coopgraph agreements`: the agreements that pass the
 * filters (and involve --entity), oldest first, unknown dates last.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_ENTITY = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {CLI_OPT(OPT_ENTITY, "entity", 0, CLI_ENTITY, "E",
                                             "only agreements E takes part in (id, name or alias)"),
                                     {0}};

static int cmd_agreements(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_agreements;
  cli_filter cf;
  cli_filter_init(&cf);
  const char *entity = NULL;
  int opt, status = EXIT_OK;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == OPT_ENTITY)
      entity = val.arg;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (cli_load(c, 0)) return EXIT_DATA;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) {
    cli_filter_free(&cf);
    return status;
  }
  const cg_dataset *ds = c->ds;
  int32_t who = -1;
  if (entity && (who = cli_entity(c, entity)) < 0) {
    cli_filter_free(&cf);
    return EXIT_USAGE;
  }
  cg_view *v = NULL;
  int32_t *idx = malloc((cg_dataset_nagreements(ds) + 1) * sizeof *idx);
  if (!idx || cg_view_new(&v, ds, &cf.f)) {
    free(idx);
    cli_filter_free(&cf);
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  size_t n = 0;
  for (size_t a = 0; a < cg_dataset_nagreements(ds); a++) {
    if (!cg_view_agreement_in(v, a)) continue;
    if (who >= 0) {
      const cg_agreement *ag = cg_dataset_agreement(ds, a);
      int has = 0;
      for (uint32_t k = 0; k < ag->nparties && !has; k++)
        has = ag->parties[k] == who;
      if (!has) continue;
    }
    idx[n++] = (int32_t)a;
  }
  if (cg_dataset_sort_by_date(ds, idx, n)) {
    free(idx);
    cg_view_free(v);
    cli_filter_free(&cf);
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  cli_filter_notes(c, v);

  cg_buf out = CG_BUF_INIT, scratch = CG_BUF_INIT;
  if (c->format == FORMAT_JSON) {
    cg_json j;
    cg_json_init(&j, &out, 1);
    cg_json_begin_object(&j);
    cg_json_key(&j, "agreements");
    cg_json_begin_array(&j);
    for (size_t i = 0; i < n; i++)
      cli_json_agreement(&j, ds, (size_t)idx[i]);
    cg_json_end_array(&j);
    cg_json_end_object(&j);
  } else {
    cli_table *t = cli_agreement_table();
    for (size_t i = 0; t && i < n; i++) {
      char dates[2][11];
      const char *cells[7];
      cli_agreement_cells(ds, (size_t)idx[i], dates, &scratch, cells);
      if (cli_table_row(t, cells)) out.failed = 1;
    }
    if (t)
      cli_table_render(t, c, &out);
    else
      out.failed = 1;
    cli_table_free(t);
  }
  status = cli_emit(c, &out);
  cg_buf_free(&out);
  cg_buf_free(&scratch);
  free(idx);
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_agreements = {
    .name = "agreements",
    .run = cmd_agreements,
    .summary = "list agreements, oldest first",
    .options = OPTIONS,
    .filters = 1,
    .text = "Lists the agreements that pass the filters (and involve --entity), oldest\n"
            "first, undated ones last. Columns: id, date, end, type, parties, title,\n"
            "source. JSON: {\"agreements\": [{\"id\", \"date\", \"end\", \"type\",\n"
            "\"parties\", \"title\", \"source\"}]}.\n"};
