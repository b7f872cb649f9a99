/*
 * cmd_partners.c - `coopgraph partners ENTITY`: the entities that share the
 * most agreements with ENTITY, with when and of which types.
 */
#include "cli.h"

#include <coopgraph/charts.h>
#include <coopgraph/query.h>

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

static const char *const HEADERS[7] = {"id",    "name", "kind", "agreements",
                                       "first", "last", "types"};

static void write_json(cg_buf *out, const cg_dataset *ds, const cg_partner_list *l) {
  cg_json j;
  cg_json_init(&j, out, 1);
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "entity", cg_dataset_entity(ds, (size_t)l->entity)->id);
  cg_json_key(&j, "partners");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < l->count; i++) {
    const cg_partner *p = &l->items[i];
    const cg_entity *e = cg_dataset_entity(ds, (size_t)p->entity);
    cg_json_begin_object(&j);
    cg_json_kv_string(&j, "id", e->id);
    cg_json_kv_string(&j, "name", e->name);
    cg_json_kv_string(&j, "kind", e->kind);
    cg_json_kv_int(&j, "agreements", (long long)p->agreements);
    cg_json_kv_date(&j, "first", p->first);
    cg_json_kv_date(&j, "last", p->last);
    cli_json_type_counts(&j, ds, p->types, p->ntypes);
    cg_json_end_object(&j);
  }
  cg_json_end_array(&j);
  cg_json_end_object(&j);
}

static void write_table(cg_buf *out, const cli *c, const cg_dataset *ds, const cg_partner_list *l) {
  cli_table *t = cli_table_new(7, HEADERS);
  cg_buf types = CG_BUF_INIT;
  if (!t) {
    out->failed = 1;
    return;
  }
  cli_table_align_right(t, 3);
  cli_table_may_cut(t, 6); /* types first, */
  cli_table_may_cut(t, 1); /* then the name */
  for (size_t i = 0; i < l->count; i++) {
    const cg_partner *p = &l->items[i];
    const cg_entity *e = cg_dataset_entity(ds, (size_t)p->entity);
    char count[32], first[11], last[11];
    snprintf(count, sizeof count, "%zu", p->agreements);
    cli_type_counts_cell(&types, ds, p->types, p->ntypes);
    const char *cells[7] = {e->id,
                            e->name,
                            e->kind,
                            count,
                            cg_date_format(p->first, first),
                            cg_date_format(p->last, last),
                            cg_buf_str(&types)};
    if (cli_table_row(t, cells) || cg_buf_status(&types)) out->failed = 1;
  }
  cli_table_render(t, c, out);
  cli_table_free(t);
  cg_buf_free(&types);
}

enum { OPT_TOP = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_TOP, "top", 0, CLI_UINT, "N", "show only the first N partners (with --svg: 15)",
            NULL, NULL, 1, SIZE_MAX),
    CLI_OPT(CLI_FIGURE_SVG, "svg", 0, CLI_FLAG, NULL,
            "a ranked bar chart (SVG) of the partners: full\nnames, bars stacked by type group, "
            "the count and\nthe first and last year at the end of each bar,\n\"and K more\" past "
            "--top"),
    CLI_FIGURE_OPTIONS,
    {0}};

static int cmd_partners(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_partners;
  cli_filter cf;
  cli_filter_init(&cf);
  size_t top = 0;
  cli_figure fig = {0, 0, 0, NULL, NULL};
  int opt, status;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (cli_figure_option(&fig, opt, val.arg)) continue;
    if (opt == OPT_TOP)
      top = (size_t)val.u;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) return EXIT_USAGE;
  if (cli_figure_finish(c, cmd, &fig)) return EXIT_USAGE;
  if (optind >= argc) return cli_usage_error(c, cmd, "missing ENTITY");
  if (optind + 1 < argc)
    return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 1]);
  if (cli_load(c, 0)) return EXIT_DATA;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  const cg_dataset *ds = c->ds;
  int32_t who = cli_entity(c, argv[optind]);
  if (who < 0) {
    status = EXIT_USAGE;
    goto done;
  }
  cg_view *v = NULL;
  cg_partner_list l = CG_PARTNER_LIST_INIT;
  if (fig.svg) {
    cg_chart_options co = cli_chart_options(&fig, top);
    cg_buf out = CG_BUF_INIT;
    char msg[256] = "";
    cg_status st = cg_view_new(&v, ds, &cf.f);
    if (!st) {
      cli_filter_notes(c, v);
      st = cg_chart_partners(v, (size_t)who, &co, &out, msg, sizeof msg);
    }
    if (st) {
      cli_error(c, "cannot draw the partners chart: %s", msg[0] ? msg : cg_status_string(st));
      status = EXIT_DATA;
    } else
      status = cli_figure_emit(c, &fig, &out);
    cg_buf_free(&out);
  } else if (cg_view_new(&v, ds, &cf.f) || cg_query_partners(&l, v, (size_t)who, top)) {
    cli_error(c, "out of memory");
    status = EXIT_DATA;
  } else {
    cli_filter_notes(c, v);
    if (!c->quiet && !cg_view_entity_in(v, (size_t)l.entity))
      fprintf(stderr, "note: %s is left out by --kind\n",
              cg_dataset_entity(ds, (size_t)l.entity)->id);
    cg_buf out = CG_BUF_INIT;
    if (c->format == FORMAT_JSON)
      write_json(&out, ds, &l);
    else
      write_table(&out, c, ds, &l);
    status = cli_emit(c, &out);
    cg_buf_free(&out);
  }
  cg_partner_list_free(&l);
  cg_view_free(v);
done:
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_partners = {
    .name = "partners",
    .run = cmd_partners,
    .summary = "who partners most with an entity",
    .operands = "ENTITY",
    .options = OPTIONS,
    .filters = 1,
    .args = "  ENTITY                 an entity id, name or alias (any case)\n",
    .text = "Lists every entity that shares at least one agreement with ENTITY (after the\n"
            "filters): how many agreements they share, the first and last known date among\n"
            "them (empty, or null in JSON, when none is dated) and how many of each type.\n"
            "Every other party of a multilateral agreement is a partner. Partners are ranked\n"
            "by shared agreements, then by the latest date (later first, undated last), then\n"
            "by id. With --by-nation, ENTITY stands for its nation.\n"
            "Columns: id, name, kind, agreements, first, last, types (\"membership 2,\n"
            "launch_service 1\"). JSON: {\"entity\", \"partners\": [{\"id\", \"name\", \"kind\",\n"
            "\"agreements\", \"first\", \"last\", \"types\": {TYPE: count}}]}.\n"
            "Exit status 2 for an unknown ENTITY or a bad option.\n"};
