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

#include "core/error_internal.h"

#include <getopt.h>
#include <stdio.h>

/* Exit statuses: the public contract. */
enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

typedef enum cli_format { FORMAT_TABLE = 0, FORMAT_CSV, FORMAT_JSON } cli_format;

struct cli_command;

typedef struct cli {
  const char *prog;      /* "coopgraph" */
  const char *data_path; /* -d PATH; NULL = the embedded default dataset */
  cli_format format;
  int quiet;                 /* --quiet: no progress, no notes */
  int warnings;              /* --warnings: show the dataset's warnings (check always does) */
  int wide;                  /* --wide: tables show long text in full */
  cg_load_options load_opts; /* --max-file, --max-field, ...; 0 = the library's default */
  cg_dataset *ds;
  struct option *longopts; /* cli_getopt's getopt_long table, built for longopts_for */
  const struct cli_command *longopts_for;
} cli;

/*
 * What an option's value is: the parser checks whole numbers, shares and
 * choices itself (so every command accepts and refuses the same spellings
 * with the same message); the others are checked by the command. The kind
 * also tells the bash completion what to offer.
 */
typedef enum cli_kind {
  CLI_FLAG = 0, /* no value */
  CLI_TEXT,     /* any text */
  CLI_UINT,     /* a whole number in [min, max], digits only: cli_value.u */
  CLI_SHARE,    /* a decimal number from 0 to 1: cli_value.d */
  CLI_DATE,     /* YYYY, YYYY-MM or YYYY-MM-DD */
  CLI_FILE,     /* a path */
  CLI_ENTITY,   /* an entity id, name or alias */
  CLI_CHOICE,   /* one word of `choices` */
  CLI_LIST,     /* a comma list (words of `choices`, when given, checked by the command) */
  CLI_SIZE      /* a size with an optional K, M or G suffix */
} cli_kind;

/*
 * One option, declared once: the parser (getopt_long's tables), the usage
 * and --help text, the man page check and the bash completion all read it.
 * An option with a short name has that letter as its id.
 */
typedef struct cli_option {
  int id;           /* what cli_getopt returns; 0 ends a table */
  const char *name; /* long name, without "--" */
  char short_name;  /* 0: none */
  cli_kind kind;
  const char *value;           /* the value's name in help ("N", "DATE"); NULL for a flag */
  const char *help;            /* help text; each '\n' starts an indented continuation line */
  const char *choices;         /* CLI_CHOICE and CLI_LIST: the words, space separated */
  const char *what;            /* CLI_CHOICE: what a value is called in messages ("layout") */
  unsigned long long min, max; /* CLI_UINT */
} cli_option;

/*
 * One row of an option table: CLI_OPT(id, name, short_name, kind, value,
 * help[, choices, what[, min, max]]); the fields left out are 0.
 */
#define CLI_OPT(id_, ...)                                                                          \
  { .id = (id_), __VA_ARGS__ }

/* A parsed value: the text as written, and the number for CLI_UINT and CLI_SHARE. */
typedef struct cli_value {
  const char *arg;
  unsigned long long u;
  double d;
} cli_value;

typedef struct cli_command {
  const char *name;
  int (*run)(cli *c, int argc, char **argv);
  const char *summary;
  const char *operands;      /* after [OPTIONS] in the usage line: "ENTITY [ENTITY2]" */
  const cli_option *options; /* the command's own options, ending with {0} */
  int filters;               /* 1: also the shared filters (CLI_FILTER_OPTIONS) */
  const char *args;          /* the "Arguments:" section of --help, or NULL */
  const char *text;          /* the rest of --help: what it does, columns, JSON keys */
} cli_command;

/* The global options (main.c) and the shared filters (filter_opts.c), each ending with {0}. */
extern const cli_option CLI_GLOBAL_OPTIONS[];
extern const cli_option CLI_FILTER_OPTIONS[];

/*
 * The next option of a command's argv, GNU style: options and operands in
 * any order ("--" ends the options); afterwards the operands are
 * argv[optind..argc). Returns the option's id with its value in *v, 0 at
 * the end, or -1 after printing a usage error (unknown option, with "did
 * you mean"; missing value; a number, share or choice that does not parse).
 * Filter options are returned too, for cli_filter_option.
 */
int cli_getopt(cli *c, const cli_command *cmd, int argc, char **argv, cli_value *v);
/*
 * Prints "unknown WHAT 'name' for OPT; did you mean 'X'?" when one of the
 * space-separated words is close, else "... (expected a, b or c)", as a
 * usage error of cmd (NULL: a global option); returns EXIT_USAGE. opt may be
 * NULL (an operand, or a global option named by WHAT alone).
 */
int cli_unknown_value(const cli *c, const cli_command *cmd, const char *what, const char *opt,
                      const char *name, const char *words);
/* 1 when w is one of the space-separated words. */
int cli_is_word(const char *words, const char *w);
/*
 * Writes one help section of the options in table (none when empty). Long
 * options line up after "-x, " when gnu is 1, or when it is 0 and the table
 * has a short option; with -1 they start at the margin (a command's few
 * short options stand out, and the help text keeps its column).
 */
void cli_options_help(FILE *f, const char *title, const cli_option *table, int gnu);
/* `coopgraph --dump-options`: every option of every command, for the completion and the man check.
 */
void cli_dump_options(FILE *f);
/* Sorting with a context (comparators without file-scope state): cg_sort, core/sort_internal.h. */

/*
 * The subcommands, one file each (cmd_NAME.c), each defining its cli_command
 * with its own help text; main.c lists them in order.
 */
extern const cli_command cli_check, cli_summary, cli_entities, cli_agreements, cli_partners,
    cli_history, cli_timeline, cli_centrality, cli_communities, cli_dot, cli_svg, cli_report,
    cli_generate;
extern const cli_command cli_import;
extern const cli_command cli_export;
extern const cli_command cli_explore;
extern const cli_command cli_extract, cli_merge;
extern const cli_command *const cli_commands[];

/*
 * The drawing commands share one option parser and pipeline (cmd_dot.c):
 * `dot` writes DOT (image 0), `svg` renders an image (image 1).
 */
int cli_draw(cli *c, const cli_command *cmd, int argc, char **argv, int image);
enum {
  CLI_DRAW_MULTI = 1100,
  CLI_DRAW_EGO,
  CLI_DRAW_DEPTH,
  CLI_DRAW_SIZE_BY,
  CLI_DRAW_LAYOUT,
  CLI_DRAW_IMAGE,
  CLI_DRAW_RESPONSIVE,
  CLI_DRAW_ID_PREFIX,
  CLI_DRAW_TRANSPARENT,
  CLI_DRAW_DPI,
  CLI_DRAW_MAX_NODES,
  CLI_DRAW_LABELS,
  CLI_DRAW_LEGEND
};
extern const cli_option CLI_DOT_OPTIONS[], CLI_SVG_OPTIONS[];

/*
 * Loads the dataset named by the global options (once) and prints its
 * errors, and warnings when asked, to stderr. Returns EXIT_OK and sets c->ds,
 * or EXIT_DATA.
 */
int cli_load(cli *c, int show_warnings);
/*
 * Writes data to dir/name (dir NULL: to name) with the library's writer
 * (temporary name, then rename), so a failed run leaves no partial file.
 * Prints the error; returns EXIT_OK or EXIT_DATA.
 */
int cli_write_atomic(cli *c, const char *dir, const char *name, const cg_buf *data);
/* The same, collecting into the caller's diags (for `check --format json`). */
int cli_load_with(cli *c, cg_diags *d, int show_warnings);

/* Agreements in listings: a JSON object with the documented keys, a table row. */
#include "core/json_internal.h"
void cli_json_agreement(cg_json *j, const cg_dataset *ds, size_t a);
/*
 * Per-type counts as partners and timeline show them: key "types" with a JSON
 * object {TYPE: count}, or a table cell "membership 2, launch_service 1"
 * (cleared first).
 */
void cli_json_type_counts(cg_json *j, const cg_dataset *ds, const cg_type_count *tc, size_t n);
void cli_type_counts_cell(cg_buf *cell, const cg_dataset *ds, const cg_type_count *tc, size_t n);
typedef struct cli_table cli_table;
/* A table with the schema's agreement columns, its long text columns marked to cut; NULL when out
 * of memory. */
cli_table *cli_agreement_table(void);
/* Fills 7 cells; `scratch` holds the joined parties until the next call. */
void cli_agreement_cells(const cg_dataset *ds, size_t a, char dates[2][11], cg_buf *scratch,
                         const char *cells[7]);
/*
 * The options every --svg figure command (timeline, history, partners,
 * centrality) shares, declared once: CLI_FIGURE_OPTIONS goes in the
 * command's option table after its own --svg row (id CLI_FIGURE_SVG, with
 * the command's own help); cli_figure_option stores each, cli_figure_finish
 * checks them, cli_figure_emit writes the figure.
 */
typedef struct cli_figure {
  int svg, responsive, transparent;
  const char *output;    /* -o FILE; NULL = stdout */
  const char *id_prefix; /* NULL = none */
} cli_figure;
enum { CLI_FIGURE_SVG = 1200 };
#define CLI_FIGURE_OPTIONS                                                                         \
  CLI_OPT('o', "output", 'o', CLI_FILE, "FILE",                                                    \
          "with --svg: write to FILE (atomically), not stdout"),                                   \
      CLI_OPT(CLI_DRAW_RESPONSIVE, "responsive", 0, CLI_FLAG, NULL,                                \
              "with --svg: width=\"100%\" (the viewBox keeps the shape)"),                         \
      CLI_OPT(CLI_DRAW_ID_PREFIX, "id-prefix", 0, CLI_TEXT, "P",                                   \
              "with --svg: prefix every id (several figures on a page)"),                          \
      CLI_OPT(CLI_DRAW_TRANSPARENT, "transparent", 0, CLI_FLAG, NULL,                              \
              "with --svg: no white background")
/* 1 when opt was a figure option (stored), 0 when it is not one. */
int cli_figure_option(cli_figure *f, int opt, const char *arg);
/* Checks the options go with --svg and the prefix is valid; EXIT_OK or EXIT_USAGE. */
int cli_figure_finish(cli *c, const cli_command *cmd, const cli_figure *f);
/* EXIT_OK when prefix is NULL or usable as the start of an XML id; else
 * the usage message every figure command shares, and EXIT_USAGE. */
int cli_id_prefix_check(const cli *c, const cli_command *cmd, const char *prefix);
/* Writes a figure to -o FILE (atomically) or stdout; returns an exit status. */
int cli_figure_emit(cli *c, const cli_figure *f, const cg_buf *svg);
/*
 * Large networks: unless --max-nodes was given (have_max_nodes), more than
 * CG_RENDER_FILTER_ABOVE entities set ro->max_nodes to the default. Returns
 * the layout ro gets; *selected = entities the filters select, *n = drawn.
 */
cg_layout cli_pick_max_nodes(const cg_pgraph *g, cg_render_options *ro, int have_max_nodes,
                             size_t *selected, size_t *n);
/* Chart options (partners, centrality) carrying f's look, with `top` bars. */
struct cg_chart_options cli_chart_options(const cli_figure *f, size_t top);

/*
 * `--svg` of timeline and history: draws agreements[0..n) of v (all in view
 * when NULL) as a timeline SVG (by year or decade; with title when not
 * NULL) with fig's options. Returns an exit status.
 */
int cli_timeline_svg(cli *c, const cg_view *v, const int32_t *agreements, size_t n,
                     cg_timeline_by by, const char *title, const cli_figure *fig);

/* Prints "coopgraph: message" to stderr. */
CG_PRINTF(2, 3) void cli_error(const cli *c, const char *fmt, ...);

/*
 * Prints "coopgraph COMMAND: message", the command's usage line and a hint to
 * stderr; returns EXIT_USAGE, for `return cli_usage_error(...)`. With cmd
 * NULL (a global option, before any command), only "coopgraph: message".
 */
CG_PRINTF(3, 4) int cli_usage_error(const cli *c, const cli_command *cmd, const char *fmt, ...);

/*
 * Prints help text to f, starting in column indent; a '\n' in it continues
 * in that column. "{measure-names}" becomes the measure names (comma-separated,
 * wrapped at 80 columns) and a line "{measures}" one line per measure with
 * its help, from the library's measure registry (centrality.h), so that a
 * new measure shows in every help without editing the program.
 */
void cli_help_text(FILE *f, const char *text, size_t indent);
/* As an option's choices: the names of the registry's measures. */
extern const char CLI_MEASURES[];
/* The words option o accepts (space-separated): its choices, CLI_MEASURES expanded. */
const char *cli_choices(const cli_option *o);
/* The registry's measure names, space-separated ("partners agreements ..."). */
const char *cli_measure_words(void);

/* Prints a command's --help to stdout; returns EXIT_OK. */
int cli_help(const cli *c, const cli_command *cmd);
const cli_command *cli_find_command(const char *name);

/*
 * Resolves an entity named on the command line (id, name or alias, any
 * case). On a miss prints "unknown entity 'X'; did you mean 'Y'?" and
 * returns -1.
 */
int32_t cli_entity(cli *c, const char *name);

/* 1 when path ends in suffix (written in lower case), in any case, and is longer than it. */
int cli_ends_with(const char *path, const char *suffix);

/* Writes buf to stdout; returns EXIT_OK or EXIT_DATA (I/O error, reported). */
int cli_emit(cli *c, const cg_buf *buf);
/* Writes buf to path (atomically), or to stdout when path is NULL; returns an exit status. */
int cli_output(cli *c, const char *path, const cg_buf *buf);

/*
 * The analysis filters every analysis command accepts. Set `filters` in the
 * command and call cli_filter_option for each option it does not handle
 * itself; when it returns 1 the option was a filter option.
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

void cli_filter_init(cli_filter *cf);
void cli_filter_free(cli_filter *cf);
/* 1 when opt was a filter option (stored), 0 when it is not one. */
int cli_filter_option(cli_filter *cf, int opt, const char *arg);
/* 1 when a --to value is a word (the old format name of export and svg), not a date. */
int cli_to_is_format(const char *arg);
/*
 * Checks the values against c->ds (dates, types and kinds it has, with a
 * "did you mean" or the list of valid ones); returns EXIT_OK, or
 * EXIT_USAGE after printing the usage error.
 */
int cli_filter_finish(cli *c, const cli_command *cmd, cli_filter *cf);
/* A note on stderr about agreements left out for unknown dates, when any. */
void cli_filter_notes(const cli *c, const cg_view *v);

/* Tables: a header and rows of strings, rendered as aligned text or CSV. */
cli_table *cli_table_new(size_t ncols, const char *const *headers);
void cli_table_free(cli_table *t);
/* Right-align column col (numbers). */
void cli_table_align_right(cli_table *t, size_t col);
/*
 * Column col holds long text (names, titles, lists) that a text table may
 * cut with "…" so that the table fits CLI_TABLE_WIDTH columns (not with
 * --wide; CSV never cuts).
 */
void cli_table_may_cut(cli_table *t, size_t col);
/*
 * Column col may be left out of a text table that does not fit
 * CLI_TABLE_WIDTH without cutting some text below 16 columns (first marked,
 * first left out), with a note on stderr; never with --wide, never in CSV.
 */
void cli_table_may_hide(cli_table *t, size_t col);
/* The width a text table fits unless --wide: a common terminal's. */
enum { CLI_TABLE_WIDTH = 100 };
/* Adds a row of ncols strings (copied). Returns 0, or -1 when out of memory. */
int cli_table_row(cli_table *t, const char *const *cells);
/*
 * Renders as an aligned text table (c->format FORMAT_TABLE; fitted to
 * CLI_TABLE_WIDTH unless c->wide) or RFC 4180 CSV into out.
 */
void cli_table_render(const cli_table *t, const cli *c, cg_buf *out);
/*
 * A score for a text table: 4 significant digits in plain decimal notation
 * (never "4.18e-53"), trailing zeros dropped; 0 when |v| is below 1e-12 of
 * colmax, the largest |value| of its column (numerical noise, not a score).
 * Returns buf.
 */
enum { CLI_SCORE_SIZE = 64 };
const char *cli_format_score(double v, double colmax, char buf[CLI_SCORE_SIZE]);
/* Display width of a UTF-8 string in terminal columns. */
size_t cli_text_width(const char *s);

#endif
