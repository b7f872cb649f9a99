/*
 * cli.h - what every coopgraph subcommand shares: the parsed global options,
 * the dataset loader with its diagnostics, output formats, and the common
 * analysis filters.
 */
#ifndef COOPGRAPH_CLI_H
#define COOPGRAPH_CLI_H

#include <coopgraph/coopgraph.h>
#include <coopgraph/filter.h>
#include <coopgraph/query.h>

#include <getopt.h>
#include <stdio.h>

/* Exit statuses: the public contract. */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

typedef enum cli_format { FORMAT_TABLE = 0, FORMAT_CSV, FORMAT_JSON } cli_format;

typedef struct cli {
  const char *prog;      /* "coopgraph" */
  const char *data_path; /* -d PATH; NULL = the embedded default dataset */
  cli_format format;
  int quiet;                 /* --quiet: no progress, no notes */
  int warnings;              /* --warnings: show the dataset's warnings (check always does) */
  cg_load_options load_opts; /* --max-file, --max-field, ...; 0 = the library's default */
  cg_dataset *ds;
} cli;

typedef struct cli_command {
  const char *name;
  int (*run)(cli *c, int argc, char **argv);
  const char *summary;
  const char *usage; /* full --help text after the usage line */
} cli_command;

/*
 * The subcommands, one file each (cmd_NAME.c), each defining its cli_command
 * with its own help text; main.c lists them in order.
 */
extern const cli_command cli_check, cli_summary, cli_entities, cli_agreements, cli_partners,
    cli_history, cli_timeline, cli_centrality, cli_communities, cli_dot, cli_svg, cli_report,
    cli_generate;
extern const cli_command cli_import;
extern const cli_command cli_export;
extern const cli_command *const cli_commands[];

/*
 * The drawing commands share one option parser and pipeline (cmd_dot.c):
 * `dot` writes DOT (image 0), `svg` renders an image (image 1).
 */
int cli_draw(cli *c, const cli_command *cmd, int argc, char **argv, int image);

/*
 * Loads the dataset named by the global options (once) and prints its
 * errors, and warnings when asked, to stderr. Returns EXIT_OK and sets c->ds,
 * or EXIT_DATA.
 */
int cli_load(cli *c, int show_warnings);
/*
 * Writes data to dir/name (dir NULL: to name) through a temporary name
 * beside it, then rename, so a failed run leaves no partial file. Prints
 * the error; returns EXIT_OK or EXIT_DATA.
 */
int cli_write_atomic(cli *c, const char *dir, const char *name, const cg_buf *data);
/* The same, collecting into the caller's diags (for `check --format json`). */
int cli_load_with(cli *c, cg_diags *d, int show_warnings);

/* Agreements in listings: a JSON object with the documented keys, a table row. */
#include "core/json_internal.h"
void cli_json_agreement(cg_json *j, const cg_dataset *ds, size_t a);
extern const char *const CLI_AGREEMENT_HEADERS[7];
/* Fills 7 cells; `scratch` holds the joined parties until the next call. */
void cli_agreement_cells(const cg_dataset *ds, size_t a, char dates[2][11], cg_buf *scratch,
                         const char *cells[7]);
/*
 * The options of every command that draws a figure with --svg (timeline,
 * history, partners, centrality), declared once: put CLI_FIGURE_LONGOPTS
 * in the option table and "o:" in the short options, pass each option to
 * cli_figure_option, then check with cli_figure_finish.
 */
typedef struct cli_figure {
  int svg, responsive, transparent;
  const char *output;    /* -o FILE; NULL = stdout */
  const char *id_prefix; /* NULL = none */
} cli_figure;
enum { OPT_FIG_SVG = 1500, OPT_FIG_RESPONSIVE, OPT_FIG_ID_PREFIX, OPT_FIG_TRANSPARENT };
#define CLI_FIGURE_LONGOPTS                                                                        \
  {"svg", no_argument, NULL, OPT_FIG_SVG}, {"output", required_argument, NULL, 'o'},              \
      {"responsive", no_argument, NULL, OPT_FIG_RESPONSIVE},                                       \
      {"id-prefix", required_argument, NULL, OPT_FIG_ID_PREFIX}, {                                 \
    "transparent", no_argument, NULL, OPT_FIG_TRANSPARENT                                          \
  }
#define CLI_FIGURE_HELP                                                                            \
  "  -o, --output FILE      with --svg: write the SVG to FILE (atomically), not stdout\n"          \
  "  --responsive           with --svg: width=\"100%\" (the viewBox keeps the shape)\n"           \
  "  --id-prefix P          with --svg: prefix every id, for several figures on a page\n"          \
  "  --transparent          with --svg: no white background\n"
/* 1 when opt was a figure option (stored), 0 when it is not one. */
int cli_figure_option(cli_figure *f, int opt, const char *arg);
/* Checks the options go with --svg and the prefix is valid; EXIT_OK or EXIT_USAGE. */
int cli_figure_finish(cli *c, const cli_command *cmd, const cli_figure *f);
/* 1 when an --id-prefix value is usable as the start of an XML id. */
int cli_id_prefix_ok(const char *prefix);
/* Writes a figure to -o FILE or stdout; returns an exit status. */
int cli_figure_emit(cli *c, const cli_figure *f, const cg_buf *svg);

/*
 * `--svg` of timeline and history: draws agreements[0..n) of v (all in view
 * when NULL) as a timeline SVG (by year or decade, with title when not
 * NULL) to -o FILE or stdout. Returns an exit status.
 */
int cli_timeline_svg(cli *c, const cg_view *v, const int32_t *agreements, size_t n,
                     cg_timeline_by by, const char *title, const cli_figure *fig);
/*
 * Parses a whole number written with digits only (no sign, no spaces), in
 * [min, max]. Returns 0 and sets *out, or -1. Every numeric option uses it,
 * so all accept and refuse the same spellings.
 */
int cli_parse_uint(const char *s, unsigned long long min, unsigned long long max,
                   unsigned long long *out);
/* Writes key: "YYYY-MM-DD" as written, or key: null for an unknown date. */
void cli_json_date(cg_json *j, const char *key, cg_date d);

/* Prints "coopgraph: message" to stderr. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
void cli_error(const cli *c, const char *fmt, ...);

/*
 * Prints "coopgraph COMMAND: message", the command's usage line and a hint to
 * stderr; returns EXIT_USAGE, for `return cli_usage_error(...)`.
 */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int cli_usage_error(const cli *c, const cli_command *cmd, const char *fmt, ...);

/* Prints a command's --help to stdout; returns EXIT_OK. */
int cli_help(const cli *c, const cli_command *cmd);
const cli_command *cli_find_command(const char *name);

/*
 * Resolves an entity named on the command line (id, name or alias, any
 * case). On a miss prints "unknown entity 'X'; did you mean 'Y'?" and
 * returns -1.
 */
int32_t cli_entity(cli *c, const char *name);

/* Writes buf to stdout; returns EXIT_OK or EXIT_DATA (I/O error, reported). */
int cli_emit(cli *c, const cg_buf *buf);

/*
 * The analysis filters every analysis command accepts. Put CLI_FILTER_LONGOPTS
 * in the command's option table and call cli_filter_option for each option it
 * does not handle itself; when it returns 1 the option was a filter option.
 * After parsing, cli_filter_finish resolves names against the loaded dataset.
 */
typedef struct cli_filter {
  cg_filter f;
  const char *from, *to, *as_of, *types, *exclude_types, *kinds, *multilateral;
  int32_t *type_ids, *exclude_ids, *kind_ids;
} cli_filter;

enum {
  OPT_FROM = 1000,
  OPT_TO,
  OPT_AS_OF,
  OPT_TYPE,
  OPT_EXCLUDE_TYPE,
  OPT_KIND,
  OPT_BY_NATION,
  OPT_MULTILATERAL,
  OPT_FIRST_FREE
};

#define CLI_FILTER_LONGOPTS                                                                        \
  {"from", required_argument, NULL, OPT_FROM}, {"to", required_argument, NULL, OPT_TO},            \
      {"as-of", required_argument, NULL, OPT_AS_OF}, {"type", required_argument, NULL, OPT_TYPE},  \
      {"exclude-type", required_argument, NULL, OPT_EXCLUDE_TYPE},                                 \
      {"kind", required_argument, NULL, OPT_KIND},                                                 \
      {"by-nation", no_argument, NULL, OPT_BY_NATION}, {                                           \
    "multilateral", required_argument, NULL, OPT_MULTILATERAL                                      \
  }

#define CLI_FILTER_HELP                                                                            \
  "Filters:\n"                                                                                     \
  "  --from DATE            agreements whose date period overlaps DATE or later\n"                 \
  "  --to DATE              agreements whose date period overlaps DATE or earlier\n"               \
  "  --as-of DATE           agreements signed by DATE and not ended by then\n"                     \
  "  --type T[,T...]        only these agreement types\n"                                          \
  "  --exclude-type T[,T...]  leave out these agreement types\n"                                   \
  "  --kind K[,K...]        only entities of these kinds\n"                                        \
  "  --by-nation            count agencies and companies as their nation\n"                        \
  "  --multilateral MODE    clique (default): a k-party agreement links every pair;\n"             \
  "                         skip: leave out agreements of more than two parties\n"                 \
  "DATE is YYYY, YYYY-MM or YYYY-MM-DD; a partial date means its whole period.\n"

void cli_filter_init(cli_filter *cf);
void cli_filter_free(cli_filter *cf);
/* 1 when opt was a filter option (stored), 0 when it is not one. */
int cli_filter_option(cli_filter *cf, int opt, const char *arg);
/* Validates values against c->ds; on error prints it and returns EXIT_USAGE (bad
 * date or mode) or EXIT_DATA... see cli_filter.c. Returns EXIT_OK on success. */
int cli_filter_finish(cli *c, const cli_command *cmd, cli_filter *cf);
/* A note on stderr about agreements left out for unknown dates, when any. */
void cli_filter_notes(const cli *c, const cg_view *v);

/* Tables: a header and rows of strings, rendered as aligned text or CSV. */
typedef struct cli_table cli_table;
cli_table *cli_table_new(size_t ncols, const char *const *headers);
void cli_table_free(cli_table *t);
/* Right-align column col (numbers). */
void cli_table_align_right(cli_table *t, size_t col);
/* Adds a row of ncols strings (copied). Returns 0, or -1 when out of memory. */
int cli_table_row(cli_table *t, const char *const *cells);
/* Renders as an aligned text table (FORMAT_TABLE) or RFC 4180 CSV into out. */
void cli_table_render(const cli_table *t, cli_format fmt, cg_buf *out);
/* Display width of a UTF-8 string in terminal columns. */
size_t cli_text_width(const char *s);

#endif
