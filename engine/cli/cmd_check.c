/* cmd_check.c - `coopgraph check`: validate the dataset, print its counts or its errors. */
#include "cli.h"

#include <string.h>

static void json_diags(cg_json *j, const cg_diags *d) {
  static const char *const sev[] = {"error", "warning", "note"};
  cg_json_key(j, "diagnostics");
  cg_json_begin_array(j);
  for (size_t i = 0; i < cg_diags_kept(d); i++) {
    const cg_diag *dg = cg_diags_get(d, i);
    cg_json_begin_object(j);
    cg_json_kv_string(j, "severity", sev[dg->severity]);
    cg_json_kv_string(j, "path", dg->path ? dg->path : "");
    cg_json_kv_int(j, "line", (long long)dg->line);
    cg_json_kv_int(j, "column", (long long)dg->column);
    cg_json_kv_string(j, "message", dg->message);
    cg_json_end_object(j);
  }
  cg_json_end_array(j);
}

static int cmd_check(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_check;
  cli_value val;
  if (cli_getopt(c, cmd, argc, argv, &val) != 0) return EXIT_USAGE; /* check has no options */
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);

  cg_diags *d = cg_diags_new(c->load_opts.max_errors);
  if (!d) {
    cli_error(c, "out of memory");
    return EXIT_DATA;
  }
  int status = cli_load_with(c, d, 1);
  size_t ne = 0, na = 0, nt = 0, multi = 0;
  if (c->ds) {
    ne = cg_dataset_nentities(c->ds);
    na = cg_dataset_nagreements(c->ds);
    nt = cg_dataset_ntypes(c->ds);
    for (size_t a = 0; a < na; a++)
      multi += cg_dataset_agreement(c->ds, a)->nparties > 2;
  }
  cg_buf out = CG_BUF_INIT;
  if (c->format == FORMAT_JSON) {
    cg_json j;
    cg_json_init(&j, &out, 1);
    cg_json_begin_object(&j);
    cg_json_key(&j, "valid");
    cg_json_bool(&j, status == EXIT_OK);
    cg_json_kv_int(&j, "entities", (long long)ne);
    cg_json_kv_int(&j, "agreements", (long long)na);
    cg_json_kv_int(&j, "multilateral", (long long)multi);
    cg_json_kv_int(&j, "types", (long long)nt);
    cg_json_kv_int(&j, "errors", (long long)cg_diags_errors(d));
    cg_json_kv_int(&j, "warnings", (long long)cg_diags_warnings(d));
    json_diags(&j, d);
    cg_json_end_object(&j);
  } else if (c->format == FORMAT_CSV) {
    cg_buf_printf(&out,
                  "valid,entities,agreements,multilateral,types,errors,warnings\r\n"
                  "%s,%zu,%zu,%zu,%zu,%zu,%zu\r\n",
                  status == EXIT_OK ? "true" : "false", ne, na, multi, nt, cg_diags_errors(d),
                  cg_diags_warnings(d));
  } else if (status == EXIT_OK) {
    size_t w = cg_diags_warnings(d);
    cg_buf_printf(&out, "%s: valid: %zu entities, %zu agreements (%zu multilateral), %zu types",
                  cg_dataset_name(c->ds), ne, na, multi, nt);
    if (w) cg_buf_printf(&out, "; %zu warning%s", w, w == 1 ? "" : "s");
    cg_buf_putc(&out, '\n');
  }
  int st = cli_emit(c, &out);
  cg_buf_free(&out);
  cg_diags_free(d);
  return status ? status : st;
}

const cli_command cli_check = {
    .name = "check",
    .run = cmd_check,
    .summary = "validate the dataset and print its counts",
    .text = "Reads the dataset and reports every error (file:line:column) and warning.\n"
            "Exit status 0 when it is valid, 1 when it has errors.\n"};
