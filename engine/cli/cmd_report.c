/*
 * cmd_report.c - `coopgraph report OUTDIR`: writes the report of the network
 * (index.html, report.md, figures as SVG and DOT, tables as CSV) into a
 * directory through the library's writer (all files or none, each to a
 * temporary name first), never touching files that are not its own.
 */
#include "cli.h"

#include <coopgraph/report.h>

#include <stdlib.h>
#include <string.h>

enum { OPT_FORCE = OPT_FIRST_FREE };

/* Room for the report's files and those earlier versions wrote. */
#define MAX_OURS (2 * CG_REPORT_MAX_FILES + 1)

/*
 * Where the report may go: a missing OUTDIR is created; one that holds
 * files no version of the report writes is refused unless force.
 */
static cg_dir_options report_dir(int force, const char *ours[MAX_OURS]) {
  size_t n = 0;
  for (size_t i = 0; n < CG_REPORT_MAX_FILES && cg_report_file_name(i); i++)
    ours[n++] = cg_report_file_name(i);
  for (size_t i = 0; n + 1 < MAX_OURS && cg_report_old_file_name(i); i++)
    ours[n++] = cg_report_old_file_name(i);
  ours[n] = NULL;
  cg_dir_options o = {force ? CG_DIR_FORCE : CG_DIR_OURS, 0, ours, "the report"};
  return o;
}

static const cli_option OPTIONS[] = {CLI_OPT(OPT_FORCE, "force", 0, CLI_FLAG, NULL,
                                             "write into OUTDIR even when it holds other files\n"
                                             "(only the report's own files are replaced; nothing\n"
                                             "is ever deleted)"),
                                     {0}};

static int cmd_report(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_report;
  cli_filter cf;
  cli_filter_init(&cf);
  int force = 0, opt, status;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == OPT_FORCE)
      force = 1;
    else
      cli_filter_option(&cf, opt, val.arg);
  }
  if (opt < 0) {
    cli_filter_free(&cf);
    return EXIT_USAGE;
  }
  if (optind >= argc || optind + 1 < argc) {
    cli_filter_free(&cf);
    return optind >= argc ? cli_usage_error(c, cmd, "missing OUTDIR")
                          : cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 1]);
  }
  const char *dir = argv[optind];
  if (!*dir) {
    cli_filter_free(&cf);
    return cli_usage_error(c, cmd, "OUTDIR must not be empty");
  }
  cg_view *v = NULL;
  cg_report r;
  memset(&r, 0, sizeof r);
  if ((status = cli_load(c, 0)) != EXIT_OK) goto done;
  if ((status = cli_filter_finish(c, cmd, &cf)) != EXIT_OK) goto done;
  const char *ours[MAX_OURS];
  cg_dir_options where = report_dir(force, ours);
  char msg[CG_MSG_SIZE] = "";
  if (cg_write_check_dir(dir, &where, NULL, 0, msg, sizeof msg)) { /* before the work */
    cli_error(c, "%s", msg);
    status = EXIT_DATA;
    goto done;
  }
  if (cg_view_new(&v, c->ds, &cf.f)) {
    cli_error(c, "out of memory");
    status = EXIT_DATA;
    goto done;
  }
  cli_filter_notes(c, v);
  if (cg_report_build(&r, v, msg, sizeof msg)) {
    cli_error(c, "report: %s", msg);
    status = EXIT_DATA;
    goto done;
  }
  const char *names[CG_REPORT_MAX_FILES];
  const cg_buf *data[CG_REPORT_MAX_FILES];
  for (size_t i = 0; i < r.nfiles; i++) {
    names[i] = r.files[i].name;
    data[i] = &r.files[i].data;
  }
  if (cg_write_files(dir, &where, names, data, r.nfiles, msg, sizeof msg)) {
    cli_error(c, "%s", msg);
    status = EXIT_DATA;
  }
  if (status == EXIT_OK && !c->quiet)
    fprintf(stderr, "note: wrote %zu files to '%s'\n", r.nfiles, dir);
done:
  cg_report_free(&r);
  cg_view_free(v);
  cli_filter_free(&cf);
  return status;
}

const cli_command cli_report = {
    .name = "report",
    .run = cmd_report,
    .summary = "write a report of the network into a directory",
    .operands = "OUTDIR",
    .options = OPTIONS,
    .filters = 1,
    .args = "  OUTDIR                 the directory to write into (created when missing)\n",
    .text = "Writes index.html, one self-contained page that works offline (inline SVG\n"
            "and CSS, no external resources): the whole network, the ego network of the most\n"
            "central entity (highest PageRank), the centrality table, every entity's top 5\n"
            "partners, and the agreements along time. The network can be explored as with\n"
            "`coopgraph explore` (one small inline script; without JavaScript the page is\n"
            "the same report, figures and tables). Beside it: report.md (the same as\n"
            "Markdown), each figure as .svg and .dot (network, ego, timeline) and each\n"
            "table as .csv (centrality, partners). Each file is written atomically; the\n"
            "same data gives the same bytes.\n"
            "Refuses (exit status 1) an OUTDIR that holds files the report does not\n"
            "write, unless --force.\n"};
