/*
 * test_workers.c - unit tests of centrality split across worker processes
 * and of sampled betweenness: any number of workers gives the same bits as
 * one; a failing or dying worker is an error, never a result, and leaves no
 * zombie; sampling with K = n is exact, a seed gives the same sample, and
 * the n/K rescaling matches a star graph's closed form and NetworkX's
 * estimate from the same sources. Exact values against NetworkX are checked
 * in test_centrality.c.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/coopgraph.h>

#include "analysis/workers_internal.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define PATH_MEASURES (CG_MEASURE_BETWEENNESS | CG_MEASURE_CLOSENESS | CG_MEASURE_HARMONIC)

static cg_dataset *load(const char *dir) {
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_non_null(d);
  assert_int_equal(cg_dataset_load_dir(&ds, dir, NULL, d), CG_OK);
  cg_diags_free(d);
  return ds;
}

typedef struct graph {
  cg_dataset *ds;
  cg_view *v;
  cg_pgraph *g;
} graph;

static void open_graph(graph *x, cg_dataset *ds) {
  cg_filter f;
  cg_filter_init(&f);
  x->ds = ds;
  assert_int_equal(cg_view_new(&x->v, ds, &f), CG_OK);
  assert_int_equal(cg_pgraph_new(&x->g, x->v), CG_OK);
}

static void close_graph(graph *x) {
  cg_pgraph_free(x->g);
  cg_view_free(x->v);
  cg_dataset_free(x->ds);
}

static void run(cg_centrality_result *r, const graph *x, unsigned jobs, size_t approx,
                unsigned long seed) {
  cg_centrality_options o = CG_CENTRALITY_OPTIONS_INIT;
  o.measures = PATH_MEASURES | CG_MEASURE_PAGERANK;
  o.jobs = jobs;
  o.approx = approx;
  o.seed = seed;
  char msg[256];
  cg_status st = cg_centrality_run(r, x->g, &o, msg, sizeof msg);
  if (st) fail_msg("centrality with %u jobs: %s: %s", jobs, cg_status_string(st), msg);
}

static void assert_same_bits(const cg_centrality_result *a, const cg_centrality_result *b) {
  assert_int_equal(a->n, b->n);
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    assert_true((a->values[k] == NULL) == (b->values[k] == NULL));
    if (a->values[k]) assert_memory_equal(a->values[k], b->values[k], a->n * sizeof(double));
  }
}

static void assert_no_children(void) {
  errno = 0;
  assert_int_equal(waitpid(-1, NULL, WNOHANG), -1);
  assert_int_equal(errno, ECHILD);
}

/* One graph, jobs 1 (in process) against several workers: equal bits. */
static void check_jobs(graph *x) {
  cg_centrality_result one, many;
  run(&one, x, 1, 0, 42);
  for (unsigned jobs = 2; jobs <= 5; jobs++) {
    run(&many, x, jobs, 0, 42);
    assert_same_bits(&one, &many);
    cg_centrality_result_free(&many);
  }
  /* The same with sampled sources. */
  cg_centrality_result_free(&one);
  run(&one, x, 1, 7, 3);
  run(&many, x, 3, 7, 3);
  assert_same_bits(&one, &many);
  cg_centrality_result_free(&many);
  cg_centrality_result_free(&one);
  assert_no_children();
}

static void test_jobs_fixtures(void **state) {
  (void)state;
  const char *dirs[] = {FIXTURES "/graphs/small-connected", FIXTURES "/graphs/multi",
                        FIXTURES "/graphs/disconnected", DEFAULT_DATA};
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
    graph x;
    open_graph(&x, load(dirs[i]));
    check_jobs(&x);
    close_graph(&x);
  }
}

/* A generated graph large enough that additions round (hundreds of vertices). */
static void test_jobs_generated(void **state) {
  (void)state;
  char dir[] = "/tmp/cg-test-workers-XXXXXX";
  assert_non_null(mkdtemp(dir));
  cg_generate_options go = CG_GENERATE_OPTIONS_INIT;
  go.entities = 400;
  go.agreements = 3000;
  go.seed = 5;
  char msg[256];
  assert_int_equal(cg_generate(&go, dir, msg, sizeof msg), CG_OK);
  graph x;
  open_graph(&x, load(dir));
  check_jobs(&x);
  close_graph(&x);
  const char *files[] = {"entities.csv", "agreements.csv", "types.csv"};
  for (size_t i = 0; i < 3; i++) {
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, files[i]);
    remove(p);
  }
  assert_int_equal(rmdir(dir), 0);
}

/* K = n is exact; a seed always draws the same sources; seeds differ. */
static void test_approx_exact_and_seeded(void **state) {
  (void)state;
  graph x;
  open_graph(&x, load(DEFAULT_DATA));
  cg_centrality_result exact, all, a, b, c;
  run(&exact, &x, 1, 0, 42);
  run(&all, &x, 1, exact.n, 9);
  assert_int_equal(all.approx_sources, 0); /* every source: not an estimate */
  assert_same_bits(&exact, &all);
  run(&a, &x, 1, 10, 11);
  run(&b, &x, 2, 10, 11);
  run(&c, &x, 1, 10, 12);
  assert_int_equal(a.approx_sources, 10);
  assert_int_equal(a.approx_seed, 11);
  assert_same_bits(&a, &b);
  assert_memory_not_equal(a.values[3], c.values[3], a.n * sizeof(double));
  /* Only betweenness is sampled. */
  assert_memory_equal(a.values[4], exact.values[4], a.n * sizeof(double));
  assert_memory_equal(a.values[5], exact.values[5], a.n * sizeof(double));
  cg_centrality_result_free(&exact);
  cg_centrality_result_free(&all);
  cg_centrality_result_free(&a);
  cg_centrality_result_free(&b);
  cg_centrality_result_free(&c);
  close_graph(&x);
}

/*
 * A star: centre Z and n-1 leaves. A leaf source has dependency n-2 on Z,
 * the centre 0, so K sampled sources give Z (n/K) * L (n-2) / ((n-1)(n-2))
 * (normalised, undirected) with L the leaves among them: n/(n-1) * L/K.
 */
static void test_approx_rescaling(void **state) {
  (void)state;
  enum { LEAVES = 30 };
  char ent[4096] = "id,kind,name,country,aliases\nZ,agency,Centre,,\n";
  char agr[8192] = "id,date,end,type,parties,title,source\n";
  for (int i = 0; i < LEAVES; i++) {
    char line[128];
    snprintf(line, sizeof line, "L%02d,agency,Leaf %d,,\n", i, i);
    strcat(ent, line);
    snprintf(line, sizeof line, "a%02d,2001,,deal,Z;L%02d,t,s\n", i, i);
    strcat(agr, line);
  }
  cg_file e = {"star/entities.csv", ent, strlen(ent)},
          a = {"star/agreements.csv", agr, strlen(agr)};
  cg_diags *d = cg_diags_new(0);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_files(&ds, "star", &e, &a, NULL, NULL, d), CG_OK);
  cg_diags_free(d);
  graph x;
  open_graph(&x, ds);
  size_t n = LEAVES + 1, z = (size_t)cg_pgraph_vertex(x.g, (size_t)cg_dataset_find_entity(ds, "Z"));
  for (size_t k = 1; k <= n; k += 5)
    for (unsigned long seed = 1; seed <= 3; seed++) {
      cg_centrality_result r;
      run(&r, &x, 1, k, seed);
      /* Leaves have betweenness 0 whatever the sample. */
      for (size_t i = 0; i < n; i++)
        if (i != z) assert_true(r.values[3][i] == 0.0);
      /* Whether Z was drawn shows as L = k or k - 1. */
      double got = r.values[3][z], k_d = (double)k, n_d = (double)n;
      double all_leaves = n_d / (n_d - 1), with_centre = all_leaves * (k_d - 1) / k_d;
      if (k == n)
        assert_true(fabs(got - 1.0) < 1e-12);
      else if (fabs(got - all_leaves) > 1e-12 && fabs(got - with_centre) > 1e-12)
        fail_msg("k=%zu seed=%lu: betweenness of the centre %.17g", k, seed, got);
      cg_centrality_result_free(&r);
    }
  close_graph(&x);
}

/*
 * Against NetworkX given the same sources (scripts/nx-approx-reference
 * draws them by the documented rule and lets nx.betweenness_centrality(G,
 * k, seed) do the rest): "dataset k seed id value" lines.
 */
static void test_approx_reference(void **state) {
  (void)state;
  FILE *fp = fopen(FIXTURES "/reference/approx.txt", "r");
  assert_non_null(fp);
  char line[256], name[64] = "", id[128];
  size_t k = 0, checked = 0;
  unsigned long seed = 0;
  graph x = {0};
  cg_centrality_result r = {0};
  while (fgets(line, sizeof line, fp)) {
    char nm[64];
    size_t kk;
    unsigned long sd;
    double want;
    if (line[0] == '#' || sscanf(line, "%63s %zu %lu %127s %lf", nm, &kk, &sd, id, &want) != 5)
      continue;
    if (strcmp(nm, name) || kk != k || sd != seed) {
      if (x.g) {
        cg_centrality_result_free(&r);
        close_graph(&x);
      }
      snprintf(name, sizeof name, "%s", nm);
      k = kk;
      seed = sd;
      open_graph(&x, load(strcmp(nm, "space-cooperation") == 0 ? DEFAULT_DATA
                          : strcmp(nm, "multi") == 0           ? FIXTURES "/graphs/multi"
                                                               : ""));
      run(&r, &x, 2, k, seed);
      assert_int_equal(r.approx_sources, k);
    }
    int64_t v = cg_pgraph_vertex(x.g, (size_t)cg_dataset_find_entity(x.ds, id));
    double have = r.values[3][v];
    if (fabs(have - want) > 1e-12)
      fail_msg("%s k=%zu seed=%lu %s: have %.17g, NetworkX %.17g", name, k, seed, id, have, want);
    checked++;
  }
  fclose(fp);
  assert_true(checked > 100);
  cg_centrality_result_free(&r);
  close_graph(&x);
}

/* ---- the worker machinery itself ---- */

static cg_status count_msg(void *ctx, size_t worker, uint32_t tag, uint64_t arg, const void *data,
                           size_t len) {
  (void)worker;
  (void)data;
  (void)len;
  *(uint64_t *)ctx += tag * arg;
  return CG_OK;
}

static cg_status good_worker(void *ctx, size_t i, size_t n, cg_worker_out *w) {
  (void)ctx;
  (void)n;
  return cg_worker_send(w, 1, i + 1, NULL, 0);
}

static cg_status dying_worker(void *ctx, size_t i, size_t n, cg_worker_out *w) {
  (void)ctx;
  if (i == n - 1) raise(SIGKILL);
  return cg_worker_send(w, 1, 1, NULL, 0);
}

static cg_status exiting_worker(void *ctx, size_t i, size_t n, cg_worker_out *w) {
  (void)ctx;
  (void)w;
  if (i == 0) _exit(0); /* without saying it finished */
  (void)n;
  return CG_OK;
}

static cg_status failing_worker(void *ctx, size_t i, size_t n, cg_worker_out *w) {
  (void)ctx;
  (void)n;
  (void)w;
  return i == 1 ? CG_ERR_NOMEM : CG_OK;
}

static void test_worker_failures(void **state) {
  (void)state;
  char msg[256];
  uint64_t sum = 0;
  assert_int_equal(cg_workers_run(4, good_worker, count_msg, &sum, msg, sizeof msg), CG_OK);
  assert_int_equal(sum, 1 + 2 + 3 + 4);
  assert_no_children();

  assert_int_equal(cg_workers_run(3, dying_worker, count_msg, &sum, msg, sizeof msg),
                   CG_ERR_INTERNAL);
  assert_non_null(strstr(msg, "worker process 3 of 3 was killed by signal 9"));
  assert_no_children();

  assert_int_equal(cg_workers_run(2, exiting_worker, count_msg, &sum, msg, sizeof msg),
                   CG_ERR_INTERNAL);
  assert_non_null(strstr(msg, "before finishing"));
  assert_no_children();

  assert_int_equal(cg_workers_run(3, failing_worker, count_msg, &sum, msg, sizeof msg),
                   CG_ERR_NOMEM);
  assert_non_null(strstr(msg, "worker process 2 of 3 failed: "));
  assert_no_children();
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_jobs_fixtures),           cmocka_unit_test(test_jobs_generated),
      cmocka_unit_test(test_approx_exact_and_seeded), cmocka_unit_test(test_approx_rescaling),
      cmocka_unit_test(test_approx_reference),        cmocka_unit_test(test_worker_failures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
