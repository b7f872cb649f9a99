/*
 * format.c - how an agreement is shown in every listing (agreements,
 * history), so the JSON keys and the columns are the same everywhere.
 */
#include "cli.h"

#include <coopgraph/render.h>
#include <coopgraph/timeline.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void cli_json_type_counts(cg_json *j, const cg_dataset *ds, const cg_type_count *tc, size_t n) {
  cg_json_key(j, "types");
  cg_json_begin_object(j);
  for (size_t k = 0; k < n; k++)
    cg_json_kv_int(j, cg_dataset_type(ds, (size_t)tc[k].type)->id, (long long)tc[k].count);
  cg_json_end_object(j);
}

void cli_type_counts_cell(cg_buf *cell, const cg_dataset *ds, const cg_type_count *tc, size_t n) {
  cg_buf_clear(cell);
  for (size_t k = 0; k < n; k++)
    cg_buf_printf(cell, "%s%s %zu", k ? ", " : "", cg_dataset_type(ds, (size_t)tc[k].type)->id,
                  tc[k].count);
}

void cli_json_agreement(cg_json *j, const cg_dataset *ds, size_t a) {
  const cg_agreement *ag = cg_dataset_agreement(ds, a);
  cg_json_begin_object(j);
  cg_json_kv_string(j, "id", ag->id);
  cg_json_kv_date(j, "date", ag->date);
  cg_json_kv_date(j, "end", ag->end);
  cg_json_kv_string(j, "type", cg_dataset_type(ds, (size_t)ag->type)->id);
  cg_json_key(j, "parties");
  cg_json_begin_array(j);
  for (uint32_t k = 0; k < ag->nparties; k++)
    cg_json_string(j, cg_dataset_entity(ds, (size_t)ag->parties[k])->id);
  cg_json_end_array(j);
  cg_json_kv_string(j, "title", ag->title);
  cg_json_kv_string(j, "source", ag->source);
  cg_json_end_object(j);
}

cli_table *cli_agreement_table(void) {
  cli_table *t = cli_table_new(7, cg_table_columns(CG_TABLE_AGREEMENTS, NULL));
  if (t) {
    cli_table_may_cut(t, 6); /* source first, */
    cli_table_may_cut(t, 4); /* then parties, */
    cli_table_may_cut(t, 5); /* then the title, */
    cli_table_may_cut(t, 3); /* and the type, an id but a long one */
    /* Long agreement ids leave little room: the source goes first, then the end date. */
    cli_table_may_hide(t, 6);
    cli_table_may_hide(t, 2);
  }
  return t;
}

void cli_agreement_cells(const cg_dataset *ds, size_t a, char dates[2][11], cg_buf *scratch,
                         const char *cells[7]) {
  const cg_agreement *ag = cg_dataset_agreement(ds, a);
  cg_buf_clear(scratch);
  for (uint32_t k = 0; k < ag->nparties; k++)
    cg_buf_printf(scratch, "%s%s", k ? ";" : "", cg_dataset_entity(ds, (size_t)ag->parties[k])->id);
  cells[0] = ag->id;
  cells[1] = cg_date_format(ag->date, dates[0]);
  cells[2] = cg_date_format(ag->end, dates[1]);
  cells[3] = cg_dataset_type(ds, (size_t)ag->type)->id;
  cells[4] = cg_buf_str(scratch);
  cells[5] = ag->title;
  cells[6] = ag->source;
}

int cli_timeline_svg(cli *c, const cg_view *v, const int32_t *agreements, size_t n,
                     cg_timeline_by by, const char *title, const cli_figure *fig) {
  cg_render_options ro = CG_RENDER_OPTIONS_INIT;
  ro.title = title;
  ro.id_prefix = fig->id_prefix;
  ro.responsive = fig->responsive;
  ro.transparent = fig->transparent;
  cg_buf out = CG_BUF_INIT;
  char msg[CG_MSG_SIZE] = "";
  cg_status st = cg_render_timeline_svg(v, agreements, n, by, &ro, &out, msg, sizeof msg);
  int status;
  if (st) {
    cli_error(c, "cannot draw the timeline: %s", msg[0] ? msg : cg_status_string(st));
    status = EXIT_DATA;
  } else {
    status = cli_figure_emit(c, fig, &out);
  }
  cg_buf_free(&out);
  return status;
}

const char *cli_format_score(double v, double colmax, char buf[CLI_SCORE_SIZE]) {
  if (!isfinite(v)) {
    snprintf(buf, CLI_SCORE_SIZE, "%g", v);
    return buf;
  }
  if (v == 0 || fabs(v) < 1e-12 * colmax) {
    snprintf(buf, CLI_SCORE_SIZE, "0");
    return buf;
  }
  /* Round to 4 significant digits first: 9.99996 becomes 10, which has 2 before the point. */
  char e[32];
  snprintf(e, sizeof e, "%.3e", v);
  double r = strtod(e, NULL);
  int exp10 = (int)floor(log10(fabs(r)));
  int decimals = 3 - exp10;
  if (decimals < 0) decimals = 0;
  if (decimals > CLI_SCORE_SIZE - 8) decimals = CLI_SCORE_SIZE - 8; /* under 1e-56: 0 */
  snprintf(buf, CLI_SCORE_SIZE, "%.*f", decimals, r);
  if (strchr(buf, '.')) {
    size_t n = strlen(buf);
    while (buf[n - 1] == '0')
      buf[--n] = '\0';
    if (buf[n - 1] == '.') buf[--n] = '\0';
  }
  return buf;
}
