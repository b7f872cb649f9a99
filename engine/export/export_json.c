/*
 * export_json.c - the view as NetworkX node-link JSON (see export.h), the
 * form networkx.node_link_graph reads and D3's force layout takes as is.
 */
#include "export/export_internal.h"
#include "core/json_internal.h"

#include <stdio.h>

/* Link keys of ours; an extra column with one of these names gets "extra_". */
static const char *const LINK_KEYS[] = {
    "source", "target",           "key",    "agreement",       "type", "date", "end",
    "title",  "agreement_source", "weight", "pair_agreements", NULL};

static void write_nodes(cg_json *j, const cg_xgraph *x) {
  cg_json_key(j, "nodes");
  cg_json_begin_array(j);
  for (size_t i = 0; i < x->nnodes; i++) {
    const cg_entity *en = cg_dataset_entity(x->ds, (size_t)x->nodes[i]);
    const char *country = cg_xgraph_country(x, en);
    cg_json_begin_object(j);
    cg_json_kv_string(j, "id", en->id);
    cg_json_kv_string(j, "kind", en->kind);
    cg_json_kv_string(j, "name", en->name);
    cg_json_key(j, "country");
    if (*country)
      cg_json_string(j, country);
    else
      cg_json_null(j);
    cg_json_key(j, "aliases");
    cg_json_begin_array(j);
    for (size_t k = 0; k < en->naliases; k++)
      cg_json_string(j, en->aliases[k]);
    cg_json_end_array(j);
    cg_json_end_object(j);
  }
  cg_json_end_array(j);
}

static void write_links(cg_json *j, const cg_xgraph *x, cg_buf *key) {
  cg_json_key(j, "links");
  cg_json_begin_array(j);
  for (size_t i = 0; i < x->nedges; i++) {
    const cg_xedge *e = &x->edges[i];
    const cg_agreement *a = cg_dataset_agreement(x->ds, (size_t)e->agr);
    cg_json_begin_object(j);
    cg_json_kv_string(j, "source", cg_dataset_entity(x->ds, (size_t)x->nodes[e->u])->id);
    cg_json_kv_string(j, "target", cg_dataset_entity(x->ds, (size_t)x->nodes[e->v])->id);
    cg_buf_clear(key);
    cg_xgraph_key(x, e, key);
    cg_json_kv_string(j, "key", cg_buf_str(key));
    cg_json_kv_string(j, "agreement", a->id);
    cg_json_kv_string(j, "type", cg_dataset_type(x->ds, (size_t)a->type)->id);
    cg_json_kv_date(j, "date", a->date);
    cg_json_kv_date(j, "end", a->end);
    cg_json_kv_string(j, "title", a->title);
    cg_json_kv_string(j, "agreement_source", a->source);
    cg_json_kv_int(j, "weight", 1);
    cg_json_kv_int(j, "pair_agreements", (long long)e->weight);
    for (size_t c = 0; c < cg_dataset_nextra(x->ds); c++)
      cg_json_kv_string(j, x->extra[c], cg_dataset_extra_value(x->ds, (size_t)e->agr, c));
    cg_json_end_object(j);
  }
  cg_json_end_array(j);
}

cg_status cg_export_node_link(const cg_view *v, cg_buf *out, char *msg, size_t msg_size) {
  cg_xgraph x;
  cg_status st = cg_xgraph_init(&x, v, LINK_KEYS, msg, msg_size);
  if (st) return st;
  cg_buf key = CG_BUF_INIT;
  cg_json j;
  cg_json_init(&j, out, 1);
  cg_json_begin_object(&j);
  cg_json_key(&j, "directed");
  cg_json_bool(&j, 0);
  cg_json_key(&j, "multigraph");
  cg_json_bool(&j, 1);
  cg_json_key(&j, "graph");
  cg_json_begin_object(&j);
  cg_json_kv_string(&j, "dataset", cg_xgraph_dataset_name(&x));
  cg_json_end_object(&j);
  write_nodes(&j, &x);
  write_links(&j, &x, &key);
  cg_json_end_object(&j);
  st = cg_buf_status(&key) ? CG_ERR_NOMEM : cg_buf_status(out);
  if (st) cg_msg_set(msg, msg_size, "out of memory");
  cg_buf_free(&key);
  cg_xgraph_free(&x);
  return st;
}
