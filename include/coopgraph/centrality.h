/*
 * centrality.h - who is central in the partnership graph, and how that
 * changes over time (centrality.c).
 *
 * Every measure is defined as NetworkX defines it by default on the weighted
 * partnership graph G (see graph.h), and computed with igraph:
 *
 * - partners: distinct partners (the degree in G).
 * - agreements: agreements in the view the entity is a party to.
 * - strength: sum of the weights of its edges (agreements shared, counted
 *   once per partner).
 * - betweenness: nx.betweenness_centrality(G): UNweighted shortest paths,
 *   normalised by 2/((n-1)(n-2)) for n > 2 (0 for n <= 2).
 * - closeness: nx.closeness_centrality(G): UNweighted distances, with the
 *   Wasserman-Faust correction for disconnected graphs,
 *   (r/(n-1)) * (r / sum of distances to the r reachable others); 0 when r = 0.
 * - harmonic: nx.harmonic_centrality(G): UNweighted sum of 1/d over the other
 *   vertices (unreachable ones add 0), not normalised.
 * - eigenvector: nx.eigenvector_centrality(G, weight="weight"): WEIGHTED,
 *   Euclidean norm 1; the vector its power iteration on A+I from the uniform
 *   start converges to (what NetworkX gives with tol=1e-13; its default tol
 *   stops up to ~1e-5 away), computed with igraph (ARPACK) per component. On
 *   a connected graph, the Perron vector. On a disconnected one, the
 *   components whose largest eigenvalue is below the graph's decay to 0, and
 *   components that tie for it (within 1e-10, relative) each keep the share
 *   the uniform start gave them, (sum of v_c) v_c for unit Perron vectors
 *   v_c; with no edges at all, every vertex gets 1/sqrt(n).
 * - pagerank: nx.pagerank(G, alpha=0.85, weight="weight"): WEIGHTED, dangling
 *   (isolated) vertices spread uniformly; solved exactly (igraph's PRPACK),
 *   which is the vector NetworkX's iteration approaches (its default tol
 *   stops it up to ~5e-6 away).
 *
 * n is the number of vertices, m of edges. Results go into caller-owned
 * structures released with the matching _free; nothing here prints.
 */
#ifndef COOPGRAPH_CENTRALITY_H
#define COOPGRAPH_CENTRALITY_H

#include <stddef.h>
#include <stdint.h>

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The measures, as bits of a mask; their order is the column order. */
typedef enum cg_measure {
  CG_MEASURE_PARTNERS = 1u << 0,
  CG_MEASURE_AGREEMENTS = 1u << 1,
  CG_MEASURE_STRENGTH = 1u << 2,
  CG_MEASURE_BETWEENNESS = 1u << 3,
  CG_MEASURE_CLOSENESS = 1u << 4,
  CG_MEASURE_HARMONIC = 1u << 5,
  CG_MEASURE_EIGENVECTOR = 1u << 6,
  CG_MEASURE_PAGERANK = 1u << 7
} cg_measure;

#define CG_NMEASURES 8 /* entries of the registry (a new measure adds a bit above and one here) */
#define CG_MEASURE_ALL ((1u << CG_NMEASURES) - 1u)

/* What kind of number a measure is, which decides how it is written. */
typedef enum cg_measure_kind {
  CG_MEASURE_COUNT, /* a whole number: no decimals anywhere, a JSON integer */
  CG_MEASURE_SUM,   /* a sum of whole edge weights: no decimals in tables and CSV,
                       a JSON float (4.0), as NetworkX's weighted degree is */
  CG_MEASURE_SCORE  /* a real: 6 significant digits in tables, full precision in CSV/JSON */
} cg_measure_kind;

typedef struct cg_centrality_result cg_centrality_result;
typedef struct cg_centrality_options cg_centrality_options;

/*
 * Computes the measures of out->measures whose registry entry names this
 * function, into the out->values[k] already allocated (zeroed) for them; one
 * function may fill several measures (the path measures share their
 * searches), and is called once per run. msg as for cg_centrality_run.
 */
typedef cg_status (*cg_measure_fn)(cg_centrality_result *out, const cg_pgraph *g,
                                   const cg_centrality_options *o, char *msg, size_t msg_size);

/*
 * The measure registry: one entry per measure, in column order (entry k is
 * bit 1u << k). It drives the program's --measure, --sort and --size-by
 * values, table and CSV columns, JSON keys, help and completion. Adding a
 * measure means adding an entry here (centrality.c) and its function. The
 * functions run in registry order, so the path measures (which may fork
 * workers) run before PageRank starts OpenMP threads.
 */
typedef struct cg_measure_info {
  cg_measure bit;
  const char *name;   /* the option value and JSON key: "pagerank" */
  const char *header; /* the table and CSV column header */
  cg_measure_kind kind;
  const char *help;   /* help text for --help; "\n" where a long one wraps */
  cg_measure_fn compute;
} cg_measure_info;

/* Registry entry k (0 .. CG_NMEASURES-1), or NULL past the end. */
const cg_measure_info *cg_measure_at(size_t k);
/* The entry of measure bit m (exactly one bit), or NULL. */
const cg_measure_info *cg_measure_info_of(cg_measure m);
/* "partners", "betweenness", ...: the name of measure number k (0..7). */
const char *cg_measure_name(size_t k);
/* The bit of the measure called name (exact, lower case), or 0. */
unsigned cg_measure_from_name(const char *name);

/* Buffer size for cg_measure_format. */
#define CG_MEASURE_TEXT_SIZE 32
/*
 * Writes value v of measure m as text into buf (CG_MEASURE_TEXT_SIZE bytes):
 * short = 1 for a table read by people (scores to 6 significant digits),
 * 0 for CSV (the shortest text that reads back to v). Counts and sums have
 * no decimals either way. Returns buf.
 */
const char *cg_measure_format(const cg_measure_info *m, double v, int short_form, char *buf);

/*
 * Centrality of every vertex of a partnership graph. Row i is vertex i
 * (entity[i] in the dataset). values[k] is NULL for a measure not computed.
 */
struct cg_centrality_result {
  size_t n;                     /* vertices */
  size_t nedges, nagreements;   /* edges of the graph, agreements in its view */
  unsigned measures;            /* the mask computed */
  int32_t *entity;              /* dataset entity of each row */
  double *values[CG_NMEASURES]; /* values[k][i]: measure k of row i */
  /* Betweenness estimated from this many sampled sources (0: exact), drawn
   * with approx_seed; see cg_centrality_options. */
  size_t approx_sources;
  unsigned long approx_seed;
};

/*
 * Computes the measures in the mask `measures` (CG_MEASURE_ALL for all) for
 * every vertex of g into *out (free with cg_centrality_result_free; *out is
 * left empty and safe to free on failure). Returns CG_OK, CG_ERR_NOMEM,
 * CG_ERR_ARG (mask 0 or unknown bits) or CG_ERR_INTERNAL (igraph failed).
 * Time: partners, strength O(n + m); agreements O(parties of all
 * agreements); betweenness, closeness, harmonic O(n m) (one BFS per vertex,
 * only the asked ones run); eigenvector O(n + m) plus ARPACK's O(m) per
 * iteration on each component that may reach the largest eigenvalue;
 * pagerank PRPACK, O(m) per iteration.
 */
cg_status cg_centrality(cg_centrality_result *out, const cg_pgraph *g, unsigned measures);
void cg_centrality_result_free(cg_centrality_result *r);

/*
 * Progress of a long computation: `done` of `total` units of work (both
 * only ever grow). Called in the calling process, never more often than
 * about 100 times per computation, so it may print.
 */
typedef void (*cg_progress_fn)(void *ctx, size_t done, size_t total);

/*
 * How cg_centrality_run computes. Betweenness, closeness and harmonic are
 * O(n m) (one breadth-first search per vertex): about 14 s for betweenness
 * at n = 10^4, m = 5x10^4 on one core, so at scale they are split across
 * worker processes (igraph is not thread-safe) and betweenness may be
 * sampled:
 *
 * - jobs: worker processes. 1 computes in the calling process; 0 chooses:
 *   1 when n m < CG_FORK_MIN_WORK (forking would not pay), else the online
 *   CPUs, at most CG_MAX_JOBS. Workers are forked from the caller, so a
 *   caller with threads of its own should pass 1. The results do not
 *   depend on the number of workers, bit for bit: sources are cut into 64
 *   fixed chunks whose betweenness vectors are added in one fixed tree,
 *   however the chunks are spread over workers.
 * - approx: 0 for exact betweenness; K for the estimate from K sources
 *   drawn uniformly without replacement with `seed` (Brandes and Pich's
 *   sampling, as nx.betweenness_centrality(G, k=K, seed) does), scaled by
 *   n/K. K >= n is exact. Closeness and harmonic are always exact.
 * - approx_above: when approx is 0 and n m exceeds this, betweenness is
 *   estimated from CG_APPROX_AUTO_SOURCES sources; 0 never does.
 * - progress: called with units done (sources and vertices visited); NULL
 *   for none.
 */
struct cg_centrality_options {
  unsigned measures; /* mask, as for cg_centrality */
  unsigned jobs;
  size_t approx;
  unsigned long seed;
  double approx_above;
  cg_progress_fn progress;
  void *progress_ctx;
  int raw; /* 1: betweenness as the number of shortest paths (not normalised) */
};

#define CG_MAX_JOBS 64
#define CG_FORK_MIN_WORK 2e7        /* n m: about half a second of betweenness */
#define CG_APPROX_ABOVE_DEFAULT 2e9 /* n m: about a minute of exact betweenness */
#define CG_APPROX_AUTO_SOURCES 1000
#define CG_CENTRALITY_OPTIONS_INIT                                                                 \
  { CG_MEASURE_ALL, 1, 0, 42, 0.0, NULL, NULL, 0 }

/*
 * cg_centrality with options (NULL: CG_CENTRALITY_OPTIONS_INIT, which is
 * what cg_centrality does: exact, in this process). Fills out->approx_*.
 * Returns as cg_centrality, and CG_ERR_INTERNAL with the reason in msg
 * (NUL-terminated, may be NULL) when a worker process cannot start, fails
 * or dies: never a partial result.
 */
cg_status cg_centrality_run(cg_centrality_result *out, const cg_pgraph *g,
                            const cg_centrality_options *opts, char *msg, size_t msg_size);
/* Measure bit m of row i; NaN when that measure was not computed. */
double cg_centrality_value(const cg_centrality_result *r, cg_measure m, size_t i);
/* The values of measure bit m, one per row; NULL when it was not computed. */
double *cg_centrality_column(const cg_centrality_result *r, cg_measure m);
/*
 * Sorts rows[0..n) (row numbers of r) by measure m, largest first, ties
 * (equal to 12 significant digits, cg_score_compare) by entity id; ds must
 * be the dataset r was computed on. The order every ranking of the program
 * and the report uses.
 */
void cg_centrality_order(const cg_centrality_result *r, const cg_dataset *ds, cg_measure m,
                         size_t *rows, size_t n);

/* Periods for centrality over time. */
typedef enum cg_period_unit { CG_PERIOD_YEAR = 0, CG_PERIOD_DECADE = 1 } cg_period_unit;

typedef struct cg_over_time_options {
  cg_period_unit by;
  unsigned window;   /* 0: cumulative; N: only agreements dated in the last N periods */
  unsigned measures; /* mask, as for cg_centrality */
} cg_over_time_options;

#define CG_OVER_TIME_OPTIONS_INIT                                                                  \
  { CG_PERIOD_YEAR, 0, CG_MEASURE_ALL }

/* One period: the graph as of its last day, and its centrality. */
typedef struct cg_period_centrality {
  char label[8];             /* "2005" or "1990s" */
  int first_year, last_year; /* the period's years, inclusive */
  cg_centrality_result c;
} cg_period_centrality;

typedef struct cg_centrality_series {
  cg_period_unit by;
  unsigned window;
  size_t nperiods;
  cg_period_centrality *periods; /* oldest first */
} cg_centrality_series;

/*
 * The filter that period p of an over-time series is computed on: base with
 * as_of at the end of p's last year and, with a window of N periods, from
 * at the start of the N-th period back (or base's own from, when later).
 * Shared by cg_centrality_over_time and the growth figure, so that a figure
 * always shows the graphs the table measured.
 */
cg_filter cg_period_filter(const cg_filter *base, int first_year, int last_year, cg_period_unit by,
                           unsigned window);

/*
 * Centrality over time. Periods run from the one holding the earliest dated
 * agreement that passes `base` to the one holding the latest (none when no
 * agreement is dated). For each period, the graph is the one of `base`
 * intersected with as_of = the period's last year (agreements signed by its
 * end and not ended by then) and, with a window of N, from = the first year
 * of the N-th period back (or base's from, when later): period P gives
 * exactly what cg_centrality gives on that filter. Undated agreements are
 * never in. base must not set as_of (CG_ERR_ARG). Returns as cg_centrality;
 * free with cg_centrality_series_free. Time: one view, graph and
 * cg_centrality per period.
 */
cg_status cg_centrality_over_time(cg_centrality_series *out, const cg_dataset *ds,
                                  const cg_filter *base, const cg_over_time_options *opts);
void cg_centrality_series_free(cg_centrality_series *s);

#ifdef __cplusplus
}
#endif
#endif
