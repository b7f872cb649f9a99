/*
 * cmd_report.c - `coopgraph report OUTDIR`: writes the report of the network
 * (index.html, report.md, figures as SVG and DOT, tables as CSV) into a
 * directory, each file atomically, never touching files that are not its own.
 */
#include "cli.h"

#include <coopgraph/report.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

enum { OPT_FORCE = OPT_FIRST_FREE };

static int is_report_file(const char *name) {
  for (size_t i = 0; cg_report_file_name(i); i++)
    if (strcmp(cg_report_file_name(i), name) == 0) return 1;
  return 0;
}

/*
 * Makes sure dir can take the report: creates it when missing; otherwise
 * finds the first (by name) entry that is not a report file, and refuses
 * unless force. Returns EXIT_OK or EXIT_DATA (reported).
 */
static int prepare_dir(cli *c, const char *dir, int force) {
  struct stat sb;
  if (stat(dir, &sb) != 0) {
    if (errno == ENOENT && mkdir(dir, 0777) == 0) return EXIT_OK;
    cli_error(c, "cannot create directory '%s': %s", dir, strerror(errno));
    return EXIT_DATA;
  }
  if (!S_ISDIR(sb.st_mode)) {
    cli_error(c, "'%s' exists and is not a directory", dir);
    return EXIT_DATA;
  }
  if (force) return EXIT_OK;
  DIR *d = opendir(dir);
  if (!d) {
    cli_error(c, "cannot read directory '%s': %s", dir, strerror(errno));
    return EXIT_DATA;
  }
  char *foreign = NULL;
  size_t nforeign = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) continue;
    if (is_report_file(de->d_name)) continue;
    nforeign++;
    if (!foreign || strcmp(de->d_name, foreign) < 0) {
      char *copy = malloc(strlen(de->d_name) + 1);
      if (copy) {
        strcpy(copy, de->d_name);
        free(foreign);
        foreign = copy;
      }
    }
  }
  closedir(d);
  if (!nforeign) return EXIT_OK;
  cli_error(c,
            "'%s' holds %zu file%s that the report does not write (such as '%s'); "
            "use --force to write the report into it anyway (other files are kept)",
            dir, nforeign, nforeign == 1 ? "" : "s", foreign ? foreign : "?");
  free(foreign);
  return EXIT_DATA;
}


static const cli_option OPTIONS[] = {
    {.id = OPT_FORCE, "force", 0, CLI_FLAG, NULL,
     "write into OUTDIR even when it holds other files\n"
     "(only the report's own files are replaced; nothing\n"
     "is ever deleted)"},
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
  if ((status = prepare_dir(c, dir, force)) != EXIT_OK) goto done;
  char msg[512] = "";
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
  for (size_t i = 0; status == EXIT_OK && i < r.nfiles; i++)
    status = cli_write_atomic(c, dir, r.files[i].name, &r.files[i].data);
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
    .text =
    "Writes index.html, one self-contained page that works offline (inline SVG\n"
    "and CSS, no scripts): the whole network, the ego network of the most central\n"
    "entity (highest PageRank), the centrality table, every entity's top 5\n"
    "partners, and the agreements along time. Beside it: report.md (the same as\n"
    "Markdown), each figure as .svg and .dot (network, ego, timeline) and each\n"
    "table as .csv (centrality, partners). Each file is written atomically; the\n"
    "same data gives the same bytes.\n"
    "Refuses (exit status 1) an OUTDIR that holds files the report does not\n"
    "write, unless --force.\n"};
