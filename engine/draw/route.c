/*
 * route.c - keeps edges from passing through nodes they do not join. After a
 * layout with straight edges, each edge whose line crosses another node is
 * routed again by Graphviz's own spline router (splines=true under the nop
 * engine), on a small graph of its two ends and the nodes near it, and the
 * route replaces the straight line. Graphviz's router on the whole graph
 * builds a visibility graph of every node's outline, which grows with the cube
 * of the number of nodes (10 s at 100 entities, 3 min at 300); routing only
 * the edges that need it, among their neighbours, takes milliseconds each.
 */
#include "draw/gvc_internal.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROUTE_TRIES 4   /* rounds of widening the neighbourhood of one edge */
#define ROUTE_NEAR 40.0 /* points around an edge's line whose nodes it avoids */
#define ROUTE_MAX_NEAR 30

typedef struct nbox {
  Agnode_t *n;
  double x, y, hw, hh; /* centre and half sizes, points */
} nbox;

/* Does the segment p-q pass through b shrunk by `in` points on each side? (Liang-Barsky) */
static int segment_hits(const nbox *b, double px, double py, double qx, double qy, double in) {
  double x0 = b->x - b->hw + in, x1 = b->x + b->hw - in, y0 = b->y - b->hh + in,
         y1 = b->y + b->hh - in;
  if (x0 >= x1 || y0 >= y1) return 0;
  double dx = qx - px, dy = qy - py, t0 = 0, t1 = 1;
  double p[4] = {-dx, dx, -dy, dy}, q[4] = {px - x0, x1 - px, py - y0, y1 - py};
  for (int i = 0; i < 4; i++) {
    if (p[i] == 0) {
      if (q[i] < 0) return 0;
      continue;
    }
    double r = q[i] / p[i];
    if (p[i] < 0) {
      if (r > t1) return 0;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return 0;
      if (r < t1) t1 = r;
    }
  }
  return t0 < t1;
}

pointf cg_gv_bezier_at(const pointf *c, double t) {
  double u = 1 - t;
  pointf r = {u * u * u * c[0].x + 3 * u * u * t * c[1].x + 3 * u * t * t * c[2].x + t * t * t * c[3].x,
              u * u * u * c[0].y + 3 * u * u * t * c[1].y + 3 * u * t * t * c[2].y + t * t * t * c[3].y};
  return r;
}

/*
 * The nodes (other than the ends a, b) that the piecewise Bezier pts[0..n)
 * passes through, flagged in hit[]; returns how many.
 */
static size_t path_hits(const nbox *nodes, size_t nn, const pointf *pts, size_t n, Agnode_t *a,
                        Agnode_t *b, char *hit) {
  size_t count = 0;
  for (size_t k = 0; k + 3 < n; k += 3) {
    pointf prev = pts[k];
    for (int s = 1; s <= 16; s++) {
      pointf cur = cg_gv_bezier_at(pts + k, s / 16.0);
      for (size_t i = 0; i < nn; i++)
        if (!hit[i] && nodes[i].n != a && nodes[i].n != b &&
            segment_hits(&nodes[i], prev.x, prev.y, cur.x, cur.y, 1.0)) {
          hit[i] = 1;
          count++;
        }
      prev = cur;
    }
  }
  return count;
}

/*
 * Routes a->b around the nodes flagged in near[] with Graphviz (nop engine,
 * splines=true). The route goes into *pts / *npts (malloc'd). Returns 0, or
 * -1 when Graphviz could not route it.
 */
static int route_one(GVC_t *gvc, const nbox *nodes, size_t nn, const char *near, size_t ia, size_t ib,
                     pointf **pts, size_t *npts) {
  /* Sequential ids: with cgraph's default ones the node order, and so the route, would follow heap addresses. */
  Agraph_t *lg = agopen("route", Agundirected, cg_gv_buf_disc());
  if (!lg) return -1;
  /*
   * Polylines: the shortest path around the obstacles, the same whichever
   * end Graphviz starts from (it picks by node address, so a curve fitted
   * along the path would change from run to run).
   */
  agattr(lg, AGRAPH, "splines", "polyline");
  agattr(lg, AGRAPH, "esep", "+2");
  agattr(lg, AGNODE, "shape", "box");
  agattr(lg, AGNODE, "fixedsize", "true");
  agattr(lg, AGNODE, "label", "");
  Agnode_t *la = NULL, *lb = NULL;
  char num[64], name[32];
  for (size_t i = 0; i < nn; i++) {
    if (!near[i] && i != ia && i != ib) continue;
    snprintf(name, sizeof name, "n%zu", i);
    Agnode_t *n = agnode(lg, name, 1);
    if (!n) continue;
    snprintf(num, sizeof num, "%.4f", 2 * nodes[i].hw / 72.0);
    cg_gv_set(n, "width", num);
    snprintf(num, sizeof num, "%.4f", 2 * nodes[i].hh / 72.0);
    cg_gv_set(n, "height", num);
    snprintf(num, sizeof num, "%.2f,%.2f!", nodes[i].x, nodes[i].y);
    cg_gv_set(n, "pos", num);
    if (i == ia) la = n;
    if (i == ib) lb = n;
  }
  Agedge_t *e = la && lb ? agedge(lg, la, lb, NULL, 1) : NULL;
  int rc = -1;
  if (e && gvLayout(gvc, lg, "nop") == 0) {
    splines *sp = ED_spl(e);
    if (sp && sp->size >= 1 && sp->list[0].size >= 4) {
      /* nop may move the drawing; shift back by where the tail landed. */
      double dx = nodes[ia].x - ND_coord(la).x, dy = nodes[ia].y - ND_coord(la).y;
      size_t n = (size_t)sp->list[0].size;
      *pts = malloc(n * sizeof **pts);
      if (*pts) {
        /* Always from a to b. */
        pointf first = sp->list[0].list[0];
        int rev = hypot(first.x + dx - nodes[ia].x, first.y + dy - nodes[ia].y) >
                  hypot(first.x + dx - nodes[ib].x, first.y + dy - nodes[ib].y);
        for (size_t k = 0; k < n; k++) {
          pointf p = sp->list[0].list[rev ? n - 1 - k : k];
          (*pts)[k].x = p.x + dx;
          (*pts)[k].y = p.y + dy;
        }
        *npts = n;
        rc = 0;
      }
    }
    gvFreeLayout(gvc, lg);
  }
  agclose(lg);
  return rc;
}

/* Flags the nodes within `pad` points of the bounding box of pts[0..n). */
static void flag_near(const nbox *nodes, size_t nn, const pointf *pts, size_t n, double pad,
                      char *near) {
  double x0 = pts[0].x, x1 = x0, y0 = pts[0].y, y1 = y0;
  for (size_t k = 1; k < n; k++) {
    x0 = fmin(x0, pts[k].x), x1 = fmax(x1, pts[k].x);
    y0 = fmin(y0, pts[k].y), y1 = fmax(y1, pts[k].y);
  }
  size_t count = 0;
  for (size_t i = 0; i < nn; i++)
    count += near[i];
  for (size_t i = 0; i < nn && count < ROUTE_MAX_NEAR; i++)
    if (!near[i] && nodes[i].x + nodes[i].hw >= x0 - pad && nodes[i].x - nodes[i].hw <= x1 + pad &&
        nodes[i].y + nodes[i].hh >= y0 - pad && nodes[i].y - nodes[i].hh <= y1 + pad) {
      near[i] = 1;
      count++;
    }
}

/*
 * The router clips a route at the box around each end; straight pieces from
 * the ends' centres close the gap to a round or pointed outline (nodes are
 * drawn over the edges, so the pieces inside them are hidden).
 */
static int extend_to_centres(pointf **pts, size_t *n, const nbox *a, const nbox *b) {
  /* The route may run from b to a: start from whichever end is nearer. */
  pointf s = (*pts)[0];
  if (hypot(s.x - a->x, s.y - a->y) > hypot(s.x - b->x, s.y - b->y)) {
    const nbox *t = a;
    a = b, b = t;
  }
  pointf *out = malloc((*n + 6) * sizeof *out);
  if (!out) return -1;
  pointf pa = {a->x, a->y}, pb = {b->x, b->y}, s0 = (*pts)[0], s1 = (*pts)[*n - 1];
  out[0] = pa, out[1] = pa, out[2] = s0;
  memcpy(out + 3, *pts, *n * sizeof *out);
  out[*n + 3] = s1, out[*n + 4] = pb, out[*n + 5] = pb;
  free(*pts);
  *pts = out;
  *n += 6;
  return 0;
}

/* Puts pts[0..n) in place of the edge's spline, its label at the route's middle. */
static int replace_spline(Agedge_t *e, const pointf *pts, size_t n, boxf *bb) {
  splines *sp = ED_spl(e);
  if (!sp || sp->size < 1) return 0;
  pointf *list = realloc(sp->list[0].list, n * sizeof *list);
  if (!list) return -1;
  memcpy(list, pts, n * sizeof *list);
  sp->list[0].list = list;
  sp->list[0].size = (int)n;
  sp->list[0].sflag = sp->list[0].eflag = 0;
  sp->size = 1;
  for (size_t k = 0; k < n; k++) {
    bb->LL.x = fmin(bb->LL.x, pts[k].x), bb->UR.x = fmax(bb->UR.x, pts[k].x);
    bb->LL.y = fmin(bb->LL.y, pts[k].y), bb->UR.y = fmax(bb->UR.y, pts[k].y);
  }
  if (ED_label(e)) {
    size_t segs = (n - 1) / 3, mid = segs / 2;
    ED_label(e)->pos = cg_gv_bezier_at(pts + 3 * mid, segs % 2 ? 0.5 : 0.0);
    ED_label(e)->set = 1;
  }
  return 0;
}

/* Nodes are numbered from 1 in creation order (AGSEQ) in an untouched graph; searched otherwise. */
static size_t index_of(const nbox *nodes, size_t nn, Agnode_t *n) {
  size_t i = (size_t)AGSEQ(n) - 1;
  if (i < nn && nodes[i].n == n) return i;
  for (i = 0; i < nn && nodes[i].n != n; i++)
    ;
  return i;
}

cg_status cg_gv_route(GVC_t *gvc, Agraph_t *ag, const char *engine, cg_gv_edge_pred want,
                      void *ctx) {
  size_t nn = (size_t)agnnodes(ag), ne = (size_t)agnedges(ag), nr = 0;
  nbox *nodes = malloc((nn + 1) * sizeof *nodes);
  char *near = malloc(nn + 1), *hit = malloc(nn + 1);
  /* The routes found, applied once every route is known (see below). */
  Agedge_t **redge = malloc((ne + 1) * sizeof *redge);
  pointf **rpts = malloc((ne + 1) * sizeof *rpts);
  size_t *rn = malloc((ne + 1) * sizeof *rn);
  cg_status st = CG_ERR_NOMEM;
  if (!nodes || !near || !hit || !redge || !rpts || !rn) goto done;
  size_t k = 0;
  for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n), k++)
    nodes[k] = (nbox){n, ND_coord(n).x, ND_coord(n).y, ND_width(n) * 36.0, ND_height(n) * 36.0};
  st = CG_OK;
  for (size_t i = 0; i < nn; i++)
    for (Agedge_t *e = agfstout(ag, nodes[i].n); e; e = agnxtout(ag, e)) {
      Agnode_t *a = nodes[i].n, *b = aghead(e); /* agfstout: the tail is nodes[i] */
      if (a == b || (want && !want(e, ctx))) continue;
      size_t ia = i, ib = index_of(nodes, nn, b);
      memset(near, 0, nn);
      size_t crossing = 0;
      for (size_t j = 0; j < nn; j++)
        if (j != ia && j != ib &&
            segment_hits(&nodes[j], nodes[ia].x, nodes[ia].y, nodes[ib].x, nodes[ib].y, 1.0)) {
          near[j] = 1;
          crossing++;
        }
      if (!crossing) continue;
      pointf line[2] = {{nodes[ia].x, nodes[ia].y}, {nodes[ib].x, nodes[ib].y}};
      flag_near(nodes, nn, line, 2, ROUTE_NEAR, near);
      pointf *best = NULL;
      size_t nbest = 0, best_hits = crossing;
      for (int round = 0; round < ROUTE_TRIES && best_hits; round++) {
        pointf *pts = NULL;
        size_t npts = 0;
        if (route_one(gvc, nodes, nn, near, ia, ib, &pts, &npts)) break;
        memset(hit, 0, nn);
        size_t hits = path_hits(nodes, nn, pts, npts, a, b, hit);
        if (hits < best_hits || !best) {
          free(best);
          best = pts, nbest = npts, best_hits = hits;
          pts = NULL;
        }
        free(pts);
        /* Avoid what the route ran into, and what lies around it, next time. */
        for (size_t j = 0; j < nn; j++)
          near[j] |= hit[j];
        if (best_hits) flag_near(nodes, nn, best, nbest, ROUTE_NEAR, near);
      }
      if (best && best_hits < crossing && extend_to_centres(&best, &nbest, &nodes[ia], &nodes[ib])) {
        free(best);
        best = NULL;
        st = CG_ERR_NOMEM;
      }
      if (best && best_hits < crossing) {
        redge[nr] = e, rpts[nr] = best, rn[nr++] = nbest;
      } else
        free(best);
    }
  if (!nr) goto done;
  /*
   * Graphviz keeps handles to the attributes of the graph it last laid out
   * in globals, which the small routing graphs have replaced: the drawing is
   * laid out again (the same seed gives the same positions, checked below)
   * to take them back, and the routes replace the straight edges.
   */
  gvFreeLayout(gvc, ag);
  if (gvLayout(gvc, ag, engine) != 0) {
    st = CG_ERR_INTERNAL;
    goto done;
  }
  for (size_t i = 0; i < nn; i++)
    if (fabs(ND_coord(nodes[i].n).x - nodes[i].x) > 0.01 ||
        fabs(ND_coord(nodes[i].n).y - nodes[i].y) > 0.01)
      goto done; /* not the same layout: keep it, with its straight edges */
  boxf bb = GD_bb(ag);
  for (size_t r = 0; r < nr && !st; r++)
    if (replace_spline(redge[r], rpts[r], rn[r], &bb)) st = CG_ERR_NOMEM;
  GD_bb(ag) = bb;
done:
  for (size_t r = 0; rpts && r < nr; r++)
    free(rpts[r]);
  free(redge);
  free(rpts);
  free(rn);
  free(nodes);
  free(near);
  free(hit);
  return st;
}
