/*
 * export.c - the multigraph every export format writes (see
 * export_internal.h), built from the partnership graph so that its edges
 * are exactly the pairs the analyses count, and the clean-up of text for
 * XML.
 *
 * Determinism: nodes are sorted by id and edges by their endpoints' ids,
 * then by agreement in dataset order, the order `dot --multi` uses, so its
 * keys ("ID#2") name the same edges.
 */
#include "export/export_internal.h"
#include "core/sort_internal.h"
#include "core/utf8_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int node_cmp(const void *a, const void *b, void *ds) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return strcmp(cg_dataset_entity(ds, (size_t)x)->id, cg_dataset_entity(ds, (size_t)y)->id);
}

static int edge_cmp(const void *a, const void *b) {
  const cg_xedge *x = a, *y = b;
  if (x->u != y->u) return x->u < y->u ? -1 : 1;
  if (x->v != y->v) return x->v < y->v ? -1 : 1;
  return (x->agr > y->agr) - (x->agr < y->agr);
}

void cg_xgraph_free(cg_xgraph *x) {
  if (!x) return;
  free(x->nodes);
  free(x->edges);
  if (x->extra)
    for (size_t i = 0; i < cg_dataset_nextra(x->ds); i++)
      free(x->extra[i]);
  free(x->extra);
  memset(x, 0, sizeof *x);
}

static int is_reserved(const char *name, const char *const *reserved) {
  for (; reserved && *reserved; reserved++)
    if (strcmp(name, *reserved) == 0) return 1;
  return 0;
}

static cg_status name_extras(cg_xgraph *x, const char *const *reserved) {
  size_t n = cg_dataset_nextra(x->ds);
  x->extra = calloc(n + 1, sizeof *x->extra);
  if (!x->extra) return CG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const char *name = cg_dataset_extra_name(x->ds, i);
    const char *prefix = is_reserved(name, reserved) ? "extra_" : "";
    x->extra[i] = malloc(strlen(prefix) + strlen(name) + 1);
    if (!x->extra[i]) return CG_ERR_NOMEM;
    strcpy(x->extra[i], prefix);
    strcat(x->extra[i], name);
  }
  return CG_OK;
}

/* Copies the partnership graph's pairs out, one edge per agreement, in node positions. */
static cg_status collect_edges(cg_xgraph *x, const cg_pgraph *g, const int32_t *pos) {
  size_t m = cg_pgraph_nedges(g), total = 0;
  for (size_t e = 0; e < m; e++) {
    size_t cnt;
    cg_pgraph_edge_agreements(g, e, &cnt);
    total += cnt;
  }
  x->edges = malloc((total ? total : 1) * sizeof *x->edges);
  if (!x->edges) return CG_ERR_NOMEM;
  for (size_t e = 0; e < m; e++) {
    size_t u, v, cnt;
    cg_pgraph_edge(g, e, &u, &v, NULL);
    const int32_t *agr = cg_pgraph_edge_agreements(g, e, &cnt);
    uint32_t pu = (uint32_t)pos[cg_pgraph_entity(g, u)], pv = (uint32_t)pos[cg_pgraph_entity(g, v)];
    for (size_t j = 0; j < cnt; j++)
      x->edges[x->nedges++] =
          (cg_xedge){pu < pv ? pu : pv, pu < pv ? pv : pu, agr[j], 0, (uint32_t)cnt};
  }
  qsort(x->edges, x->nedges, sizeof *x->edges, edge_cmp);
  uint32_t *uses = calloc(cg_dataset_nagreements(x->ds) + 1, sizeof *uses);
  if (!uses) return CG_ERR_NOMEM;
  for (size_t i = 0; i < x->nedges; i++)
    x->edges[i].k = ++uses[x->edges[i].agr];
  free(uses);
  return CG_OK;
}

cg_status cg_xgraph_init(cg_xgraph *x, const cg_view *v, const char *const *reserved, char *msg,
                         size_t msg_size) {
  memset(x, 0, sizeof *x);
  x->view = v;
  x->ds = cg_view_dataset(v);
  size_t ne = cg_dataset_nentities(x->ds);
  cg_pgraph *g = NULL;
  int32_t *pos = malloc((ne ? ne : 1) * sizeof *pos);
  x->nodes = malloc((ne ? ne : 1) * sizeof *x->nodes);
  cg_status st = CG_ERR_NOMEM;
  if (!pos || !x->nodes) goto done;
  for (size_t e = 0; e < ne; e++)
    if (cg_view_entity_in(v, e)) x->nodes[x->nnodes++] = (int32_t)e;
  cg_sort(x->nodes, x->nnodes, sizeof *x->nodes, node_cmp, (void *)x->ds);
  for (size_t i = 0; i < x->nnodes; i++)
    pos[x->nodes[i]] = (int32_t)i;
  if ((st = name_extras(x, reserved)) != CG_OK) goto done;
  if ((st = cg_pgraph_new(&g, v)) != CG_OK) goto done;
  st = collect_edges(x, g, pos);
done:
  cg_pgraph_free(g);
  free(pos);
  if (st) cg_xgraph_free(x);
  if (st) cg_msg_set(msg, msg_size, "%s", cg_status_string(st));
  return st;
}

void cg_xgraph_key(const cg_xgraph *x, const cg_xedge *e, cg_buf *out) {
  const char *id = cg_dataset_agreement(x->ds, (size_t)e->agr)->id;
  if (e->k <= 1)
    cg_buf_puts(out, id);
  else
    cg_buf_printf(out, "%s#%u", id, (unsigned)e->k);
}

void cg_xgraph_aliases(const cg_entity *en, const char *sep, cg_buf *out) {
  for (size_t k = 0; k < en->naliases; k++) {
    if (k) cg_buf_puts(out, sep);
    cg_buf_puts(out, en->aliases[k]);
  }
}

const char *cg_xgraph_country(const cg_xgraph *x, const cg_entity *en) {
  if (en->country < 0 || !cg_view_entity_in(x->view, (size_t)en->country)) return "";
  return cg_dataset_entity(x->ds, (size_t)en->country)->id;
}

const char *cg_xgraph_dataset_name(const cg_xgraph *x) {
  const char *name = cg_dataset_name(x->ds);
  size_t n = strlen(name);
  while (n > 1 && name[n - 1] == '/') /* "dir/" names "dir" */
    n--;
  const char *slash = NULL;
  for (size_t i = 0; i + 1 < n; i++)
    if (name[i] == '/') slash = name + i;
  return slash ? slash + 1 : name;
}

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

void cg_xml_clean(cg_buf *out, const char *str, int cr_to_lf) {
  const unsigned char *s = (const unsigned char *)(str ? str : "");
  const unsigned char *end = s + strlen((const char *)s);
  while (*s) {
    const unsigned char *run = s;
    while (*s >= 0x20 && *s < 0x80)
      s++;
    cg_buf_append(out, (const char *)run, (size_t)(s - run));
    if (!*s) break;
    if (*s == '\r' && cr_to_lf) {
      cg_buf_putc(out, '\n');
      s += s[1] == '\n' ? 2 : 1;
    } else if (*s == '\t' || *s == '\n' || *s == '\r') {
      cg_buf_putc(out, (char)*s++);
    } else if (*s < 0x20) {
      cg_buf_puts(out, REPLACEMENT);
      s++;
    } else {
      size_t n = cg_utf8_len(s, end);
      /* U+FFFE and U+FFFF are EF BF BE and EF BF BF. */
      if (n == 0 || (n == 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] >= 0xBE)) {
        cg_buf_puts(out, REPLACEMENT);
        s += n ? n : 1;
      } else {
        cg_buf_append(out, (const char *)s, n);
        s += n;
      }
    }
  }
}
