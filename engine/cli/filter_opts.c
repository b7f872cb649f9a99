/*
 * filter_opts.c - the analysis filter options shared by every analysis and
 * drawing command: parsing, checking names against the dataset, and the
 * note about agreements left out for having no date.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const cli_option CLI_FILTER_OPTIONS[] = {
    CLI_OPT(OPT_FROM, "from", 0, CLI_DATE, "DATE",
            "agreements whose date period overlaps DATE or later"),
    CLI_OPT(OPT_TO, "to", 0, CLI_DATE, "DATE",
            "agreements whose date period overlaps DATE or earlier"),
    CLI_OPT(OPT_AS_OF, "as-of", 0, CLI_DATE, "DATE",
            "agreements signed by DATE and not ended by then"),
    CLI_OPT(OPT_TYPE, "type", 0, CLI_LIST, "T[,T...]", "only these agreement types"),
    CLI_OPT(OPT_EXCLUDE_TYPE, "exclude-type", 0, CLI_LIST, "T[,T...]",
            "leave out these agreement types"),
    CLI_OPT(OPT_KIND, "kind", 0, CLI_LIST, "K[,K...]", "only entities of these kinds"),
    CLI_OPT(OPT_BY_NATION, "by-nation", 0, CLI_FLAG, NULL,
            "count agencies and companies as their nation"),
    CLI_OPT(OPT_MULTILATERAL, "multilateral", 0, CLI_CHOICE, "MODE",
            "clique (default): a k-party agreement links every pair;\n"
            "skip: leave out agreements of more than two parties",
            "clique skip", "mode"),
    {0}};

/* `--to` once named an output format (export, svg): a format is a word, a
 * date starts with a digit. */
int cli_to_is_format(const char *arg) {
  return (*arg >= 'a' && *arg <= 'z') || (*arg >= 'A' && *arg <= 'Z');
}

void cli_filter_init(cli_filter *cf) {
  memset(cf, 0, sizeof *cf);
  cg_filter_init(&cf->f);
}

void cli_filter_free(cli_filter *cf) {
  free(cf->type_ids);
  free(cf->exclude_ids);
  free(cf->kind_ids);
}

int cli_filter_option(cli_filter *cf, int opt, const char *arg) {
  switch (opt) {
  case OPT_FROM:
    cf->from = arg;
    return 1;
  case OPT_TO:
    cf->to = arg;
    return 1;
  case OPT_AS_OF:
    cf->as_of = arg;
    return 1;
  case OPT_TYPE:
    cf->types = arg;
    return 1;
  case OPT_EXCLUDE_TYPE:
    cf->exclude_types = arg;
    return 1;
  case OPT_KIND:
    cf->kinds = arg;
    return 1;
  case OPT_BY_NATION:
    cf->f.by_nation = 1;
    return 1;
  case OPT_MULTILATERAL:
    cf->multilateral = arg;
    return 1;
  default:
    return 0;
  }
}

static int parse_date_opt(cli *c, const cli_command *cmd, const char *opt, const char *arg,
                          cg_date *out) {
  if (!arg) return 0;
  char msg[128];
  if (cg_date_parse(arg, strlen(arg), out, msg, sizeof msg, NULL) == 0 && cg_date_known(*out))
    return 0;
  if (!arg[0]) snprintf(msg, sizeof msg, "empty date");
  cli_usage_error(c, cmd, "invalid date '%s' for %s: %s", arg, opt, msg);
  return -1;
}

/*
 * An unknown type or kind: "did you mean" when one is close, else the list
 * of what the dataset has (declared types only, when types.csv declares any).
 */
static void unknown_name(cli *c, const cli_command *cmd, const char *opt, const char *name,
                         int kinds) {
  cg_buf words = CG_BUF_INIT;
  const cg_dataset *ds = c->ds;
  if (kinds) {
    for (size_t k = 0; k < cg_dataset_nkinds(ds); k++)
      cg_buf_printf(&words, "%s%s", k ? " " : "", cg_dataset_kind(ds, k));
  } else {
    int declared = 0;
    for (size_t k = 0; k < cg_dataset_ntypes(ds); k++)
      declared |= cg_dataset_type(ds, k)->declared;
    for (size_t k = 0, n = 0; k < cg_dataset_ntypes(ds); k++)
      if (cg_dataset_type(ds, k)->declared || !declared)
        cg_buf_printf(&words, "%s%s", n++ ? " " : "", cg_dataset_type(ds, k)->id);
  }
  if (cg_buf_status(&words))
    cli_error(c, "out of memory");
  else
    cli_unknown_value(c, cmd, kinds ? "kind" : "type", opt, name, cg_buf_str(&words));
  cg_buf_free(&words);
}

/*
 * Splits a comma list and resolves each name with `find`; an unknown name is
 * a usage error with a suggestion. Returns 0, or -1 after reporting.
 */
static int resolve_list(cli *c, const cli_command *cmd, const char *opt, const char *list,
                        int kinds, int32_t **out, size_t *count) {
  size_t n = 1;
  for (const char *p = list; *p; p++)
    n += *p == ',';
  *out = malloc(n * sizeof **out);
  if (!*out) {
    cli_error(c, "out of memory");
    return -1;
  }
  *count = 0;
  const char *p = list;
  for (;;) {
    const char *q = strchr(p, ',');
    size_t len = q ? (size_t)(q - p) : strlen(p);
    char name[256];
    if (len && len < sizeof name) {
      memcpy(name, p, len);
      name[len] = '\0';
      int32_t id = kinds ? cg_dataset_find_kind(c->ds, name) : cg_dataset_find_type(c->ds, name);
      if (id < 0) {
        unknown_name(c, cmd, opt, name, kinds);
        return -1;
      }
      (*out)[(*count)++] = id;
    } else if (len) {
      cli_usage_error(c, cmd, "name too long in %s", opt);
      return -1;
    }
    if (!q) break;
    p = q + 1;
  }
  return 0;
}

int cli_filter_finish(cli *c, const cli_command *cmd, cli_filter *cf) {
  if (parse_date_opt(c, cmd, "--from", cf->from, &cf->f.from) ||
      parse_date_opt(c, cmd, "--to", cf->to, &cf->f.to) ||
      parse_date_opt(c, cmd, "--as-of", cf->as_of, &cf->f.as_of))
    return EXIT_USAGE;
  if (cg_date_known(cf->f.from) && cg_date_known(cf->f.to) &&
      cg_date_end_day(cf->f.to) <= cg_date_first_day(cf->f.from))
    return cli_usage_error(c, cmd, "--to %s is before --from %s", cf->to, cf->from);
  if (cf->multilateral) /* "clique" or "skip": its CLI_CHOICE row refused any other word */
    cf->f.multilateral = strcmp(cf->multilateral, "skip") == 0 ? CG_MULTI_SKIP : CG_MULTI_CLIQUE;
  if (cf->types) {
    if (resolve_list(c, cmd, "--type", cf->types, 0, &cf->type_ids, &cf->f.ntypes))
      return EXIT_USAGE;
    cf->f.types = cf->type_ids;
  }
  if (cf->exclude_types) {
    if (resolve_list(c, cmd, "--exclude-type", cf->exclude_types, 0, &cf->exclude_ids,
                     &cf->f.nexclude_types))
      return EXIT_USAGE;
    cf->f.exclude_types = cf->exclude_ids;
  }
  if (cf->kinds) {
    if (resolve_list(c, cmd, "--kind", cf->kinds, 1, &cf->kind_ids, &cf->f.nkinds))
      return EXIT_USAGE;
    cf->f.kinds = cf->kind_ids;
  }
  return EXIT_OK;
}

void cli_filter_notes(const cli *c, const cg_view *v) {
  if (c->quiet) return;
  size_t n = cg_view_undated_excluded(v);
  if (n)
    fprintf(stderr, "note: %zu agreement%s without a date left out by the date filter\n", n,
            n == 1 ? "" : "s");
  size_t m = cg_view_internal_excluded(v);
  if (m)
    fprintf(stderr, "note: %zu agreement%s within one nation left out by --by-nation\n", m,
            m == 1 ? "" : "s");
}
