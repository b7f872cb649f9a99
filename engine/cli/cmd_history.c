/*
 * cmd_history.c - `coopgraph history ENTITY [ENTITY2]`: the agreements of
 * one entity, or of two together, oldest first, with a short summary.
 */
#include "cli.h"

#include <coopgraph/query.h>

/* Writes n with thousands separators ("1,567"). */
static void put_grouped(cg_buf *out, long long n) {
  if (n < 0) {
    cg_buf_putc(out, '-');
    n = -n;
  }
  if (n >= 1000) {
    put_grouped(out, n / 1000);
    cg_buf_printf(out, ",%03lld", n % 1000);
  } else {
    cg_buf_printf(out, "%lld", n);
  }
}

static void write_json(cg_buf *out, const cg_dataset *ds, const cg_history *h) {
  cg_json j;
  cg_json_init(&j, out, 1);
  cg_json_begin_object(&j);
  cg_json_key(&j, "entities");
  cg_json_begin_array(&j);
  for (int k = 0; k < 2; k++)
    if (h->entities[k] >= 0) cg_json_string(&j, cg_dataset_entity(ds, (size_t)h->entities[k])->id);
  cg_json_end_array(&j);
  cg_json_key(&j, "agreements");
  cg_json_begin_array(&j);
  for (size_t i = 0; i < h->count; i++)
    cli_json_agreement(&j, ds, (size_t)h->agreements[i]);
  cg_json_end_array(&j);
  cg_json_key(&j, "summary");
  cg_json_begin_object(&j);
  cg_json_kv_int(&j, "agreements", (long long)h->count);
  cg_json_kv_date(&j, "first", h->first);
  cg_json_kv_date(&j, "last", h->last);
  cg_json_key(&j, "longest_gap_days");
  if (h->longest_gap_days >= 0)
    cg_json_int(&j, h->longest_gap_days);
  else
    cg_json_null(&j);
  cg_json_kv_date(&j, "longest_gap_from", h->gap_from);
  cg_json_kv_date(&j, "longest_gap_to", h->gap_to);
  cg_json_end_object(&j);
  cg_json_end_object(&j);
}

/* from's day moved n years on (29 February becomes the 28th), as a day number. */
static int32_t years_later(cg_date from, int n) {
  cg_date d = cg_date_from_days(cg_date_first_day(from));
  d.year = (int16_t)(d.year + n);
  int last = cg_date_days_in_month(d.year, d.month);
  if (d.day > last) d.day = (uint8_t)last;
  return cg_date_first_day(d);
}

/* A span between the first days of two dates as people say it: "5 years and 152 days". */
static void put_span(cg_buf *out, cg_date from, cg_date to) {
  int32_t a = cg_date_first_day(from), b = cg_date_first_day(to);
  cg_date fa = cg_date_from_days(a), fb = cg_date_from_days(b);
  int years = fb.year - fa.year;
  while (years > 0 && years_later(from, years) > b)
    years--;
  long days = (long)b - years_later(from, years);
  if (years) cg_buf_printf(out, "%d year%s", years, years == 1 ? "" : "s");
  if (years && days) cg_buf_puts(out, " and ");
  if (days || !years) {
    put_grouped(out, days);
    cg_buf_printf(out, " day%s", days == 1 ? "" : "s");
  }
}

static void write_summary(cg_buf *out, const cg_history *h) {
  char a[11], b[11];
  cg_buf_printf(out, "\nagreements: %zu\n", h->count);
  cg_buf_printf(out, "first: %s\n", cg_date_known(h->first) ? cg_date_format(h->first, a) : "-");
  cg_buf_printf(out, "last: %s\n", cg_date_known(h->last) ? cg_date_format(h->last, a) : "-");
  cg_buf_puts(out, "longest gap: ");
  if (h->longest_gap_days < 0) {
    cg_buf_puts(out, "- (fewer than two dated agreements)\n");
    return;
  }
  put_span(out, h->gap_from, h->gap_to);
  cg_buf_printf(out, " (%s to %s)\n", cg_date_format(h->gap_from, a), cg_date_format(h->gap_to, b));
}

static void write_table(cg_buf *out, const cli *c, const cg_dataset *ds, const cg_history *h) {
  cli_table *t = cli_agreement_table();
  cg_buf scratch = CG_BUF_INIT;
  if (!t) {
    out->failed = 1;
    return;
  }
  for (size_t i = 0; i < h->count; i++) {
    char dates[2][11];
    const char *cells[7];
    cli_agreement_cells(ds, (size_t)h->agreements[i], dates, &scratch, cells);
    if (cli_table_row(t, cells) || cg_buf_status(&scratch)) out->failed = 1;
  }
  cli_table_render(t, c, out);
  cli_table_free(t);
  cg_buf_free(&scratch);
  if (c->format == FORMAT_TABLE) write_summary(out, h);
}

static const cli_option OPTIONS[] = {
    CLI_OPT(CLI_FIGURE_SVG, "svg", 0, CLI_FLAG, NULL,
            "draw these agreements along time as an SVG: one\nrow per decade, equal-width years, "
            "undated\nagreements left out and counted"),
    CLI_FIGURE_OPTIONS,
    {0}};

static int cmd_history(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_history;
  cli_filter cf;
  cli_filter_init(&cf);
  int opt, status;
  cli_figure fig = {0, 0, 0, NULL, NULL};
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0)
    if (!cli_figure_option(&fig, opt, val.arg)) cli_filter_option(&cf, opt, val.arg);
  if (opt < 0) return EXIT_USAGE;
  if (cli_figure_finish(c, cmd, &fig)) return EXIT_USAGE;
  if (optind >= argc) return cli_usage_error(c, cmd, "missing ENTITY");
  if (optind + 2 < argc)
    return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 2]);
  if (cli_load(c, 0)) return EXIT_DATA;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  const cg_dataset *ds = c->ds;
  int32_t e1 = cli_entity(c, argv[optind]), e2 = -1;
  if (e1 < 0 || (optind + 1 < argc && (e2 = cli_entity(c, argv[optind + 1])) < 0)) {
    status = EXIT_USAGE;
    goto done;
  }
  if (e2 == e1) {
    status =
        cli_usage_error(c, cmd, "'%s' and '%s' are the same entity (%s): give two different ones",
                        argv[optind], argv[optind + 1], cg_dataset_entity(ds, (size_t)e1)->id);
    goto done;
  }
  cg_view *v = NULL;
  cg_history h = CG_HISTORY_INIT;
  if (cg_view_new(&v, ds, &cf.f) || cg_query_history(&h, v, (size_t)e1, e2)) {
    cli_error(c, "out of memory");
    status = EXIT_DATA;
  } else if (fig.svg) {
    cli_filter_notes(c, v);
    cg_buf title = CG_BUF_INIT;
    const cg_entity *a = cg_dataset_entity(ds, (size_t)e1);
    cg_buf_printf(&title, "Agreements of %s", cg_entity_display_name(a));
    if (e2 >= 0) {
      const cg_entity *b = cg_dataset_entity(ds, (size_t)e2);
      cg_buf_printf(&title, " with %s", cg_entity_display_name(b));
    }
    status = cli_timeline_svg(c, v, h.agreements, h.count, CG_BY_YEAR, cg_buf_str(&title), &fig);
    cg_buf_free(&title);
  } else {
    cli_filter_notes(c, v);
    cg_buf out = CG_BUF_INIT;
    if (c->format == FORMAT_JSON)
      write_json(&out, ds, &h);
    else
      write_table(&out, c, ds, &h);
    status = cli_emit(c, &out);
    cg_buf_free(&out);
  }
  cg_history_free(&h);
  cg_view_free(v);
done:
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_history = {
    .name = "history",
    .run = cmd_history,
    .summary = "the agreements of one entity or of two together",
    .operands = "ENTITY [ENTITY2]",
    .options = OPTIONS,
    .filters = 1,
    .args = "  ENTITY [ENTITY2]       entity ids, names or aliases (any case); with two (not\n"
            "                         the same), only the agreements both take part in\n",
    .text = "Lists the agreements (after the filters) oldest first, undated ones last, ties\n"
            "in file order; with --by-nation an entity stands for its nation. The table is\n"
            "followed by a summary: the number of agreements, the first and last known date,\n"
            "and the longest gap. The longest gap is the largest number of days between the\n"
            "first days of two consecutive known dates in the list (\"2005\" counts from\n"
            "2005-01-01, \"2009-05\" from 2009-05-01), shown with that pair of dates; the\n"
            "earliest such pair wins a tie. It needs at least two dated agreements.\n"
            "CSV has the agreement rows only (no summary). JSON: {\"entities\": [ID...],\n"
            "\"agreements\": [{\"id\", \"date\", \"end\", \"type\", \"parties\", \"title\", "
            "\"source\"}],\n"
            "\"summary\": {\"agreements\", \"first\", \"last\", \"longest_gap_days\",\n"
            "\"longest_gap_from\", \"longest_gap_to\"}} (null where there is no value).\n"
            "Exit status 2 for an unknown entity or a bad option.\n"};
