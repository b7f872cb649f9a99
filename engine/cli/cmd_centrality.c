/*
 * cmd_centrality.c - `coopgraph centrality`: who is central in the
 * partnership graph (degree, strength, betweenness, closeness, harmonic,
 * eigenvector, PageRank), now or period by period.
 */
#include "cli.h"

#include <coopgraph/analysis.h>
#include <coopgraph/charts.h>
#include <coopgraph/growth.h>
#include <coopgraph/render.h>
#include <coopgraph/score.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct opts {
  unsigned shown, sort; /* measure masks: columns shown; the sort measure */
  long top;             /* 0 = all */
  int over_time;
  cg_period_unit by;
  unsigned window;
  int svg;                   /* --svg: a chart, or small multiples with --over-time */
  unsigned size_by;          /* --size-by: measure bit sizing the nodes */
  cg_centrality_options run; /* --jobs, --approx, --exact, --seed, --approx-above */
  int raw;    /* --raw: betweenness as a count of shortest paths (as Gephi gives it) */
  int picked; /* --measure given: the table shows those, however wide */
} opts;

/* A measure name to its bit; on a miss reports a usage error (with a suggestion). */
static int measure_bit(cli *c, const char *opt, const char *name, size_t len, unsigned *bit) {
  char buf[64];
  if (len >= sizeof buf) len = sizeof buf - 1;
  memcpy(buf, name, len);
  buf[len] = '\0';
  if ((*bit = cg_measure_from_name(buf)) != 0) return 0;
  cli_unknown_value(c, &cli_centrality, "measure", opt, buf, cli_measure_words());
  return -1;
}

static int parse_measures(cli *c, const char *list, unsigned *mask) {
  *mask = 0;
  for (const char *p = list;;) {
    const char *q = strchr(p, ',');
    size_t len = q ? (size_t)(q - p) : strlen(p);
    unsigned bit;
    if (len && measure_bit(c, "--measure", p, len, &bit)) return -1;
    if (len) *mask |= bit;
    if (!q) break;
    p = q + 1;
  }
  if (!*mask)
    return cli_usage_error(c, &cli_centrality, "--measure needs at least one measure"), -1;
  return 0;
}

/* A cell: counts and CSV through the registry's format; table scores in 4 digits. */
static const char *cell(double v, double colmax, const cg_measure_info *m, cli_format fmt,
                        char buf[CLI_SCORE_SIZE]) {
  if (m->kind == CG_MEASURE_SCORE && fmt == FORMAT_TABLE) return cli_format_score(v, colmax, buf);
  return cg_measure_format(m, v, 0, buf);
}

/* The rows to show, sorted and cut to --top; active_only drops entities without partners. */
static size_t pick_rows(const cg_dataset *ds, const cg_centrality_result *r, const opts *o,
                        int active_only, size_t *rows) {
  const double *partners = cg_centrality_column(r, CG_MEASURE_PARTNERS);
  size_t n = 0;
  for (size_t i = 0; i < r->n; i++)
    if (!active_only || partners[i] > 0) rows[n++] = i;
  cg_centrality_order(r, ds, (cg_measure)o->sort, rows, n);
  return o->top > 0 && (size_t)o->top < n ? (size_t)o->top : n;
}

static void json_graph(cg_json *j, const cg_centrality_result *r) {
  cg_json_key(j, "graph");
  cg_json_begin_object(j);
  cg_json_kv_int(j, "entities", (long long)r->n);
  cg_json_kv_int(j, "edges", (long long)r->nedges);
  cg_json_kv_int(j, "agreements", (long long)r->nagreements);
  cg_json_end_object(j);
  if (r->approx_sources) { /* betweenness is an estimate: say from what */
    cg_json_key(j, "approx");
    cg_json_begin_object(j);
    cg_json_kv_int(j, "sources", (long long)r->approx_sources);
    cg_json_kv_int(j, "seed", (long long)r->approx_seed);
    cg_json_end_object(j);
  }
}

/* Progress on stderr: one line rewritten in place, only on a terminal, after a second. */
typedef struct progress {
  int shown;
  time_t start;
} progress;

static void show_progress(void *ctx, size_t done, size_t total) {
  progress *p = ctx;
  if (!p->shown && time(NULL) - p->start < 1) return;
  fprintf(stderr, "\rcentrality: %3.0f%% of %zu searches",
          total ? 100.0 * (double)done / (double)total : 100.0, total);
  fflush(stderr);
  p->shown = 1;
}

static void clear_progress(progress *p) {
  if (p->shown) fprintf(stderr, "\r%*s\r", 50, "");
  p->shown = 0;
}

static void json_entities(cg_json *j, const cg_dataset *ds, const cg_centrality_result *r,
                          const opts *o, const size_t *rows, size_t n) {
  cg_json_key(j, "entities");
  cg_json_begin_array(j);
  for (size_t i = 0; i < n; i++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)r->entity[rows[i]]);
    cg_json_begin_object(j);
    cg_json_kv_string(j, "id", en->id);
    cg_json_kv_string(j, "name", en->name);
    cg_json_kv_string(j, "kind", en->kind);
    for (size_t k = 0; k < CG_NMEASURES; k++) {
      const cg_measure_info *m = cg_measure_at(k);
      if (!(o->shown & m->bit)) continue;
      if (m->kind == CG_MEASURE_COUNT)
        cg_json_kv_int(j, m->name, (long long)r->values[k][rows[i]]);
      else
        cg_json_kv_double(j, m->name, r->values[k][rows[i]]);
    }
    cg_json_end_object(j);
  }
  cg_json_end_array(j);
}

/* Table rows: [period,] id, [name, kind,] shown measures. */
static int table_rows(cli_table *t, cli_format fmt, const char *period, const cg_dataset *ds,
                      const cg_centrality_result *r, const opts *o, const size_t *rows, size_t n) {
  double colmax[CG_NMEASURES] = {0};
  for (size_t k = 0; k < CG_NMEASURES; k++)
    if (o->shown & cg_measure_at(k)->bit)
      for (size_t i = 0; i < r->n; i++)
        if (fabs(r->values[k][i]) > colmax[k]) colmax[k] = fabs(r->values[k][i]);
  for (size_t i = 0; i < n; i++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)r->entity[rows[i]]);
    const char *cells[3 + CG_NMEASURES];
    char bufs[CG_NMEASURES][CLI_SCORE_SIZE];
    size_t nc = 0;
    if (period) cells[nc++] = period;
    cells[nc++] = en->id;
    if (!period) cells[nc++] = en->name, cells[nc++] = en->kind;
    for (size_t k = 0; k < CG_NMEASURES; k++)
      if (o->shown & cg_measure_at(k)->bit)
        cells[nc++] = cell(r->values[k][rows[i]], colmax[k], cg_measure_at(k), fmt, bufs[k]);
    if (cli_table_row(t, cells)) return -1;
  }
  return 0;
}

static cli_table *new_table(const opts *o, int over_time) {
  const char *headers[3 + CG_NMEASURES];
  size_t nc = 0, first;
  if (over_time) headers[nc++] = "period";
  headers[nc++] = "id";
  if (!over_time) headers[nc++] = "name", headers[nc++] = "kind";
  first = nc;
  for (size_t k = 0; k < CG_NMEASURES; k++)
    if (o->shown & cg_measure_at(k)->bit) headers[nc++] = cg_measure_at(k)->header;
  cli_table *t = cli_table_new(nc, headers);
  for (size_t k = first; t && k < nc; k++)
    cli_table_align_right(t, k);
  if (t && !over_time) {
    cli_table_may_cut(t, 1); /* the name */
    /* With many measures no cutting makes room: the kind goes, then the name (ids stay). */
    cli_table_may_hide(t, 2);
    cli_table_may_hide(t, 1);
  }
  if (t && over_time && !o->picked) {
    /* Every measure with period and id does not fit 100 columns. The ones a
     * reader misses least go first, never the sort measure: closeness
     * (harmonic is its form for the disconnected early periods), then
     * agreements (partners and strength remain). --measure picks. */
    static const unsigned order[] = {CG_MEASURE_CLOSENESS, CG_MEASURE_AGREEMENTS};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
      if (!(o->shown & order[i]) || o->sort == order[i]) continue;
      size_t col = first;
      for (size_t k = 0; k < CG_NMEASURES && cg_measure_at(k)->bit != order[i]; k++)
        if (o->shown & cg_measure_at(k)->bit) col++;
      cli_table_may_hide(t, col);
    }
  }
  return t;
}

static cg_status run_now(cli *c, const cg_filter *f, const opts *o, unsigned mask, cg_buf *out,
                         char *msg, size_t msg_size) {
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_centrality_result r = {0};
  cg_centrality_options ro = o->run;
  progress pr = {0, time(NULL)};
  ro.measures = mask;
  ro.raw = o->raw;
  if (!c->quiet && isatty(STDERR_FILENO)) {
    ro.progress = show_progress;
    ro.progress_ctx = &pr;
  }
  cg_status st = cg_view_new(&v, c->ds, f);
  if (!st) st = cg_pgraph_new(&g, v);
  if (!st) st = cg_centrality_run(&r, g, &ro, msg, msg_size);
  clear_progress(&pr);
  size_t *rows = st ? NULL : malloc((r.n + 1) * sizeof *rows);
  if (!st && !rows) st = CG_ERR_NOMEM;
  if (!st) {
    cli_filter_notes(c, v);
    if (r.approx_sources && !o->run.approx && !c->quiet)
      fprintf(stderr,
              "note: betweenness estimated from %zu sampled sources (seed %lu): %zu entities x "
              "%zu edges is above --approx-above %.0f; --exact for exact values\n",
              r.approx_sources, r.approx_seed, r.n, r.nedges, o->run.approx_above);
    size_t n = pick_rows(c->ds, &r, o, 0, rows);
    if (c->format == FORMAT_JSON) {
      cg_json j;
      cg_json_init(&j, out, 1);
      cg_json_begin_object(&j);
      json_graph(&j, &r);
      json_entities(&j, c->ds, &r, o, rows, n);
      cg_json_end_object(&j);
    } else {
      cli_table *t = new_table(o, 0);
      if (!t || table_rows(t, c->format, NULL, c->ds, &r, o, rows, n)) out->failed = 1;
      if (t) cli_table_render(t, c, out);
      cli_table_free(t);
    }
  }
  free(rows);
  cg_centrality_result_free(&r);
  cg_pgraph_free(g);
  cg_view_free(v);
  return st;
}

static cg_status run_over_time(cli *c, const cg_filter *f, const opts *o, unsigned mask,
                               cg_buf *out) {
  cg_over_time_options ot = {o->by, o->window, mask};
  cg_centrality_series s;
  cg_status st = cg_centrality_over_time(&s, c->ds, f, &ot);
  if (st) return st;
  size_t most = 1;
  for (size_t p = 0; p < s.nperiods; p++)
    if (s.periods[p].c.n > most) most = s.periods[p].c.n;
  size_t *rows = malloc(most * sizeof *rows);
  cli_table *t = c->format == FORMAT_JSON ? NULL : new_table(o, 1);
  if (!rows || (c->format != FORMAT_JSON && !t)) st = CG_ERR_NOMEM;
  cg_json j;
  if (!st && c->format == FORMAT_JSON) {
    cg_json_init(&j, out, 1);
    cg_json_begin_object(&j);
    cg_json_kv_string(&j, "by", o->by == CG_PERIOD_DECADE ? "decade" : "year");
    cg_json_key(&j, "window");
    if (o->window)
      cg_json_int(&j, o->window);
    else
      cg_json_null(&j);
    cg_json_key(&j, "periods");
    cg_json_begin_array(&j);
  }
  for (size_t p = 0; !st && p < s.nperiods; p++) {
    const cg_period_centrality *pc = &s.periods[p];
    size_t n = pick_rows(c->ds, &pc->c, o, 1, rows);
    if (c->format == FORMAT_JSON) {
      cg_json_begin_object(&j);
      cg_json_kv_string(&j, "period", pc->label);
      json_graph(&j, &pc->c);
      json_entities(&j, c->ds, &pc->c, o, rows, n);
      cg_json_end_object(&j);
    } else if (table_rows(t, c->format, pc->label, c->ds, &pc->c, o, rows, n))
      st = CG_ERR_NOMEM;
  }
  if (!st && c->format == FORMAT_JSON) {
    cg_json_end_array(&j);
    cg_json_end_object(&j);
  } else if (!st)
    cli_table_render(t, c, out);
  cli_table_free(t);
  free(rows);
  cg_centrality_series_free(&s);
  return st;
}

/* --over-time --svg: the network at several dates on one layout. */
static int run_growth(cli *c, const cg_filter *f, const opts *o, const cli_figure *fig) {
  cg_growth_options go = CG_GROWTH_OPTIONS_INIT;
  go.by = o->by;
  go.window = o->window;
  go.size_by = (cg_measure)o->size_by;
  go.responsive = fig->responsive;
  go.id_prefix = fig->id_prefix;
  go.transparent = fig->transparent;
  cg_buf out = CG_BUF_INIT;
  char msg[CG_MSG_SIZE] = "";
  cg_growth_info info;
  cg_status st = cg_render_growth_info(c->ds, f, &go, &out, &info, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "centrality: cannot draw the figure: %s", msg[0] ? msg : cg_status_string(st));
    status = EXIT_DATA;
  } else {
    if (!c->quiet && info.straight_panels)
      fprintf(stderr,
              "note: edges drawn straight, some through nodes they do not join, in %zu of %zu "
              "panels: a figure routes at most %d partner pairs around nodes in reasonable time "
              "(narrow with filters or --window)\n",
              info.straight_panels, info.panels, CG_RENDER_ROUTE_MAX_EDGES);
    status = cli_figure_emit(c, fig, &out);
  }
  cg_buf_free(&out);
  return status;
}

/* --svg without --over-time: the top entities by the sort measure as a bar chart. */
static int run_chart(cli *c, const cg_filter *f, const opts *o, const cli_figure *fig) {
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_centrality_result r = {0};
  cg_centrality_options ro = o->run;
  ro.measures = o->sort | CG_MEASURE_PARTNERS;
  ro.raw = o->raw;
  cg_chart_options co = cli_chart_options(fig, o->top > 0 ? (size_t)o->top : 0);
  cg_buf out = CG_BUF_INIT;
  char msg[512] = "";
  cg_status st = cg_view_new(&v, c->ds, f);
  if (!st) st = cg_pgraph_new(&g, v);
  if (!st) st = cg_centrality_run(&r, g, &ro, msg, sizeof msg);
  if (!st) {
    cli_filter_notes(c, v);
    st = cg_chart_centrality(c->ds, &r, o->sort, &co, &out, msg, sizeof msg);
  }
  int status;
  if (st) {
    cli_error(c, "centrality: cannot draw the chart: %s", msg[0] ? msg : cg_status_string(st));
    status = EXIT_DATA;
  } else
    status = cli_figure_emit(c, fig, &out);
  cg_buf_free(&out);
  cg_centrality_result_free(&r);
  cg_pgraph_free(g);
  cg_view_free(v);
  return status;
}

enum {
  OPT_MEASURE = OPT_FIRST_FREE,
  OPT_TOP,
  OPT_SORT,
  OPT_OVER_TIME,
  OPT_BY,
  OPT_WINDOW,
  OPT_SIZE_BY,
  OPT_RAW,
  OPT_JOBS,
  OPT_APPROX,
  OPT_EXACT,
  OPT_SEED,
  OPT_APPROX_ABOVE
};

#define MEASURE_NAMES CLI_MEASURES /* the library's registry */

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_MEASURE, "measure", 0, CLI_LIST, "M[,M...]",
            "columns to show (default all): {measure-names}", MEASURE_NAMES),
    CLI_OPT(OPT_SORT, "sort", 0, CLI_LIST, "M",
            "sort by this measure, largest first, ties by id\n"
            "(default: pagerank, or the last measure shown)",
            MEASURE_NAMES),
    CLI_OPT(OPT_TOP, "top", 0, CLI_UINT, "N",
            "only the first N entities (per period with --over-time)", NULL, NULL, 1, 1000000),
    CLI_OPT(OPT_OVER_TIME, "over-time", 0, CLI_FLAG, NULL,
            "one graph per period, as of its end: rows are\n"
            "period, id, measures, for entities with partners then"),
    CLI_OPT(OPT_BY, "by", 0, CLI_CHOICE, "year|decade",
            "period length with --over-time (default year)", "year decade", "period"),
    CLI_OPT(OPT_WINDOW, "window", 0, CLI_UINT, "N",
            "only agreements dated in the last N periods\n"
            "(default: all since the first, cumulative)",
            NULL, NULL, 1, 1000000),
    CLI_OPT(CLI_FIGURE_SVG, "svg", 0, CLI_FLAG, NULL,
            "an SVG: the top entities (--top, default 15) by\n"
            "the --sort measure as a ranked bar chart with\n"
            "values; with --over-time the network at up to 6\n"
            "evenly spaced periods (always the last), two\n"
            "panels a row, on one layout, edges routed around\n"
            "nodes panel by panel up to 800 partner pairs in all"),
    CLI_FIGURE_OPTIONS,
    CLI_OPT(OPT_SIZE_BY, "size-by", 0, CLI_LIST, "M",
            "with --svg: measure sizing the nodes (default pagerank)", MEASURE_NAMES),
    CLI_OPT(OPT_RAW, "raw", 0, CLI_FLAG, NULL,
            "betweenness as the number of shortest paths, not\n"
            "normalised (as Gephi gives it)"),
    CLI_OPT(OPT_JOBS, "jobs", 0, CLI_UINT, "N",
            "worker processes for betweenness, closeness and\n"
            "harmonic (default: the CPUs when the graph is big\n"
            "enough to pay, else 1); the same results for any N",
            NULL, NULL, 1, CG_MAX_JOBS),
    CLI_OPT(OPT_APPROX, "approx", 0, CLI_UINT, "K",
            "betweenness estimated from K sampled sources, rescaled\n"
            "by n/K (closeness and harmonic stay exact)",
            NULL, NULL, 1, 1000000000),
    CLI_OPT(OPT_SEED, "seed", 0, CLI_UINT, "S",
            "seed of the sample (default 42): same seed, same output", NULL, NULL, 0, 4294967295u),
    CLI_OPT(OPT_EXACT, "exact", 0, CLI_FLAG, NULL, "exact betweenness even above --approx-above"),
    CLI_OPT(OPT_APPROX_ABOVE, "approx-above", 0, CLI_UINT, "W",
            "estimate betweenness from 1000 sources by itself\n"
            "when entities x edges > W (default 2000000000, about\n"
            "a minute of exact betweenness on one core; 0 = never),\n"
            "with a note on stderr",
            NULL, NULL, 0, 1000000000000000000u),
    {0}};

static int cmd_centrality(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_centrality;
  cli_filter cf;
  cli_filter_init(&cf);
  cg_centrality_options run = CG_CENTRALITY_OPTIONS_INIT;
  opts o = {CG_MEASURE_ALL, 0, 0, 0, CG_PERIOD_YEAR, 0, 0, CG_MEASURE_PAGERANK, run, 0, 0};
  o.run.jobs = 0; /* as many as pays */
  o.run.approx_above = CG_APPROX_ABOVE_DEFAULT;
  const char *measures = NULL, *sort = NULL, *by = NULL, *size_by = NULL;
  cli_figure fig = {0, 0, 0, NULL, NULL};
  unsigned long long window = 0;
  int opt, exact = 0, scale_opts = 0;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == OPT_JOBS || opt == OPT_APPROX || opt == OPT_EXACT || opt == OPT_SEED ||
        opt == OPT_APPROX_ABOVE)
      scale_opts = 1;
    if (opt == OPT_JOBS)
      o.run.jobs = (unsigned)val.u;
    else if (opt == OPT_APPROX)
      o.run.approx = (size_t)val.u;
    else if (opt == OPT_EXACT)
      exact = 1;
    else if (opt == OPT_SEED)
      o.run.seed = (unsigned long)val.u;
    else if (opt == OPT_APPROX_ABOVE)
      o.run.approx_above = (double)val.u;
    else if (opt == OPT_MEASURE)
      measures = val.arg;
    else if (opt == OPT_SORT)
      sort = val.arg;
    else if (opt == OPT_BY)
      by = val.arg;
    else if (opt == OPT_OVER_TIME)
      o.over_time = 1;
    else if (cli_figure_option(&fig, opt, val.arg))
      o.svg = fig.svg;
    else if (opt == OPT_RAW)
      o.raw = 1;
    else if (opt == OPT_SIZE_BY)
      size_by = val.arg;
    else if (opt == OPT_TOP)
      o.top = (long)val.u;
    else if (opt == OPT_WINDOW)
      window = val.u;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (measures && parse_measures(c, measures, &o.shown)) return EXIT_USAGE;
  o.picked = measures != NULL;
  if (sort && measure_bit(c, "--sort", sort, strlen(sort), &o.sort)) return EXIT_USAGE;
  if (size_by && measure_bit(c, "--size-by", size_by, strlen(size_by), &o.size_by))
    return EXIT_USAGE;
  if ((by || window) && !o.over_time)
    return cli_usage_error(c, cmd, "--by and --window need --over-time");
  if (cli_figure_finish(c, cmd, &fig)) return EXIT_USAGE;
  if (o.raw && o.over_time) return cli_usage_error(c, cmd, "--raw cannot be used with --over-time");
  if (size_by && !(o.svg && o.over_time))
    return cli_usage_error(c, cmd, "--size-by needs --over-time --svg");
  if (o.over_time && cf.as_of)
    return cli_usage_error(c, cmd, "--as-of cannot be used with --over-time");
  if (exact && o.run.approx)
    return cli_usage_error(c, cmd, "--approx and --exact exclude each other");
  if (o.over_time && scale_opts)
    return cli_usage_error(c, cmd,
                           "--jobs, --approx, --exact, --seed and --approx-above do not apply "
                           "to --over-time");
  if (exact) o.run.approx_above = 0;
  o.by = by && strcmp(by, "decade") == 0 ? CG_PERIOD_DECADE : CG_PERIOD_YEAR;
  o.window = (unsigned)window;
  if (!o.sort) /* pagerank when shown, else the last measure shown */
    for (size_t k = 0; k < CG_NMEASURES; k++)
      if (o.shown & cg_measure_at(k)->bit) o.sort = cg_measure_at(k)->bit;
  if (cli_load(c, 0)) return EXIT_DATA;
  int status = cli_filter_finish(c, cmd, &cf);
  if (status == EXIT_OK && o.svg && o.over_time)
    status = run_growth(c, &cf.f, &o, &fig);
  else if (status == EXIT_OK && o.svg)
    status = run_chart(c, &cf.f, &o, &fig);
  else if (status == EXIT_OK) {
    cg_buf out = CG_BUF_INIT;
    unsigned mask = o.shown | o.sort | CG_MEASURE_PARTNERS;
    char msg[CG_MSG_SIZE] = "";
    cg_status st = o.over_time ? run_over_time(c, &cf.f, &o, mask, &out)
                               : run_now(c, &cf.f, &o, mask, &out, msg, sizeof msg);
    if (st) {
      cli_error(c, "centrality: %s", msg[0] ? msg : cg_status_string(st));
      status = EXIT_DATA;
    } else
      status = cli_emit(c, &out);
    cg_buf_free(&out);
  }
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_centrality = {
    .name = "centrality",
    .run = cmd_centrality,
    .summary = "who is central: degree, strength, betweenness, ...",
    .options = OPTIONS,
    .filters = 1,
    .text = "Measures (NetworkX's definitions on the weighted partnership graph):\n"
            "{measures}\n"
            "Tables show 4 significant digits (a value below 1e-12 of the column maximum\n"
            "as 0; equal values to 12 significant digits are ties, sorted by id); CSV and\n"
            "JSON give full precision. Tables fit 100 columns: the plain table leaves out\n"
            "kind, then name, when needed; an --over-time table closeness, then agreements\n"
            "(not the sort measure, nor measures given with --measure); --wide shows all.\n"
            "JSON: {\"graph\": {\"entities\", \"edges\", \"agreements\"}, \"entities\": [{\"id\", "
            "\"name\",\n"
            "\"kind\", and the measures shown}]}, and \"approx\": {\"sources\", \"seed\"} after\n"
            "\"graph\" when betweenness was estimated; with --over-time: {\"by\", \"window\"\n"
            "(null when cumulative), \"periods\": [{\"period\", \"graph\", \"entities\"}]}.\n"
            "On a terminal, long computations show their progress on stderr (not with "
            "-q).\n"};
