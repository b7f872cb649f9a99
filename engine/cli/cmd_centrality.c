/*
 * cmd_centrality.c - `coopgraph centrality`: who is central in the
 * partnership graph (degree, strength, betweenness, closeness, harmonic,
 * eigenvector, PageRank), now or period by period.
 */
#include "cli.h"

#include <coopgraph/analysis.h>
#include <coopgraph/charts.h>
#include <coopgraph/growth.h>

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
  int svg;                   /* --svg: small multiples of the network (with --over-time) */
  unsigned size_by;          /* --size-by: measure bit sizing the nodes */
  cg_centrality_options run; /* --jobs, --approx, --exact, --seed, --approx-above */
} opts;

static size_t edit_distance(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b), row[40];
  if (lb >= 40) return lb;
  for (size_t j = 0; j <= lb; j++)
    row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best) best = up + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  return row[lb];
}

/* A measure name to its bit; on a miss reports a usage error (with a suggestion). */
static int measure_bit(cli *c, const char *opt, const char *name, size_t len, unsigned *bit) {
  char buf[64];
  if (len >= sizeof buf) len = sizeof buf - 1;
  memcpy(buf, name, len);
  buf[len] = '\0';
  if ((*bit = cg_measure_from_name(buf)) != 0) return 0;
  size_t best = 0, dist = (size_t)-1;
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    size_t d = edit_distance(buf, cg_measure_name(k));
    if (d < dist) dist = d, best = k;
  }
  if (dist <= 3)
    cli_usage_error(c, &cli_centrality, "unknown measure '%s' for %s; did you mean '%s'?", buf, opt,
                    cg_measure_name(best));
  else
    cli_usage_error(c, &cli_centrality, "unknown measure '%s' for %s", buf, opt);
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

/* Full precision, shortest form that reads back (as JSON and Python write). */
static const char *full(double v, char buf[32]) {
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(buf, 32, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) break;
  }
  return buf;
}

static const char *cell(double v, size_t k, cli_format fmt, char buf[32]) {
  if (k < 3)
    snprintf(buf, 32, "%.0f", v); /* counts */
  else if (fmt == FORMAT_TABLE)
    snprintf(buf, 32, "%.6g", v);
  else
    full(v, buf);
  return buf;
}

/* Sorting rows of one result: by the sort measure, descending, then by id. */
static const cg_centrality_result *sort_r;
static const cg_dataset *sort_ds;
static size_t sort_k;

static int by_measure(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
  double x = sort_r->values[sort_k][a], y = sort_r->values[sort_k][b];
  if (x != y) return x > y ? -1 : 1;
  return strcmp(cg_dataset_entity(sort_ds, (size_t)sort_r->entity[a])->id,
                cg_dataset_entity(sort_ds, (size_t)sort_r->entity[b])->id);
}

/* The rows to show, sorted and cut to --top; active_only drops entities without partners. */
static size_t pick_rows(const cg_dataset *ds, const cg_centrality_result *r, const opts *o,
                        int active_only, size_t *rows) {
  size_t n = 0;
  for (size_t i = 0; i < r->n; i++)
    if (!active_only || r->values[0][i] > 0) rows[n++] = i;
  sort_r = r;
  sort_ds = ds;
  sort_k = 0;
  while ((1u << sort_k) != o->sort)
    sort_k++;
  qsort(rows, n, sizeof *rows, by_measure);
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
      if (!(o->shown & (1u << k))) continue;
      if (k < 2)
        cg_json_kv_int(j, cg_measure_name(k), (long long)r->values[k][rows[i]]);
      else
        cg_json_kv_double(j, cg_measure_name(k), r->values[k][rows[i]]);
    }
    cg_json_end_object(j);
  }
  cg_json_end_array(j);
}

/* Table rows: [period,] id, [name, kind,] shown measures. */
static int table_rows(cli_table *t, cli_format fmt, const char *period, const cg_dataset *ds,
                      const cg_centrality_result *r, const opts *o, const size_t *rows, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const cg_entity *en = cg_dataset_entity(ds, (size_t)r->entity[rows[i]]);
    const char *cells[3 + CG_NMEASURES];
    char bufs[CG_NMEASURES][32];
    size_t nc = 0;
    if (period) cells[nc++] = period;
    cells[nc++] = en->id;
    if (!period) cells[nc++] = en->name, cells[nc++] = en->kind;
    for (size_t k = 0; k < CG_NMEASURES; k++)
      if (o->shown & (1u << k)) cells[nc++] = cell(r->values[k][rows[i]], k, fmt, bufs[k]);
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
    if (o->shown & (1u << k)) headers[nc++] = cg_measure_name(k);
  cli_table *t = cli_table_new(nc, headers);
  for (size_t k = first; t && k < nc; k++)
    cli_table_align_right(t, k);
  return t;
}

/* --raw: betweenness as a count of shortest paths (as Gephi gives it), not normalised. */
static int raw_betweenness;

static cg_status run_now(cli *c, const cg_filter *f, const opts *o, unsigned mask, cg_buf *out,
                         char *msg, size_t msg_size) {
  cg_view *v = NULL;
  cg_pgraph *g = NULL;
  cg_centrality_result r = {0};
  cg_centrality_options ro = o->run;
  progress pr = {0, time(NULL)};
  ro.measures = mask;
  ro.raw = raw_betweenness;
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
      if (t) cli_table_render(t, c->format, out);
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
    cli_table_render(t, c->format, out);
  cli_table_free(t);
  free(rows);
  cg_centrality_series_free(&s);
  return st;
}

/* --over-time --svg: the network at several dates on one layout. */
static int run_growth(cli *c, const cg_filter *f, const opts *o, const cli_figure *fig) {
  cg_growth_options go = CG_GROWTH_OPTIONS_INIT;
  go.responsive = fig->responsive;
  go.id_prefix = fig->id_prefix;
  go.by = o->by;
  go.window = o->window;
  go.size_by = (cg_measure)o->size_by;
  cg_buf out = CG_BUF_INIT;
  char msg[256] = "";
  cg_status st = cg_render_growth(c->ds, f, &go, &out, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "centrality: cannot draw the figure: %s", msg[0] ? msg : cg_status_string(st));
    status = EXIT_DATA;
  } else
    status = cli_figure_emit(c, fig, &out);
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
  ro.raw = raw_betweenness;
  cg_chart_options co = CG_CHART_OPTIONS_INIT;
  co.top = o->top > 0 ? (size_t)o->top : 0;
  co.responsive = fig->responsive;
  co.transparent = fig->transparent;
  co.id_prefix = fig->id_prefix;
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
  OPT_JOBS,
  OPT_APPROX,
  OPT_EXACT,
  OPT_SEED,
  OPT_APPROX_ABOVE
};

static int parse_count(cli *c, const char *opt, const char *arg, long *out) {
  char *end;
  long v = strtol(arg, &end, 10);
  if (!*arg || *end || v < 1 || v > 1000000)
    return cli_usage_error(c, &cli_centrality, "%s needs a positive whole number, not '%s'", opt,
                           arg);
  *out = v;
  return 0;
}

static int cmd_centrality(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_centrality;
  static const struct option longopts[] = {
      {"measure", required_argument, NULL, OPT_MEASURE},
      {"top", required_argument, NULL, OPT_TOP},
      {"sort", required_argument, NULL, OPT_SORT},
      {"over-time", no_argument, NULL, OPT_OVER_TIME},
      {"by", required_argument, NULL, OPT_BY},
      {"window", required_argument, NULL, OPT_WINDOW},
      CLI_FIGURE_LONGOPTS,
      {"size-by", required_argument, NULL, OPT_SIZE_BY},
      {"raw", no_argument, &raw_betweenness, 1},
      {"jobs", required_argument, NULL, OPT_JOBS},
      {"approx", required_argument, NULL, OPT_APPROX},
      {"exact", no_argument, NULL, OPT_EXACT},
      {"seed", required_argument, NULL, OPT_SEED},
      {"approx-above", required_argument, NULL, OPT_APPROX_ABOVE},
      CLI_FILTER_LONGOPTS,
      {NULL, 0, NULL, 0}};
  cli_filter cf;
  cli_filter_init(&cf);
  cg_centrality_options run = CG_CENTRALITY_OPTIONS_INIT;
  opts o = {CG_MEASURE_ALL, 0, 0, 0, CG_PERIOD_YEAR, 0, 0, CG_MEASURE_PAGERANK, run};
  o.run.jobs = 0; /* as many as pays */
  o.run.approx_above = CG_APPROX_ABOVE_DEFAULT;
  const char *measures = NULL, *sort = NULL, *by = NULL, *size_by = NULL;
  long window = 0;
  int opt, exact = 0, scale_opts = 0;
  unsigned long long v;
  cli_figure fig = {0, 0, 0, NULL, NULL};
  while ((opt = getopt_long(argc, argv, "+o:", longopts, NULL)) != -1) {
    if (opt == 0) /* --raw, stored by getopt_long */
      continue;
    if (opt == OPT_JOBS || opt == OPT_APPROX || opt == OPT_EXACT || opt == OPT_SEED ||
        opt == OPT_APPROX_ABOVE)
      scale_opts = 1;
    if (opt == OPT_JOBS) {
      if (cli_parse_uint(optarg, 1, CG_MAX_JOBS, &v))
        return cli_usage_error(c, cmd, "--jobs needs a whole number from 1 to %d", CG_MAX_JOBS);
      o.run.jobs = (unsigned)v;
    } else if (opt == OPT_APPROX) {
      if (cli_parse_uint(optarg, 1, 1000000000, &v))
        return cli_usage_error(c, cmd,
                               "--approx needs a whole number of sources from 1 to "
                               "1000000000");
      o.run.approx = (size_t)v;
    } else if (opt == OPT_EXACT)
      exact = 1;
    else if (opt == OPT_SEED) {
      if (cli_parse_uint(optarg, 0, 4294967295u, &v))
        return cli_usage_error(c, cmd, "--seed needs a whole number from 0 to 4294967295");
      o.run.seed = (unsigned long)v;
    } else if (opt == OPT_APPROX_ABOVE) {
      if (cli_parse_uint(optarg, 0, 1000000000000000000u, &v))
        return cli_usage_error(c, cmd,
                               "--approx-above needs a whole number (entities x edges; "
                               "0 = never)");
      o.run.approx_above = (double)v;
    } else if (opt == OPT_MEASURE)
      measures = optarg;
    else if (opt == OPT_SORT)
      sort = optarg;
    else if (opt == OPT_BY)
      by = optarg;
    else if (opt == OPT_OVER_TIME)
      o.over_time = 1;
    else if (cli_figure_option(&fig, opt, optarg))
      o.svg = fig.svg;
    else if (opt == OPT_SIZE_BY)
      size_by = optarg;
    else if (opt == OPT_TOP) {
      if (parse_count(c, "--top", optarg, &o.top)) return EXIT_USAGE;
    } else if (opt == OPT_WINDOW) {
      if (parse_count(c, "--window", optarg, &window)) return EXIT_USAGE;
    } else if (!cli_filter_option(&cf, opt, optarg))
      return cli_usage_error(c, cmd, "unknown option '%s'", argv[optind - 1]);
  }
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (measures && parse_measures(c, measures, &o.shown)) return EXIT_USAGE;
  if (sort && measure_bit(c, "--sort", sort, strlen(sort), &o.sort)) return EXIT_USAGE;
  if (by && strcmp(by, "year") && strcmp(by, "decade"))
    return cli_usage_error(c, cmd, "unknown --by '%s' (expected year or decade)", by);
  if (size_by && measure_bit(c, "--size-by", size_by, strlen(size_by), &o.size_by))
    return EXIT_USAGE;
  if ((by || window) && !o.over_time)
    return cli_usage_error(c, cmd, "--by and --window need --over-time");
  if (cli_figure_finish(c, cmd, &fig)) return EXIT_USAGE;
  if (raw_betweenness && o.over_time)
    return cli_usage_error(c, cmd, "--raw cannot be used with --over-time");
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
      if (o.shown & (1u << k)) o.sort = 1u << k;
  if (cli_load(c, 0)) return EXIT_DATA;
  int status = cli_filter_finish(c, cmd, &cf);
  if (status == EXIT_OK && o.svg && o.over_time)
    status = run_growth(c, &cf.f, &o, &fig);
  else if (status == EXIT_OK && o.svg)
    status = run_chart(c, &cf.f, &o, &fig);
  else if (status == EXIT_OK) {
    cg_buf out = CG_BUF_INIT;
    unsigned mask = o.shown | o.sort | CG_MEASURE_PARTNERS;
    char msg[512] = "";
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
    "centrality", cmd_centrality, "who is central: degree, strength, betweenness, ...",
    "Options:\n"
    "  --measure M[,M...]     columns to show (default all): partners, agreements,\n"
    "                         strength, betweenness, closeness, harmonic,\n"
    "                         eigenvector, pagerank\n"
    "  --sort M               sort by this measure, largest first, ties by id\n"
    "                         (default: pagerank, or the last measure shown)\n"
    "  --top N                only the first N entities (per period with --over-time)\n"
    "  --over-time            one graph per period, as of its end: rows are\n"
    "                         period, id, measures, for entities with partners then\n"
    "  --by year|decade       period length with --over-time (default year)\n"
    "  --window N             only agreements dated in the last N periods\n"
    "                         (default: all since the first, cumulative)\n"
    "  --svg                  an SVG (stdout): the top entities (--top, default 15) by\n"
    "                         the --sort measure as a ranked bar chart with values;\n"
    "                         with --over-time the network at up to 6 evenly spaced\n"
    "                         periods (always the last), two panels a row, all on\n"
    "                         the same layout; -o FILE, --responsive, --id-prefix P\n"
    "                         and --transparent as for `partners --svg`\n"
    "  --size-by M            with --svg: measure sizing the nodes (default pagerank)\n"
    "  --jobs N               worker processes for betweenness, closeness and harmonic\n"
    "                         (default: the CPUs when the graph is big enough to pay,\n"
    "                         else 1); the results are the same for any N\n"
    "  --approx K             betweenness estimated from K sampled sources, rescaled\n"
    "                         by n/K (closeness and harmonic stay exact)\n"
    "  --seed S               seed of the sample (default 42): same seed, same output\n"
    "  --exact                exact betweenness even above --approx-above\n"
    "  --approx-above W       estimate betweenness from 1000 sources by itself when\n"
    "                         entities x edges > W (default 2000000000, about a minute\n"
    "                         of exact betweenness on one core; 0 = never), with a\n"
    "                         note on stderr\n"
    "Measures (NetworkX's definitions on the weighted partnership graph):\n"
    "  partners               distinct partners (degree)\n"
    "  agreements             agreements the entity is a party to\n"
    "  strength               sum of edge weights (agreements shared with each partner)\n"
    "  betweenness            share of shortest paths through it (unweighted, normalised;\n"
    "                         --raw: the number of them, not normalised, as Gephi gives it)\n"
    "  closeness              inverse mean distance, Wasserman-Faust for disconnected\n"
    "                         graphs (unweighted)\n"
    "  harmonic               sum of 1/distance to the others (unweighted)\n"
    "  eigenvector            weighted eigenvector centrality, Euclidean norm 1\n"
    "  pagerank               weighted PageRank, damping 0.85\n"
    "Table output rounds to 6 significant digits; CSV and JSON give full precision.\n"
    "JSON: {\"graph\": {\"entities\", \"edges\", \"agreements\"}, \"entities\": [{\"id\", "
    "\"name\",\n"
    "\"kind\", and the measures shown}]}, and \"approx\": {\"sources\", \"seed\"} after\n"
    "\"graph\" when betweenness was estimated; with --over-time: {\"by\", \"window\"\n"
    "(null when cumulative), \"periods\": [{\"period\", \"graph\", \"entities\"}]}.\n"
    "On a terminal, long computations show their progress on stderr (not with "
    "-q).\n" CLI_FILTER_HELP};
