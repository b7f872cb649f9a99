/*
 * cmd_import.c - `coopgraph import FORMAT FILE OUTDIR`: turns data in
 * another format into a dataset directory. The only format so far is
 * `edgelist`, a CSV edge list or treaty list; the format word leaves room
 * for others (GEXF, GraphML, ...).
 */
#include "cli.h"

#include <coopgraph/import.h>

#include <stdlib.h>
#include <string.h>

enum {
  OPT_SOURCE = OPT_FIRST_FREE,
  OPT_TARGET,
  OPT_PARTIES,
  OPT_SEPARATOR,
  OPT_ITYPE,
  OPT_TYPE_VALUE,
  OPT_DATE,
  OPT_END,
  OPT_WEIGHT,
  OPT_TITLE,
  OPT_ID,
  OPT_REFERENCE,
  OPT_REFERENCE_VALUE,
  OPT_KIND_VALUE,
  OPT_NODES,
  OPT_NODE_ID,
  OPT_NODE_NAME,
  OPT_NODE_KIND,
  OPT_IFORCE
};

#define MAX_NODE_NAMES 8

/* One character, or "\t" for a tab. 0 when it is not one character. */
static char parse_separator(const char *s) {
  if (strcmp(s, "\\t") == 0) return '\t';
  return s[0] && !s[1] ? s[0] : 0;
}

/* Prints the import's diagnostics: errors always, warnings unless quiet. */
static void print_diags(const cli *c, const cli_command *cmd, const cg_diags *d) {
  char line[2048];
  for (size_t i = 0; i < cg_diags_kept(d); i++) {
    const cg_diag *dg = cg_diags_get(d, i);
    if (dg->severity != CG_SEV_ERROR && c->quiet) continue;
    if (dg->path)
      fprintf(stderr, "%s\n", cg_diag_format(dg, line, sizeof line));
    else
      fprintf(stderr, "%s %s: %s\n", c->prog, cmd->name, dg->message);
  }
  size_t shown = 0;
  for (size_t i = 0; i < cg_diags_kept(d); i++)
    shown += cg_diags_get(d, i)->severity == CG_SEV_ERROR;
  if (cg_diags_errors(d) > shown)
    fprintf(stderr, "... and %zu more errors\n", cg_diags_errors(d) - shown);
}

static const cli_option OPTIONS[] = {
    CLI_OPT(OPT_SOURCE, "source", 0, CLI_TEXT, "COL", "the first party of each row (an edge list)"),
    CLI_OPT(OPT_TARGET, "target", 0, CLI_TEXT, "COL", "the second party of each row"),
    CLI_OPT(OPT_PARTIES, "parties", 0, CLI_TEXT, "COL",
            "or: a list of two or more parties per row"),
    CLI_OPT(OPT_SEPARATOR, "separator", 0, CLI_TEXT, "C",
            "between parties in --parties (default ';'; '\\t' = tab)"),
    CLI_OPT(OPT_ITYPE, "type", 0, CLI_TEXT, "COL",
            "agreement type (made an identifier: lower case, '_')"),
    CLI_OPT(OPT_DATE, "date", 0, CLI_TEXT, "COL", "signature date: YYYY, YYYY-MM or YYYY-MM-DD"),
    CLI_OPT(OPT_END, "end", 0, CLI_TEXT, "COL", "end date, the same way"),
    CLI_OPT(OPT_WEIGHT, "weight", 0, CLI_TEXT, "COL",
            "a whole number w: the row gives w agreements"),
    CLI_OPT(OPT_TITLE, "title", 0, CLI_TEXT, "COL", "copied to title"),
    CLI_OPT(OPT_ID, "id", 0, CLI_TEXT, "COL", "agreement id (default a<N> for the N-th data row)"),
    CLI_OPT(OPT_REFERENCE, "reference", 0, CLI_TEXT, "COL", "copied to source"),
    CLI_OPT(OPT_TYPE_VALUE, "type-value", 0, CLI_TEXT, "T",
            "type of rows without one (default edge)"),
    CLI_OPT(OPT_REFERENCE_VALUE, "reference-value", 0, CLI_TEXT, "S",
            "source of rows without one (default: FILE's name)"),
    CLI_OPT(OPT_KIND_VALUE, "kind-value", 0, CLI_TEXT, "K",
            "kind of the entities (default entity)"),
    CLI_OPT(OPT_NODES, "nodes", 0, CLI_FILE, "FILE",
            "a CSV node table, e.g. Gephi's nodes export (edge ends\n"
            "are node ids, names come from the table)"),
    CLI_OPT(OPT_NODE_ID, "node-id", 0, CLI_TEXT, "COL", "its id column (required with --nodes)"),
    CLI_OPT(OPT_NODE_NAME, "node-name", 0, CLI_TEXT, "COL",
            "its name column; repeat to join several with \", \""),
    CLI_OPT(OPT_NODE_KIND, "node-kind", 0, CLI_TEXT, "COL",
            "its kind column (default: --kind-value)"),
    CLI_OPT(OPT_IFORCE, "force", 0, CLI_FLAG, NULL,
            "write into OUTDIR even when it holds files (they are\n"
            "kept)"),
    {0}};

static int cmd_import(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_import;
  cg_import_options o = CG_IMPORT_OPTIONS_INIT;
  const char *node_names[MAX_NODE_NAMES];
  int opt;
  cli_value val;
  const char *opt_value = NULL;
  /* Options may come before, between or after FORMAT FILE OUTDIR. */
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0) {
    opt_value = val.arg;
    switch (opt) {
    case OPT_SOURCE:
      o.source = opt_value;
      break;
    case OPT_TARGET:
      o.target = opt_value;
      break;
    case OPT_PARTIES:
      o.parties = opt_value;
      break;
    case OPT_SEPARATOR:
      if (!(o.separator = parse_separator(opt_value)) || o.separator == '"')
        return cli_usage_error(c, cmd,
                               "--separator needs one character other than '\"' (such as '|' or "
                               "';'), or '\\t' for a tab, not '%s'",
                               opt_value);
      break;
    case OPT_ITYPE:
      o.type = opt_value;
      break;
    case OPT_TYPE_VALUE:
      o.type_value = opt_value;
      break;
    case OPT_DATE:
      o.date = opt_value;
      break;
    case OPT_END:
      o.end = opt_value;
      break;
    case OPT_WEIGHT:
      o.weight = opt_value;
      break;
    case OPT_TITLE:
      o.title = opt_value;
      break;
    case OPT_ID:
      o.id = opt_value;
      break;
    case OPT_REFERENCE:
      o.reference = opt_value;
      break;
    case OPT_REFERENCE_VALUE:
      o.reference_value = opt_value;
      break;
    case OPT_KIND_VALUE:
      o.kind_value = opt_value;
      break;
    case OPT_NODES:
      o.nodes = opt_value;
      break;
    case OPT_NODE_ID:
      o.node_id = opt_value;
      break;
    case OPT_NODE_NAME:
      if (o.nnode_names == MAX_NODE_NAMES)
        return cli_usage_error(c, cmd, "at most %d --node-name columns", MAX_NODE_NAMES);
      node_names[o.nnode_names++] = opt_value;
      break;
    case OPT_NODE_KIND:
      o.node_kind = opt_value;
      break;
    case OPT_IFORCE:
      o.force = 1;
      break;
    }
  }
  if (opt < 0) return EXIT_USAGE;
  o.node_names = node_names;
  if (optind >= argc) return cli_usage_error(c, cmd, "no format given (expected edgelist)");
  if (strcmp(argv[optind], "edgelist") != 0)
    return cli_unknown_value(c, cmd, "format", NULL, argv[optind], "edgelist");
  if (optind + 1 >= argc) return cli_usage_error(c, cmd, "no input file given");
  if (optind + 2 >= argc) return cli_usage_error(c, cmd, "no output directory given");
  if (optind + 3 < argc)
    return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind + 3]);
  if (o.separator && !o.parties) return cli_usage_error(c, cmd, "--separator needs --parties");
  const char *in = argv[optind + 1], *out = argv[optind + 2];

  cg_diags *d = cg_diags_new(100);
  if (!d) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  cg_import_stats s;
  cg_status st = cg_import_edgelist(&o, in, out, &s, d);
  int status = EXIT_OK;
  if (st == CG_ERR_ARG) {
    const cg_diag *dg = cg_diags_kept(d) ? cg_diags_get(d, 0) : NULL;
    status = cli_usage_error(c, cmd, "%s", dg ? dg->message : "invalid options");
  } else {
    print_diags(c, cmd, d);
    for (size_t i = 0; i < CG_IMPORT_NISSUES && !c->quiet; i++)
      if (s.issues[i])
        fprintf(stderr, "%s %s: %s: %zu (%s)\n", c->prog, cmd->name,
                cg_import_issue_name((cg_import_issue)i), s.issues[i],
                cg_import_issue_action((cg_import_issue)i));
    if (st) {
      if (st == CG_ERR_NOMEM) cli_error(c, "out of memory");
      status = EXIT_DATA;
    } else if (!c->quiet) {
      fprintf(stderr,
              "%s %s: %zu of %zu rows used; wrote %zu entit%s, %zu agreement%s and %zu type%s "
              "to '%s'\n",
              c->prog, cmd->name, s.rows_used, s.rows, s.entities, s.entities == 1 ? "y" : "ies",
              s.agreements, s.agreements == 1 ? "" : "s", s.types, s.types == 1 ? "" : "s", out);
    }
  }
  cg_diags_free(d);
  return status;
}

const cli_command cli_import = {
    .name = "import",
    .run = cmd_import,
    .summary = "turn a CSV edge list or treaty list into a dataset",
    .operands = "edgelist FILE OUTDIR",
    .options = OPTIONS,
    .args = "  edgelist               the format of FILE: a CSV table with a header, one row\n"
            "                         per edge (--source and --target) or per agreement\n"
            "                         (--parties)\n"
            "  FILE                   the CSV file to read\n"
            "  OUTDIR                 the dataset directory to write\n",
    .text = "Reads FILE, a CSV file with a header, and writes OUTDIR/entities.csv,\n"
            "agreements.csv and types.csv (each to a temporary name, then renamed). OUTDIR\n"
            "is created when missing and must be empty unless --force. COL is a header name\n"
            "(case ignored) or a 1-based column number.\n\n"
            "Entities are the names seen, trimmed; the same name is the same entity, and its\n"
            "id is the name made safe ([A-Za-z0-9_.-], a clash gets -2, -3, ...). Rows that\n"
            "cannot be used are skipped and counted by reason, with the first 3 of each as\n"
            "FILE:line:column warnings: empty names, self-loops, fewer than two distinct\n"
            "parties, weights that are not whole numbers from 1 to 1000000. Repaired and\n"
            "counted: repeated parties (dropped), bad dates (kept undated), bad or early end\n"
            "dates (dropped), empty types (default type), repeated ids (suffixed).\n"
            "Exit status 1 when FILE cannot be read, a column does not exist, or no row is\n"
            "usable.\n"};
