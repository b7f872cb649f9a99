/*
 * cmd_timeline.c - `coopgraph timeline`: agreements per year, decade or
 * month, by type, with the running total; empty periods are shown.
 */
#include "cli.h"

#include <stdlib.h>

#include <coopgraph/query.h>

#include <string.h>

static const char *const HEADERS[4] = {"period", "agreements", "cumulative", "types"};
static const char *const BY_NAMES[3] = {"year", "decade", "month"};

static void write_json(cg_buf *out, const cg_dataset *ds, const cg_timeline *t) {
  cg_json j;
  cg_json_init(&j, out, 1);
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "by", BY_NAMES[t->by]);
  cg_json_key(&j, "periods");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < t->nperiods; i++) {
    const cg_period *p = &t->periods[i];
    cg_json_begin_object(&j);
    cg_json_kv_string(&j, "period", p->label);
    cg_json_kv_int(&j, "agreements", (long long)p->agreements);
    cg_json_kv_int(&j, "cumulative", (long long)p->cumulative);
    cli_json_type_counts(&j, ds, p->types, p->ntypes);
    cg_json_end_object(&j);
  }
  cg_json_end_array(&j);
  cg_json_end_object(&j);
}

static void write_table(cg_buf *out, const cli *c, const cg_dataset *ds, const cg_timeline *t) {
  cli_table *tab = cli_table_new(4, HEADERS);
  cg_buf types = CG_BUF_INIT;
  if (!tab) {
    out->failed = 1;
    return;
  }
  cli_table_align_right(tab, 1);
  cli_table_align_right(tab, 2);
  cli_table_may_cut(tab, 3); /* types */
  for (size_t i = 0; i < t->nperiods; i++) {
    const cg_period *p = &t->periods[i];
    char n[32], cum[32];
    snprintf(n, sizeof n, "%zu", p->agreements);
    snprintf(cum, sizeof cum, "%zu", p->cumulative);
    cli_type_counts_cell(&types, ds, p->types, p->ntypes);
    const char *cells[4] = {p->label, n, cum, cg_buf_str(&types)};
    if (cli_table_row(tab, cells) || cg_buf_status(&types)) out->failed = 1;
  }
  cli_table_render(tab, c, out);
  cli_table_free(tab);
  cg_buf_free(&types);
}

/* Notes on stderr about agreements not counted, or counted in a finer period. */
static void timeline_notes(const cli *c, const cg_timeline *t) {
  if (c->quiet) return;
  if (t->undated)
    fprintf(stderr, "note: %zu agreement%s without a date not counted\n", t->undated,
            t->undated == 1 ? "" : "s");
  if (t->coarser)
    fprintf(stderr, "note: %zu agreement%s dated only to the year counted in January\n", t->coarser,
            t->coarser == 1 ? "" : "s");
}

/* --svg: the agreements in view (of `who`, when given) along a time axis. */
static int timeline_figure(cli *c, const cg_view *v, int32_t who, cg_timeline_by by,
                           const cli_figure *fig) {
  const cg_dataset *ds = cg_view_dataset(v);
  size_t na = cg_dataset_nagreements(ds), n = 0;
  int32_t *list = malloc((na ? na : 1) * sizeof *list);
  if (!list) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  int32_t rep = who >= 0 ? cg_view_representative(v, (size_t)who) : -1;
  for (size_t a = 0; a < na; a++) {
    uint32_t k;
    const int32_t *p = cg_view_parties(v, a, &k);
    int in = k > 0 && rep < 0;
    for (uint32_t i = 0; i < k && !in; i++)
      in = p[i] == rep;
    if (in) list[n++] = (int32_t)a;
  }
  cli_filter_notes(c, v);
  cg_buf title = CG_BUF_INIT;
  if (who >= 0) {
    const cg_entity *e = cg_dataset_entity(ds, (size_t)who);
    cg_buf_printf(&title, "Agreements of %s over time", cg_entity_display_name(e));
  }
  int status = cli_timeline_svg(c, v, list, n, by, who >= 0 ? cg_buf_str(&title) : NULL, fig);
  cg_buf_free(&title);
  free(list);
  return status;
}

enum { OPT_BY = OPT_FIRST_FREE, OPT_ENTITY };

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_BY, "by", 0, CLI_CHOICE, "PERIOD", "year (default), decade or month",
            "year decade month", "period"),
    CLI_OPT(OPT_ENTITY, "entity", 0, CLI_ENTITY, "E",
            "only agreements E takes part in (id, name or alias)"),
    CLI_OPT(CLI_FIGURE_SVG, "svg", 0, CLI_FLAG, NULL,
            "draw the agreements along time as an SVG: one row\nper decade, ten equal-width years "
            "(--by decade:\neach decade's agreements in date order; month is\ndrawn as year), "
            "empty decades as a break,\nundated agreements left out and counted"),
    CLI_FIGURE_OPTIONS,
    {0}};

static int cmd_timeline(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_timeline;
  cli_filter cf;
  cli_filter_init(&cf);
  cg_timeline_by by = CG_BY_YEAR;
  const char *entity = NULL;
  cli_figure fig = {0, 0, 0, NULL, NULL};
  int opt, status;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (cli_figure_option(&fig, opt, val.arg)) {
      continue;
    } else if (opt == OPT_BY) {
      /* the parser checked the word against the table's choices */
      by = strcmp(val.arg, "decade") == 0  ? CG_BY_DECADE
           : strcmp(val.arg, "month") == 0 ? CG_BY_MONTH
                                           : CG_BY_YEAR;
    } else if (opt == OPT_ENTITY)
      entity = val.arg;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) return EXIT_USAGE;
  if (cli_figure_finish(c, cmd, &fig)) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (cli_load(c, 0)) return EXIT_DATA;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  const cg_dataset *ds = c->ds;
  int32_t who = -1;
  if (entity && (who = cli_entity(c, entity)) < 0) {
    status = EXIT_USAGE;
    goto done;
  }
  cg_view *v = NULL;
  cg_timeline t = CG_TIMELINE_INIT;
  if (fig.svg) {
    status = cg_view_new(&v, ds, &cf.f) ? EXIT_DATA : timeline_figure(c, v, who, by, &fig);
    cg_view_free(v);
    goto done;
  }
  if (cg_view_new(&v, ds, &cf.f) || cg_query_timeline(&t, v, by, who)) {
    cli_error(c, "out of memory");
    status = EXIT_DATA;
  } else {
    cli_filter_notes(c, v);
    timeline_notes(c, &t);
    cg_buf out = CG_BUF_INIT;
    if (c->format == FORMAT_JSON)
      write_json(&out, ds, &t);
    else
      write_table(&out, c, ds, &t);
    status = cli_emit(c, &out);
    cg_buf_free(&out);
  }
  cg_timeline_free(&t);
  cg_view_free(v);
done:
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_timeline = {
    .name = "timeline",
    .run = cmd_timeline,
    .summary = "agreements per year, decade or month",
    .options = OPTIONS,
    .filters = 1,
    .text =
        "Counts the agreements (after the filters) in each period, by type, with the\n"
        "running total. Periods run from the first to the last one that has an\n"
        "agreement, and empty periods in between are listed with 0. Labels: \"2005\",\n"
        "\"2000s\", \"2005-03\". Each agreement is counted once, in the period that holds\n"
        "the first day of its date: with --by month an agreement dated only \"2005\" is\n"
        "counted in 2005-01, and a note on stderr says how many were. Agreements\n"
        "without a date are not counted; a note on stderr says how many (--quiet hides\n"
        "notes). Columns: period, agreements, cumulative, types. JSON: {\"by\",\n"
        "\"periods\": [{\"period\", \"agreements\", \"cumulative\", \"types\": {TYPE: count}}]}.\n"
        "Exit status 2 for an unknown entity or a bad option.\n"};
