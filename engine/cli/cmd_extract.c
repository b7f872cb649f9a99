/*
 * cmd_extract.c - `coopgraph extract -o OUTDIR ARTICLE...`: proposes
 * agreements and entities from articles for review (extract.h), written to
 * OUTDIR/agreements.csv and OUTDIR/entities.csv.
 */
#define _POSIX_C_SOURCE 200809L

#include "cli.h"

#include <coopgraph/article.h>
#include <coopgraph/extract.h>
#include <coopgraph/writer.h>

#include <stdlib.h>
#include <string.h>

enum { OPT_EFORCE = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {
    {.id = 'o', "output", 'o', CLI_FILE, "OUTDIR", "where to write (created when missing)"},
    {.id = OPT_EFORCE, "force", 0, CLI_FLAG, NULL,
     "overwrite proposals already in OUTDIR (which may\nhold a review)"},
    {0}};

static int by_path(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The files extract writes into OUTDIR, in the order they are written. */
static const char *const OUT_FILES[] = {"entities.csv", "agreements.csv"};

static int cmd_extract(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_extract;
  const char *outdir = NULL;
  int force = 0, opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    if (opt == 'o')
      outdir = val.arg;
    else if (opt == OPT_EFORCE)
      force = 1;
  }
  if (opt < 0) return EXIT_USAGE;
  if (!outdir) return cli_usage_error(c, cmd, "no output directory given (-o OUTDIR)");
  if (optind >= argc) return cli_usage_error(c, cmd, "no article given");
  int status = cli_load(c, 0);
  if (status) return status;

  /* A review already in OUTDIR is kept unless --force: checked before the work. */
  cg_dir_options where = {force ? CG_DIR_FORCE : CG_DIR_NO_CLOBBER, 1, NULL, "proposals"};
  char msg[CG_MSG_SIZE] = "";
  if (cg_write_check_dir(outdir, &where, OUT_FILES, 2, msg, sizeof msg)) {
    cli_error(c, "%s", msg);
    return EXIT_DATA;
  }

  /* Articles in path order: the same files give the same bytes however they were listed. */
  size_t n = (size_t)(argc - optind);
  const char **paths = malloc(n * sizeof *paths);
  cg_diags *d = cg_diags_new(100);
  cg_extractor *x = NULL;
  cg_status st = (paths && d) ? cg_extractor_new(&x, c->ds) : CG_ERR_NOMEM;
  if (st) {
    cli_error(c, "%s", st == CG_ERR_NOMEM ? "out of memory" : "cannot start ICU");
    free(paths);
    cg_diags_free(d);
    return EXIT_DATA;
  }
  for (size_t i = 0; i < n; i++)
    paths[i] = argv[optind + (int)i];
  qsort(paths, n, sizeof *paths, by_path);
  int failed = 0;
  for (size_t i = 0; i < n && st != CG_ERR_NOMEM; i++) {
    cg_article *a = NULL;
    st = cg_article_read(&a, paths[i], NULL, 0, CG_ARTICLE_AUTO, c->load_opts.max_file, d);
    if (!st) st = cg_extractor_add(x, a);
    failed |= st != CG_OK;
    cg_article_free(a);
  }
  char line[2048];
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    fprintf(stderr, "%s\n", cg_diag_format(cg_diags_get(d, i), line, sizeof line));
  if (st == CG_ERR_NOMEM || st == CG_ERR_INTERNAL)
    cli_error(c, "%s", st == CG_ERR_NOMEM ? "out of memory" : "ICU failed");
  if (!failed) {
    cg_buf ag = CG_BUF_INIT, en = CG_BUF_INIT;
    if (cg_extractor_write(x, &ag, &en)) {
      cli_error(c, "out of memory");
      failed = 1;
    } else {
      const cg_buf *data[2] = {&en, &ag};
      if (cg_write_files(outdir, &where, OUT_FILES, data, 2, msg, sizeof msg)) {
        cli_error(c, "%s", msg);
        failed = 1;
      }
    }
    cg_buf_free(&ag);
    cg_buf_free(&en);
    if (!failed && !c->quiet) {
      size_t np = cg_extractor_nproposals(x), known = 0;
      for (size_t i = 0; i < np; i++)
        known += strncmp(cg_extractor_proposal(x, i)->status, "known:", 6) == 0;
      size_t ne = cg_extractor_nentities(x);
      fprintf(stderr,
              "%s %s: %zu article%s: %zu proposed agreement%s (%zu new, %zu known), %zu proposed "
              "entit%s in '%s'\n",
              c->prog, cmd->name, n, n == 1 ? "" : "s", np, np == 1 ? "" : "s", np - known,
              known, ne, ne == 1 ? "y" : "ies", outdir);
    }
  }
  cg_extractor_free(x);
  cg_diags_free(d);
  free(paths);
  return failed ? EXIT_DATA : EXIT_OK;
}

const cli_command cli_extract = {
    .name = "extract",
    .run = cmd_extract,
    .summary = "propose agreements and entities from news articles, for review",
    .operands = "-o OUTDIR ARTICLE...",
    .options = OPTIONS,
    .args = "  ARTICLE                a news article or press release: plain text,\n"
            "                         Markdown (.md), or HTML (.html, .htm, or by content)\n",
    .text =
    "Writes OUTDIR/agreements.csv and OUTDIR/entities.csv: candidate agreements in\n"
    "the dataset's schema plus confidence, evidence (the sentence), line, status\n"
    "(new, or known:ID when the dataset already has the same parties, type and a\n"
    "compatible date), modality (planned, past) and date_basis, and candidate new\n"
    "entities. Fill the accept column (yes/no), then run merge.\n"
    "Header lines 'Source: URL' and 'Date: YYYY-MM-DD' at the top of a text file\n"
    "give the publication date; otherwise a dateline near the top does. Types\n"
    "come from the cues column of the dataset's types.csv, or built-in cues.\n"
    "The same articles give byte-identical output, whatever their order.\n"};
