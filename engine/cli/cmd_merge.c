/*
 * cmd_merge.c - `coopgraph merge OUTDIR [-d DATASET] [--all]`: appends the
 * accepted proposals of an extract directory to a CSV dataset, after
 * validating them (merge.h); the dataset's existing bytes are kept.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <coopgraph/merge.h>
#include <coopgraph/writer.h>

#include <string.h>
#include <sys/stat.h>

enum { OPT_ALL = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {
    {.id = OPT_ALL, "all", 0, CLI_FLAG, NULL, "take every row whose accept column is not no"},
    {0}};

static int cmd_merge(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_merge;
  int all = 0, opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0)
    if (opt == OPT_ALL) all = 1;
  if (opt < 0) return EXIT_USAGE;
  if (optind >= argc) return cli_usage_error(c, cmd, "no extract directory given (OUTDIR)");
  if (optind + 1 < argc)
    return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 1]);
  const char *outdir = argv[optind];
  if (!c->data_path) {
    cli_error(c,
              "merge will not change the embedded default dataset; copy it first with "
              "'coopgraph export --to csv DIR', then run 'coopgraph -d DIR merge %s'",
              outdir);
    return EXIT_DATA;
  }
  struct stat sb;
  if (stat(c->data_path, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
    cli_error(c, "merge needs a CSV dataset directory; '%s' is not one", c->data_path);
    return EXIT_DATA;
  }
  int status = cli_load(c, 0);
  if (status) return status;
  cg_diags *d = cg_diags_new(100);
  if (!d) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  cg_buf ents = CG_BUF_INIT, agrs = CG_BUF_INIT;
  cg_merge_stats s;
  cg_status st = cg_merge_prepare(c->ds, c->data_path, outdir, all, &ents, &agrs, &s, d);
  char line[2048];
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    fprintf(stderr, "%s\n", cg_diag_format(cg_diags_get(d, i), line, sizeof line));
  if (cg_diags_errors(d) > cg_diags_kept(d))
    fprintf(stderr, "... and %zu more errors\n", cg_diags_errors(d) - cg_diags_kept(d));
  if (st) {
    if (st == CG_ERR_NOMEM) cli_error(c, "out of memory");
    cli_error(c, "nothing merged; '%s' is unchanged", c->data_path);
    status = EXIT_DATA;
  } else if (s.entities + s.agreements == 0) {
    if (!c->quiet)
      fprintf(stderr,
              "%s %s: no row is accepted in '%s' (write yes in the accept column, or use "
              "--all); '%s' is unchanged\n",
              c->prog, cmd->name, outdir, c->data_path);
  } else {
    /* The one dataset writer: existing bytes kept, all files renamed only once all are written. */
    const cg_buf *const rows[CG_NTABLES] = {&ents, &agrs, NULL};
    char msg[CG_MSG_SIZE] = "";
    if (cg_write_append(c->data_path, rows, msg, sizeof msg)) {
      cli_error(c, "%s", msg);
      status = EXIT_DATA;
    }
    if (!status && !c->quiet)
      fprintf(stderr, "%s %s: added %zu agreement%s and %zu entit%s to '%s'\n", c->prog,
              cmd->name, s.agreements, s.agreements == 1 ? "" : "s", s.entities,
              s.entities == 1 ? "y" : "ies", c->data_path);
  }
  cg_buf_free(&ents);
  cg_buf_free(&agrs);
  cg_diags_free(d);
  return status;
}

const cli_command cli_merge = {
    .name = "merge",
    .run = cmd_merge,
    .summary = "add the accepted proposals of extract to a dataset",
    .operands = "OUTDIR",
    .options = OPTIONS,
    .args = "  OUTDIR                 a directory written by extract, reviewed\n",
    .text =
    "Takes the rows of OUTDIR/agreements.csv and OUTDIR/entities.csv whose accept\n"
    "column says yes (yes, y, x, 1, true), checks them against the dataset of -d\n"
    "(ids unused, dates valid, types declared, parties known or accepted in\n"
    "entities.csv) and appends them to its entities.csv and agreements.csv, each\n"
    "rewritten through a temporary file; the existing bytes are kept as they are.\n"
    "Any problem is reported as OUTDIR/FILE:line:column and nothing is written.\n"
    "The dataset must be a CSV directory: the embedded default is refused (copy it\n"
    "with 'coopgraph export --to csv DIR').\n"};
