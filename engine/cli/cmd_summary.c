/*
 * cmd_summary.c - `coopgraph summary`: the dataset at a glance: entities by
 * kind, agreements by type, date range, multilateral count, top entities.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct count {
  const char *key;
  size_t n;
  const cg_entity *entity; /* for the top list */
} count;

/* Most first, then by key, so equal counts come out in a stable order. */
static int by_count(const void *pa, const void *pb) {
  const count *a = pa, *b = pb;
  if (a->n != b->n) return a->n < b->n ? 1 : -1;
  return strcmp(a->key, b->key);
}

typedef struct summary {
  count *kinds, *types, *top;
  size_t nkinds, ntypes, nentities, nagreements, multilateral, undated;
  cg_date first, last;
} summary;

static int compute(const cg_dataset *ds, summary *s) {
  memset(s, 0, sizeof *s);
  s->nkinds = cg_dataset_nkinds(ds);
  s->ntypes = cg_dataset_ntypes(ds);
  s->nentities = cg_dataset_nentities(ds);
  s->nagreements = cg_dataset_nagreements(ds);
  s->kinds = calloc(s->nkinds + 1, sizeof *s->kinds);
  s->types = calloc(s->ntypes + 1, sizeof *s->types);
  s->top = calloc(s->nentities + 1, sizeof *s->top);
  if (!s->kinds || !s->types || !s->top) return -1;
  for (size_t k = 0; k < s->nkinds; k++)
    s->kinds[k].key = cg_dataset_kind(ds, k);
  for (size_t t = 0; t < s->ntypes; t++)
    s->types[t].key = cg_dataset_type(ds, t)->id;
  for (size_t e = 0; e < s->nentities; e++) {
    const cg_entity *en = cg_dataset_entity(ds, e);
    s->kinds[en->kind_index].n++;
    s->top[e].key = en->id;
    s->top[e].entity = en;
    cg_dataset_entity_agreements(ds, e, &s->top[e].n);
  }
  s->first = s->last = CG_DATE_NONE;
  for (size_t a = 0; a < s->nagreements; a++) {
    const cg_agreement *ag = cg_dataset_agreement(ds, a);
    s->types[ag->type].n++;
    s->multilateral += ag->nparties > 2;
    if (!cg_date_known(ag->date)) {
      s->undated++;
      continue;
    }
    if (!cg_date_known(s->first) || cg_date_compare(ag->date, s->first) < 0) s->first = ag->date;
    if (!cg_date_known(s->last) || cg_date_end_day(ag->date) > cg_date_end_day(s->last))
      s->last = ag->date;
  }
  qsort(s->kinds, s->nkinds, sizeof *s->kinds, by_count);
  qsort(s->types, s->ntypes, sizeof *s->types, by_count);
  qsort(s->top, s->nentities, sizeof *s->top, by_count);
  return 0;
}

static void write_json(const cg_dataset *ds, const summary *s, size_t top, cg_buf *out) {
  cg_json j;
  char d[11];
  cg_json_init(&j, out, 1);
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "dataset", cg_dataset_name(ds));
  cg_json_key(&j, "entities");
  cg_json_begin_object(&j);
  cg_json_kv_int(&j, "total", (long long)s->nentities);
  cg_json_key(&j, "by_kind");
  cg_json_begin_object(&j);
  for (size_t k = 0; k < s->nkinds; k++)
    cg_json_kv_int(&j, s->kinds[k].key, (long long)s->kinds[k].n);
  cg_json_end_object(&j);
  cg_json_end_object(&j);
  cg_json_key(&j, "agreements");
  cg_json_begin_object(&j);
  cg_json_kv_int(&j, "total", (long long)s->nagreements);
  cg_json_kv_int(&j, "multilateral", (long long)s->multilateral);
  cg_json_kv_int(&j, "undated", (long long)s->undated);
  cg_json_key(&j, "by_type");
  cg_json_begin_object(&j);
  for (size_t t = 0; t < s->ntypes; t++)
    cg_json_kv_int(&j, s->types[t].key, (long long)s->types[t].n);
  cg_json_end_object(&j);
  cg_json_end_object(&j);
  cg_json_key(&j, "dates");
  cg_json_begin_object(&j);
  cg_json_key(&j, "first");
  cg_date_known(s->first) ? cg_json_string(&j, cg_date_format(s->first, d)) : cg_json_null(&j);
  cg_json_key(&j, "last");
  cg_date_known(s->last) ? cg_json_string(&j, cg_date_format(s->last, d)) : cg_json_null(&j);
  cg_json_end_object(&j);
  cg_json_key(&j, "top");
  cg_json_begin_array(&j);
  for (size_t e = 0; e < top && e < s->nentities; e++) {
    cg_json_begin_object(&j);
    cg_json_kv_string(&j, "id", s->top[e].entity->id);
    cg_json_kv_string(&j, "name", s->top[e].entity->name);
    cg_json_kv_string(&j, "kind", s->top[e].entity->kind);
    cg_json_kv_int(&j, "agreements", (long long)s->top[e].n);
    cg_json_end_object(&j);
  }
  cg_json_end_array(&j);
  cg_json_end_object(&j);
}

/* CSV is one long table: section, key, value (and name for top entities). */
static void write_csv(const cg_dataset *ds, const summary *s, size_t top, cg_buf *out) {
  char d1[11], d2[11];
  cg_buf_puts(out, "section,key,value\r\n");
  cg_buf_puts(out, "dataset,name,");
  cg_csv_write_field(out, cg_dataset_name(ds));
  cg_buf_printf(out, "\r\nentities,total,%zu\r\n", s->nentities);
  for (size_t k = 0; k < s->nkinds; k++) {
    cg_buf_puts(out, "kind,");
    cg_csv_write_field(out, s->kinds[k].key);
    cg_buf_printf(out, ",%zu\r\n", s->kinds[k].n);
  }
  cg_buf_printf(out,
                "agreements,total,%zu\r\nagreements,multilateral,%zu\r\n"
                "agreements,undated,%zu\r\n",
                s->nagreements, s->multilateral, s->undated);
  for (size_t t = 0; t < s->ntypes; t++) {
    cg_buf_puts(out, "type,");
    cg_csv_write_field(out, s->types[t].key);
    cg_buf_printf(out, ",%zu\r\n", s->types[t].n);
  }
  cg_buf_printf(out, "dates,first,%s\r\ndates,last,%s\r\n", cg_date_format(s->first, d1),
                cg_date_format(s->last, d2));
  for (size_t e = 0; e < top && e < s->nentities; e++) {
    cg_buf_puts(out, "top,");
    cg_csv_write_field(out, s->top[e].entity->id);
    cg_buf_printf(out, ",%zu\r\n", s->top[e].n);
  }
}

static void add_counts(cli_table *t, const count *c, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char num[24];
    snprintf(num, sizeof num, "%zu", c[i].n);
    const char *cells[] = {c[i].key, num};
    cli_table_row(t, cells);
  }
}

static void write_table(const cli *c, const summary *s, size_t top, cg_buf *out) {
  const cg_dataset *ds = c->ds;
  char d1[11], d2[11];
  cg_buf_printf(out,
                "Dataset     %s\nEntities    %zu\nAgreements  %zu (%zu multilateral, %zu "
                "without a date)\n",
                cg_dataset_name(ds), s->nentities, s->nagreements, s->multilateral, s->undated);
  if (cg_date_known(s->first))
    cg_buf_printf(out, "Dates       %s to %s\n", cg_date_format(s->first, d1),
                  cg_date_format(s->last, d2));
  static const char *const hk[] = {"kind", "entities"}, *const ht[] = {"type", "agreements"};
  static const char *const he[] = {"id", "name", "kind", "agreements"};
  cli_table *tk = cli_table_new(2, hk), *tt = cli_table_new(2, ht), *te = cli_table_new(4, he);
  if (!tk || !tt || !te) {
    out->failed = 1;
  } else {
    cli_table_align_right(tk, 1);
    cli_table_align_right(tt, 1);
    cli_table_align_right(te, 3);
    cli_table_may_cut(te, 1);
    add_counts(tk, s->kinds, s->nkinds);
    add_counts(tt, s->types, s->ntypes);
    for (size_t e = 0; e < top && e < s->nentities; e++) {
      char num[24];
      snprintf(num, sizeof num, "%zu", s->top[e].n);
      const char *cells[] = {s->top[e].entity->id, s->top[e].entity->name, s->top[e].entity->kind,
                             num};
      cli_table_row(te, cells);
    }
    cg_buf_puts(out, "\n");
    cli_table_render(tk, c, out);
    cg_buf_puts(out, "\n");
    cli_table_render(tt, c, out);
    cg_buf_printf(out, "\nTop %zu entities by agreements\n",
                  top < s->nentities ? top : s->nentities);
    cli_table_render(te, c, out);
  }
  cli_table_free(tk);
  cli_table_free(tt);
  cli_table_free(te);
}

enum { OPT_TOP = OPT_FIRST_FREE };

static const cli_option OPTIONS[] = {CLI_OPT(OPT_TOP, "top", 0, CLI_UINT, "N",
                                             "how many top entities to list (default 10)", NULL,
                                             NULL, 0, SIZE_MAX),
                                     {0}};

static int cmd_summary(cli *c, int argc, char **argv) {
  const cli_command *cmd = &cli_summary;
  size_t top = 10;
  int opt;
  cli_value val;
  while ((opt = cli_getopt(c, cmd, argc, argv, &val)) > 0)
    if (opt == OPT_TOP) top = (size_t)val.u;
  if (opt < 0) return EXIT_USAGE;
  if (optind < argc) return cli_usage_error(c, cmd, "unexpected argument '%s'", argv[optind]);
  if (cli_load(c, 0)) return EXIT_DATA;
  summary s;
  cg_buf out = CG_BUF_INIT;
  if (compute(c->ds, &s))
    out.failed = 1;
  else if (c->format == FORMAT_JSON)
    write_json(c->ds, &s, top, &out);
  else if (c->format == FORMAT_CSV)
    write_csv(c->ds, &s, top, &out);
  else
    write_table(c, &s, top, &out);
  int status = cli_emit(c, &out);
  cg_buf_free(&out);
  free(s.kinds);
  free(s.types);
  free(s.top);
  return status;
}

const cli_command cli_summary = {.name = "summary",
                                 .run = cmd_summary,
                                 .summary =
                                     "entities by kind, agreements by type, dates, top entities",
                                 .options = OPTIONS};
