/*
 * generate.c - synthetic datasets: entities with kinds, countries, names and
 * aliases, and agreements grown by preferential attachment, streamed to
 * entities.csv, agreements.csv and types.csv (see generate.h).
 *
 * Everything random comes from one xoshiro256** stream seeded with
 * splitmix64, drawn in a fixed order, so a seed fixes every byte.
 */
#define _POSIX_C_SOURCE 200809L
#include <coopgraph/buf.h>
#include <coopgraph/csv.h>
#include <coopgraph/generate.h>
#include <coopgraph/writer.h>

#include "core/error_internal.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- random numbers ---------------------------------------------------- */

typedef struct rng {
  uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15u);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
  return z ^ (z >> 31);
}

static void rng_seed(rng *r, uint64_t seed) {
  for (int i = 0; i < 4; i++)
    r->s[i] = splitmix64(&seed);
}

static uint64_t rotl(uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(rng *r) {
  uint64_t *s = r->s;
  uint64_t out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return out;
}

/* Uniform in [0, n), n > 0, without modulo bias. */
static uint64_t rng_below(rng *r, uint64_t n) {
  uint64_t min = (0 - n) % n, x;
  while ((x = rng_next(r)) < min) {
  }
  return x % n;
}

/* Uniform in [0, 1). */
static double rng_unit(rng *r) {
  return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

/* ---- the tables that give the data its shape --------------------------- */

enum { K_NATION, K_AGENCY, K_COMPANY, K_ORGANISATION, K_UNIVERSITY, NKINDS };
static const char *const KIND_NAMES[NKINDS] = {"nation", "agency", "company", "organisation",
                                               "university"};
/* Cumulative shares of kinds after the first NKINDS entities (one of each). */
static const double KIND_CUM[NKINDS] = {0.15, 0.40, 0.75, 0.92, 1.0};

typedef struct gtype {
  const char *id, *label, *description;
  int weight;
} gtype;

static const gtype TYPES[] = {
    {"cooperation_agreement", "Cooperation agreement",
     "Signed agreement establishing cooperation in one or more named fields.", 30},
    {"memorandum_of_understanding", "Memorandum of understanding",
     "MoU recording a shared intention to explore cooperation.", 20},
    {"contract", "Contract", "Commercial or procurement contract for a service or piece of work.",
     15},
    {"statement_of_intent", "Statement of intent",
     "Non-binding declaration that the parties mean to cooperate.", 10},
    {"framework_agreement", "Framework agreement",
     "Umbrella agreement setting general terms, \"specific\" arrangements to follow.", 8},
    {"arrangement", "Arrangement", "Implementing arrangement for specific hardware or systems.", 7},
    {"launch_service", "Launch service", "One party launches satellites for another.", 6},
    {"joint_mission", "Joint mission", "Mission developed or flown together by the parties.", 4},
};
#define NTYPES (sizeof TYPES / sizeof TYPES[0])

static const char *const TOPICS[] = {
    "Earth observation", "lunar exploration", "satellite navigation", "space debris",
    "human spaceflight", "launch services",   "space weather",        "telecommunications",
    "Mars exploration",  "space science",     "ground stations",      "training, education"};
#define NTOPICS (sizeof TOPICS / sizeof TOPICS[0])

static const char *const COMPANY_SUFFIX[] = {"Aerospace", "Industries", "Space Systems", "Dynamics",
                                             "Launch"};

/* ---- names ------------------------------------------------------------- */

/*
 * Names come from a pronounceable word per entity: the entity number times
 * a constant coprime to 70, modulo 70^digits, written in base 70 with one
 * consonant-vowel syllable per digit. That map is a bijection, so every
 * entity gets its own word and names and aliases never collide.
 */
#define NSYLL 70
typedef struct namer {
  uint64_t modulus;
  int digits;
} namer;

static void namer_init(namer *nm, size_t n) {
  nm->modulus = NSYLL * NSYLL;
  nm->digits = 2;
  while (nm->modulus < n) {
    nm->modulus *= NSYLL;
    nm->digits++;
  }
}

static void word(const namer *nm, size_t i, char *out) {
  static const char cons[] = "bdfgklmnprstvz", vow[] = "aeiou";
  uint64_t x = ((uint64_t)i * 7919u) % nm->modulus;
  for (int d = nm->digits - 1; d >= 0; d--, x /= NSYLL) {
    out[2 * d] = cons[x % NSYLL / 5];
    out[2 * d + 1] = vow[x % 5];
  }
  out[2 * nm->digits] = '\0';
  out[0] = (char)(out[0] - 'a' + 'A');
}

static void entity_name(const namer *nm, size_t i, int kind, char *out, size_t size) {
  char w[32];
  word(nm, i, w);
  switch (kind) {
  case K_NATION:
    snprintf(out, size, "Republic of %s", w);
    break;
  case K_AGENCY:
    snprintf(out, size, "%s Space Agency", w);
    break;
  case K_COMPANY:
    snprintf(out, size, "%s %s", w, COMPANY_SUFFIX[i % 5]);
    break;
  case K_ORGANISATION:
    snprintf(out, size, "%s Council for Space Cooperation", w);
    break;
  default:
    snprintf(out, size, "University of %s", w);
    break;
  }
}

/* Aliases by kind; each holds the entity's word, so they are unique too. */
static void entity_aliases(const namer *nm, size_t i, int kind, rng *r, cg_buf *out) {
  char w[32];
  word(nm, i, w);
  double u = rng_unit(r);
  if (kind == K_NATION && u < 0.5) {
    cg_buf_puts(out, w);
  } else if (kind == K_AGENCY && u < 0.7) {
    for (const char *p = w; *p; p++)
      cg_buf_putc(out, (char)(*p >= 'a' ? *p - 'a' + 'A' : *p));
    cg_buf_puts(out, "SA");
    if (u < 0.2) cg_buf_printf(out, "|%s Space", w);
  } else if (kind == K_COMPANY && u < 0.2) {
    cg_buf_printf(out, "%s Corp.", w);
  } else if (kind == K_ORGANISATION && u < 0.4) {
    cg_buf_printf(out, "%s-ORG", w);
  }
}

/* ---- output files ------------------------------------------------------ */

typedef struct gen {
  const cg_generate_options *o;
  rng r;
  namer nm;
  uint8_t *kinds;
  int32_t *nations;
  size_t nnations;
  uint64_t *tree; /* Fenwick tree of weights (agreements so far + 1), 1-based */
  size_t top;     /* highest power of two <= entities */
  char *msg;
  size_t msg_size;
} gen;

CG_PRINTF(2, 3) static void say(gen *g, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  cg_msg_vset(g->msg, g->msg_size, fmt, ap);
  va_end(ap);
}

/* ---- entities ---------------------------------------------------------- */

static void write_entities(gen *g, cg_writer *w) {
  size_t n = g->o->entities;
  char name[96];
  cg_buf *b = cg_writer_buf(w, CG_TABLE_ENTITIES);
  for (size_t i = 0; i < n; i++) {
    int k = g->kinds[i];
    cg_buf_printf(b, "E%06zu,%s,", i, KIND_NAMES[k]);
    entity_name(&g->nm, i, k, name, sizeof name);
    cg_csv_write_field(b, name);
    cg_buf_putc(b, ',');
    double u = rng_unit(&g->r);
    int has_country =
        k == K_AGENCY || (k == K_COMPANY && u < 0.8) || (k == K_UNIVERSITY && u < 0.6);
    if (has_country) {
      int32_t c = g->nations[rng_below(&g->r, g->nnations)];
      cg_buf_printf(b, "E%06ld", (long)c);
    }
    cg_buf_putc(b, ',');
    entity_aliases(&g->nm, i, k, &g->r, b);
    cg_buf_putc(b, '\n');
    cg_writer_spill(w, CG_TABLE_ENTITIES);
  }
}

/* ---- agreements -------------------------------------------------------- */

static void tree_add(gen *g, size_t i, uint64_t w) {
  for (size_t p = i + 1; p <= g->o->entities; p += p & (0 - p))
    g->tree[p] += w;
}

/* The entity where the running sum of weights passes t. O(log n). */
static size_t tree_find(const gen *g, uint64_t t) {
  size_t pos = 0;
  for (size_t step = g->top; step; step >>= 1)
    if (pos + step <= g->o->entities && g->tree[pos + step] <= t) {
      pos += step;
      t -= g->tree[pos];
    }
  return pos;
}

static int listed(const int32_t *p, size_t k, size_t e) {
  for (size_t j = 0; j < k; j++)
    if ((size_t)p[j] == e) return 1;
  return 0;
}

/*
 * Fills p[1..k) with parties distinct from p[0] and each other, drawn by
 * preferential attachment among the `active` entities. A hub drawn again is
 * drawn anew; after many misses (tiny networks) the next entity not yet
 * listed is taken.
 */
static void pick_parties(gen *g, int32_t *p, size_t k, size_t active, uint64_t total) {
  for (size_t j = 1; j < k; j++) {
    size_t e = tree_find(g, rng_below(&g->r, total));
    for (int tries = 0; listed(p, j, e) && tries < 32; tries++)
      e = tree_find(g, rng_below(&g->r, total));
    while (listed(p, j, e))
      e = (e + 1) % active;
    p[j] = (int32_t)e;
  }
}

/* A random date in `year`: 60% day, 20% month, 15% year, 5% unknown. */
static void put_date(gen *g, cg_buf *b, int year, double u) {
  if (u >= 0.95) return;
  if (u >= 0.80) {
    cg_buf_printf(b, "%04d", year);
    return;
  }
  int month = 1 + (int)rng_below(&g->r, 12);
  if (u >= 0.60) {
    cg_buf_printf(b, "%04d-%02d", year, month);
    return;
  }
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int days = mdays[month - 1] + (month == 2 && leap);
  cg_buf_printf(b, "%04d-%02d-%02d", year, month, 1 + (int)rng_below(&g->r, (uint64_t)days));
}

static size_t pick_type(gen *g) {
  int t = (int)rng_below(&g->r, 100);
  size_t i = 0;
  while (i + 1 < NTYPES && t >= TYPES[i].weight)
    t -= TYPES[i++].weight;
  return i;
}

static void write_title(gen *g, cg_buf *b, const gtype *ty, const int32_t *p, size_t k) {
  char n1[96], n2[96], title[320];
  const char *topic = TOPICS[rng_below(&g->r, NTOPICS)];
  double u = rng_unit(&g->r);
  if (k > 2) {
    snprintf(title, sizeof title, "%s on %s (%zu parties)", ty->label, topic, k);
  } else if (u < 0.1) {
    snprintf(title, sizeof title, "%s on the \"%s\" programme, phase %d", ty->label, topic,
             1 + (int)rng_below(&g->r, 4));
  } else {
    entity_name(&g->nm, (size_t)p[0], g->kinds[p[0]], n1, sizeof n1);
    entity_name(&g->nm, (size_t)p[1], g->kinds[p[1]], n2, sizeof n2);
    snprintf(title, sizeof title, "%s between %s and %s on %s", ty->label, n1, n2, topic);
  }
  cg_csv_write_field(b, title);
}

/*
 * The network grows: after the first eight, entities join one by one, evenly over the agreements,
 * each as the first party of an agreement (so every entity appears when
 * there are enough agreements). Other first parties are uniform among the
 * entities that have joined; further parties are drawn with weight
 * (agreements so far + 1), so early entities become hubs.
 */
static void write_agreements(gen *g, cg_writer *w) {
  cg_buf *b = cg_writer_buf(w, CG_TABLE_AGREEMENTS);
  size_t n = g->o->entities, m = g->o->agreements, first = n < 8 ? n : 8, active = first;
  uint64_t total = first;
  int32_t p[6];
  for (size_t e = 0; e < first; e++)
    tree_add(g, e, 1);
  for (size_t a = 0; a < m; a++) {
    size_t want = first + (size_t)((uint64_t)(a + 1) * (n - first) / m);
    if (active < want) {
      p[0] = (int32_t)active;
      tree_add(g, active++, 1);
      total++;
    } else {
      p[0] = (int32_t)rng_below(&g->r, active);
    }
    size_t k = 2;
    if (rng_unit(&g->r) < g->o->multilateral) k = 3 + (size_t)rng_below(&g->r, 4);
    if (k > active) k = active;
    pick_parties(g, p, k, active, total);
    for (size_t j = 0; j < k; j++)
      tree_add(g, (size_t)p[j], 1);
    total += k;
    /* Roughly chronological, more agreements in later years. */
    int year = 1960 + (int)(67.0 * sqrt(((double)a + rng_unit(&g->r)) / (double)m));
    if (year > 2026) year = 2026;
    double u = rng_unit(&g->r);
    cg_buf_printf(b, "A%07zu,", a);
    put_date(g, b, year, u);
    cg_buf_putc(b, ',');
    if (u < 0.95 && rng_unit(&g->r) < 0.25)
      put_date(g, b, year + 1 + (int)rng_below(&g->r, 15), rng_unit(&g->r) < 0.5 ? 0 : 0.9);
    const gtype *ty = &TYPES[pick_type(g)];
    cg_buf_printf(b, ",%s,", ty->id);
    for (size_t j = 0; j < k; j++)
      cg_buf_printf(b, j ? ";E%06ld" : "E%06ld", (long)p[j]);
    cg_buf_putc(b, ',');
    write_title(g, b, ty, p, k);
    cg_buf_printf(b, ",doc-%08lx.txt\n", (unsigned long)(rng_next(&g->r) >> 32));
    cg_writer_spill(w, CG_TABLE_AGREEMENTS);
  }
}

static void write_types(cg_writer *w) {
  cg_buf *b = cg_writer_buf(w, CG_TABLE_TYPES);
  for (size_t t = 0; t < NTYPES; t++) {
    cg_buf_printf(b, "%s,", TYPES[t].id);
    cg_csv_write_field(b, TYPES[t].label);
    cg_buf_putc(b, ',');
    cg_csv_write_field(b, TYPES[t].description);
    cg_buf_putc(b, '\n');
  }
}

/* ---- driver ------------------------------------------------------------ */

static cg_status check_args(gen *g, const char *outdir) {
  const cg_generate_options *o = g->o;
  if (!outdir || !*outdir) return say(g, "no output directory given"), CG_ERR_ARG;
  if (o->entities < 2 || o->entities > CG_GENERATE_MAX_ENTITIES)
    return say(g, "entities must be 2 to %zu", CG_GENERATE_MAX_ENTITIES), CG_ERR_ARG;
  if (o->agreements > CG_GENERATE_MAX_AGREEMENTS)
    return say(g, "agreements must be 0 to %zu", CG_GENERATE_MAX_AGREEMENTS), CG_ERR_ARG;
  if (!(o->multilateral >= 0 && o->multilateral <= 1))
    return say(g, "the multilateral share must be between 0 and 1"), CG_ERR_ARG;
  return CG_OK;
}

static cg_status setup(gen *g) {
  size_t n = g->o->entities;
  g->kinds = malloc(n);
  g->nations = malloc(n * sizeof *g->nations);
  g->tree = calloc(n + 1, sizeof *g->tree); /* every weight 0 until the entity joins */
  if (!g->kinds || !g->nations || !g->tree) return CG_ERR_NOMEM;
  rng_seed(&g->r, g->o->seed);
  namer_init(&g->nm, n);
  for (size_t i = 0; i < n; i++) {
    int k = 0;
    if (i < NKINDS) {
      k = (int)i;
    } else {
      double u = rng_unit(&g->r);
      while (k + 1 < NKINDS && u >= KIND_CUM[k])
        k++;
    }
    g->kinds[i] = (uint8_t)k;
    if (k == K_NATION) g->nations[g->nnations++] = (int32_t)i;
  }
  for (g->top = 1; g->top * 2 <= n; g->top *= 2) {
  }
  return CG_OK;
}

cg_status cg_generate(const cg_generate_options *opts, const char *outdir, char *msg,
                      size_t msg_size) {
  gen g;
  memset(&g, 0, sizeof g);
  g.o = opts;
  g.msg = msg;
  g.msg_size = msg_size;
  cg_msg_clear(msg, msg_size);
  cg_status st = opts ? check_args(&g, outdir) : CG_ERR_ARG;
  cg_writer *w = NULL;
  if (!st) {
    cg_dir_options where = {opts->force ? CG_DIR_FORCE : CG_DIR_NO_CLOBBER, 1, NULL, NULL};
    st = cg_writer_open(&w, outdir, &where, NULL, 0, msg, msg_size);
  }
  if (!st) st = setup(&g);
  if (!st) {
    write_types(w);
    write_entities(&g, w);
    write_agreements(&g, w);
    st = cg_writer_commit(w, msg, msg_size);
  }
  if (st == CG_ERR_NOMEM) say(&g, "out of memory");
  cg_writer_free(w);
  free(g.kinds);
  free(g.nations);
  free(g.tree);
  return st;
}
