/*
 * extract.c - proposes agreements and entities from articles (extract.h).
 *
 * Per article: a first pass over every paragraph finds unknown
 * organisations; a second cuts each paragraph into sentences (ICU), finds
 * the parties (the name index of the dataset and of the proposed
 * entities), the cue, modality, negation and date of each sentence, and
 * turns it into zero or more proposals.
 */
#include <coopgraph/csv.h>
#include <coopgraph/extract.h>
#include <coopgraph/writer.h>

#include "core/arena_internal.h"
#include "core/grow_internal.h"
#include "core/strmap_internal.h"
#include "data/dataset_internal.h"
#include "data/names_internal.h"
#include "data/textdate_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* ---- built-in cues ---- */

static const char *const DEFAULT_CUES[] = {
    "statement_of_intent",
    "statement of intent|joint statement|declaration of intent|letter of intent|joint declaration",
    "framework_agreement", "framework agreement|frame agreement|umbrella agreement",
    "cooperation_agreement", "cooperation agreement|agreement|deal|accord|treaty",
    "intergovernmental_agreement", "intergovernmental agreement",
    "memorandum_of_understanding", "memorandum of understanding|memoranda of understanding|MoU",
    "arrangement", "implementing arrangement|arrangement",
    "contract", "contract|procurement",
    "joint_mission",
    "joint mission|joint project|instruments from|payloads from|jointly developed|joint satellite|joint",
    "launch_service", "launch service|launched|launch of|launch contract|will launch|launches",
    "astronaut_training", "astronaut training|crew training|train astronauts",
    "technical_assistance", "support|assistance|expertise|technology transfer",
    "research_cooperation",
    "cooperation|cooperate|collaboration|collaborate|collaborated|collaborators|collaborative "
    "work|partnership|partner|joined forces|work together|working together|working with|joint "
    "research|counterpart|coordinate",
    "programme_partnership", "programme|program",
    "participation", "participates|participate|participation|takes part|take part|involvement",
    "membership", "member state|member|membership",
    "associate_membership", "associate member|associate membership",
    NULL};

/* Word keys that carry meaning of their own (keys are folded, without apostrophes). */
static const char *const NEGATION[] = {"not",    "never",   "neither",  "nor",    "declined",
                                       "refused", "rejected", "cancelled", "canceled",
                                       "withdrew", "didnt",  "doesnt",   "dont",   "wont",
                                       "hasnt",  "havent",  "wasnt",    "werent", "isnt",
                                       "arent",  "cannot",  "cant",     "denied", NULL};
static const char *const PLANNED[] = {
    "plan",     "plans",     "planned",   "planning", "will",      "would",  "expected",
    "expects",  "expect",    "intend",    "intends",  "intention", "aim",    "aims",
    "scheduled", "upcoming", "future",    "proposed", "could",     "might",  "discussing",
    "discuss",  "negotiating", "possibilities", "possible", "prospective", "interest",
    "potential", "considering", "explore", NULL};
static const char *const PAST[] = {"previously", "formerly", "earlier", "historically", NULL};
static const char *const SIGNING[] = {"signed", "concluded", "inked", "formalized", "formalised",
                                      "sealed", "signature", "signing", "agreed", NULL};
static const char *const LIST_GLUE[] = {"and", "or", "the", "as", "well", NULL};
static const char *const CONNECTORS[] = {"of", "for", "the", "and", "de", "du", "des", "la",
                                         "le", "on", "in", "et", "fur", "und", "di", "del",
                                         "d", "l", NULL};
/* Org words and the kind each suggests. */
static const char *const ORG_AGENCY[] = {"agency", "administration", "organisation",
                                         "organization", "authority", "commission", "office",
                                         "ministry", "directorate", NULL};
static const char *const ORG_COMPANY[] = {"corporation", "corp", "ltd", "limited", "inc",
                                          "company", "gmbh", "plc", "llc", "ag", "sa",
                                          "sas", "industries", "technologies", NULL};
static const char *const ORG_OTHER[] = {"centre", "center", "institute", "foundation",
                                        "council", "committee", "association", "university",
                                        "laboratory", "observatory", "union", "society",
                                        "federation", "consortium", NULL};
static const char *const ABBREV[] = {"Dr",  "Mr",  "Mrs", "Ms",   "Prof", "St",  "No",  "Nos",
                                     "Co",  "vs",  "etc", "Gen",  "Col",  "Lt",  "Sen", "Rep",
                                     "Gov", "Jr",  "Sr",  "Mt",   "Ft",   "Jan", "Feb", "Mar",
                                     "Apr", "Jun", "Jul", "Aug",  "Sep",  "Sept", "Oct", "Nov",
                                     "Dec", "approx", "Fig", "Capt", "Adm", "Hon", NULL};
static const char *const WEEKDAYS[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday",    NULL};

static int in_list(const char *key, const char *const *list) {
  for (; *list; list++)
    if (strcmp(key, *list) == 0) return 1;
  return 0;
}
static int list_index(const char *key, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strcmp(key, list[i]) == 0) return i;
  return -1;
}

/* ---- the extractor ---- */

typedef struct cue {
  const char *type;
  uint32_t nwords, rank; /* rank: the type's place in the cue list */
} cue;

typedef struct pent {
  cg_proposed_entity pub;
  int used, strong;
} pent;

typedef struct prop {
  cg_proposal pub;
  int32_t *p; /* party values, in order */
  uint32_t np;
  size_t article;
} prop;

struct cg_extractor {
  const cg_dataset *ds;
  int32_t nent;
  cg_name_index names;  /* dataset names -> entity */
  cg_name_index pnames; /* proposed entities' names -> pent */
  cg_name_index cues;   /* cue phrases -> cue */
  cue *cuetab;
  size_t ncues, capcues;
  cg_arena arena;
  prop *props;
  size_t nprops, capprops;
  pent *ents;
  size_t nents, capents;
  cg_strmap taken_ids;  /* agreement ids of the dataset and of proposals, any case */
  cg_strmap ent_ids;    /* entity ids of the dataset and of proposals, any case */
  cg_strmap seen;       /* statement key -> its proposal (emit's duplicates) */
  UBreakIterator *brk;
  size_t narticles;
  uint32_t rank; /* types with cues so far */
  cg_status st;
};

static char *adup(cg_extractor *x, const char *s, size_t n) {
  char *p = cg_arena_strndup(&x->arena, s, n);
  if (!p) x->st = CG_ERR_NOMEM;
  return p;
}
static char *adups(cg_extractor *x, const char *s) {
  return adup(x, s, strlen(s));
}

static int add_cue(cg_extractor *x, const char *type, const char *phrase, size_t n) {
  if (CG_GROW(x->cuetab, x->capcues, x->ncues, 64)) return -1;
  cg_words ws;
  cg_words_init(&ws);
  if (cg_words_scan(&ws, phrase, n, 0)) {
    cg_words_free(&ws);
    return -1;
  }
  uint32_t nw = (uint32_t)ws.n;
  cg_words_free(&ws);
  int r = cg_name_index_add(&x->cues, phrase, n, (int32_t)x->ncues);
  if (r < 0) return -1;
  if (r == 0) return 0;
  x->cuetab[x->ncues] = (cue){type, nw, x->rank};
  x->ncues++;
  return 0;
}

/* Adds "a|b|c" for type, with plural forms ("agreements", "memorandums of understanding"). */
static int add_cues(cg_extractor *x, const char *type, const char *const *items, size_t n) {
  x->rank++;
  for (size_t i = 0; i < n; i++) {
    const char *c = items[i];
    size_t len = strlen(c);
    if (add_cue(x, type, c, len)) return -1;
    char buf[512];
    const char *sp = memchr(c, ' ', len);
    if (len + 2 < sizeof buf) {
      /* the first word in the plural: "memorandums of understanding", "agreements" */
      size_t w = sp ? (size_t)(sp - c) : len;
      if (w > 2 && c[w - 1] != 's') {
        memcpy(buf, c, w);
        buf[w] = 's';
        memcpy(buf + w + 1, c + w, len - w);
        if (add_cue(x, type, buf, len + 1)) return -1;
      }
      if (sp && c[len - 1] != 's') { /* and the last: "member states" */
        memcpy(buf, c, len);
        buf[len] = 's';
        if (add_cue(x, type, buf, len + 1)) return -1;
      }
    }
  }
  return 0;
}

cg_status cg_extractor_new(cg_extractor **out, const cg_dataset *ds) {
  *out = NULL;
  cg_extractor *x = calloc(1, sizeof *x);
  if (!x) return CG_ERR_NOMEM;
  x->ds = ds;
  x->nent = (int32_t)cg_dataset_nentities(ds);
  cg_name_index_init(&x->names);
  cg_name_index_init(&x->pnames);
  cg_name_index_init(&x->cues);
  cg_strmap_init(&x->taken_ids, 1);
  cg_strmap_init(&x->ent_ids, 1);
  cg_strmap_init(&x->seen, 0);
  cg_status st = CG_OK;
  /* Ids first, then aliases, then names: the first value of a key stays. */
  for (int pass = 0; pass < 3 && !st; pass++)
    for (int32_t e = 0; e < x->nent && !st; e++) {
      const cg_entity *en = cg_dataset_entity(ds, (size_t)e);
      int r = 0;
      if (pass == 0) {
        r = cg_name_index_add(&x->names, en->id, strlen(en->id), e);
        if (r >= 0 && cg_strmap_put(&x->ent_ids, en->id, e) == -2) r = -1;
      }
      for (size_t k = 0; pass == 1 && k < en->naliases && r >= 0; k++)
        r = cg_name_index_add(&x->names, en->aliases[k], strlen(en->aliases[k]), e);
      if (pass == 2 && en->name[0]) r = cg_name_index_add(&x->names, en->name, strlen(en->name), e);
      if (r < 0) st = CG_ERR_NOMEM;
    }
  for (size_t a = 0; a < cg_dataset_nagreements(ds) && !st; a++)
    if (cg_strmap_put(&x->taken_ids, cg_dataset_agreement(ds, a)->id, 0) == -2)
      st = CG_ERR_NOMEM;
  /* Cues: the dataset's when it declares them, else the built-in ones. */
  if (!st && cg_dataset_has_cues(ds)) {
    for (size_t t = 0; t < cg_dataset_ntypes(ds) && !st; t++) {
      size_t n;
      const char *const *items = cg_dataset_type_cues(ds, t, &n);
      if (n && add_cues(x, cg_dataset_type(ds, t)->id, (const char **)items, n)) st = CG_ERR_NOMEM;
    }
  } else {
    for (size_t i = 0; DEFAULT_CUES[i] && !st; i += 2) {
      const char *items[64];
      size_t n = 0;
      char buf[1024];
      snprintf(buf, sizeof buf, "%s", DEFAULT_CUES[i + 1]);
      char *save = buf;
      for (char *tok = buf; tok && n < 64; tok = save) {
        save = strchr(tok, CG_CUES_SEPARATOR);
        if (save) *save++ = '\0';
        items[n++] = tok;
      }
      const char *type = adups(x, DEFAULT_CUES[i]);
      for (size_t k = 0; k < n && type; k++)
        items[k] = adups(x, items[k]);
      if (!type || x->st || add_cues(x, type, items, n)) st = CG_ERR_NOMEM;
    }
  }
  UErrorCode err = U_ZERO_ERROR;
  if (!st) {
    x->brk = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &err);
    if (U_FAILURE(err)) st = CG_ERR_INTERNAL;
  }
  if (st) {
    cg_extractor_free(x);
    return st;
  }
  *out = x;
  return CG_OK;
}

void cg_extractor_free(cg_extractor *x) {
  if (!x) return;
  cg_name_index_free(&x->names);
  cg_name_index_free(&x->pnames);
  cg_name_index_free(&x->cues);
  cg_strmap_free(&x->taken_ids);
  cg_strmap_free(&x->ent_ids);
  cg_strmap_free(&x->seen);
  free(x->cuetab);
  free(x->props);
  free(x->ents);
  if (x->brk) ubrk_close(x->brk);
  cg_arena_free(&x->arena);
  free(x);
}

size_t cg_extractor_nproposals(const cg_extractor *x) {
  return x->nprops;
}
const cg_proposal *cg_extractor_proposal(const cg_extractor *x, size_t i) {
  return &x->props[i].pub;
}

/* Entities worth showing: named by a proposal, or with an organisation word. */
static int shown_entity(const pent *p) {
  return p->used || p->strong;
}

size_t cg_extractor_nentities(const cg_extractor *x) {
  size_t n = 0;
  for (size_t i = 0; i < x->nents; i++)
    n += shown_entity(&x->ents[i]);
  return n;
}

const cg_proposed_entity *cg_extractor_entity(const cg_extractor *x, size_t i) {
  for (size_t k = 0; k < x->nents; k++)
    if (shown_entity(&x->ents[k]) && i-- == 0) return &x->ents[k].pub;
  return NULL;
}

/* ---- per paragraph ---- */

typedef struct mention {
  int32_t v;       /* entity: < nent in the dataset, else nent + proposed index */
  uint32_t w0, nw; /* words */
} mention;

typedef struct para_ctx {
  const cg_article *a;
  size_t pi;
  const char *text;
  size_t len;
  cg_words *ws;
  mention *m;
  size_t nm, capm;
  int32_t topic; /* organisation of the last sentence that named one, or -1 */
  cg_date last_date;
  struct intro *intro; /* a sentence ending in ':' whose list follows as paragraphs */
  int32_t agencies[64]; /* the agencies the paragraph names, found once when needed */
  uint32_t nagencies;
  int agencies_done;
} para_ctx;

static const char *wkey(const cg_words *ws, size_t i) {
  return cg_words_key(ws, i);
}

static int is_nation(const cg_extractor *x, int32_t v) {
  return v < x->nent && strcmp(cg_dataset_entity(x->ds, (size_t)v)->kind, "nation") == 0;
}
static int is_agency(const cg_extractor *x, int32_t v) {
  if (v >= x->nent) return strcmp(x->ents[v - x->nent].pub.kind, "agency") == 0;
  return strcmp(cg_dataset_entity(x->ds, (size_t)v)->kind, "agency") == 0;
}
static int32_t country_of(const cg_extractor *x, int32_t v) {
  return v < x->nent ? cg_dataset_entity(x->ds, (size_t)v)->country : -1;
}
static const char *id_of(const cg_extractor *x, int32_t v) {
  return v < x->nent ? cg_dataset_entity(x->ds, (size_t)v)->id : x->ents[v - x->nent].pub.id;
}

/* The bytes between two words contain only these characters. */
static int gap_only(const char *text, uint32_t from, uint32_t to, const char *allowed) {
  for (uint32_t i = from; i < to; i++)
    if (!strchr(allowed, text[i])) return 0;
  return 1;
}

/* Finds the mentions of known and proposed entities in words [w0, w1). */
static cg_status find_mentions(cg_extractor *x, para_ctx *c, size_t w0, size_t w1,
                               int with_proposed) {
  c->nm = 0;
  for (size_t i = w0; i < w1;) {
    size_t n1 = 0, n2 = 0;
    int32_t v1 = cg_name_index_match(&x->names, c->ws, i, &n1);
    int32_t v2 = with_proposed ? cg_name_index_match(&x->pnames, c->ws, i, &n2) : -1;
    /* A "Name (ACR)" without an organisation word may be a rocket or a station: not a party. */
    if (v2 >= 0 && !x->ents[v2].strong) v2 = -1;
    if (v1 < 0 && v2 < 0) {
      i++;
      continue;
    }
    mention mm;
    if (v2 >= 0 && (v1 < 0 || n2 > n1))
      mm = (mention){x->nent + v2, (uint32_t)i, (uint32_t)n2};
    else
      mm = (mention){v1, (uint32_t)i, (uint32_t)n1};
    if (mm.w0 + mm.nw > w1) mm.nw = (uint32_t)(w1 - mm.w0);
    if (CG_GROW(c->m, c->capm, c->nm, 64)) return CG_ERR_NOMEM;
    c->m[c->nm++] = mm;
    i += mm.nw;
  }
  return CG_OK;
}

/* ---- unknown organisations ---- */

static int org_kind(const char *key) {
  if (in_list(key, ORG_AGENCY)) return 1;
  if (in_list(key, ORG_COMPANY)) return 2;
  if (in_list(key, ORG_OTHER)) return 3;
  return 0;
}

/* A safe, unique entity id from an acronym or a name. */
static const char *new_entity_id(cg_extractor *x, const char *text, const cg_words *ws,
                                 size_t w0, size_t w1, int acronym) {
  char id[96];
  size_t n = 0;
  for (size_t i = w0; i < w1 && n + 1 < 64; i++) {
    if (!acronym && in_list(wkey(ws, i), CONNECTORS)) continue;
    int first = 1;
    for (uint32_t b = ws->w[i].start; b < ws->w[i].end && n + 1 < 64; b++) {
      char ch = text[b];
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
        continue;
      if (first && !acronym && ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
      first = 0;
      id[n++] = ch;
    }
  }
  if (n == 0) memcpy(id, "org", 3), n = 3;
  id[n] = '\0';
  char try[sizeof id + 16];
  snprintf(try, sizeof try, "%s", id);
  for (int k = 2; cg_strmap_get(&x->ent_ids, try) >= 0; k++)
    snprintf(try, sizeof try, "%s-%d", id, k);
  return adups(x, try);
}

static void trim_evidence(const char *s, size_t n, cg_buf *out);

/* Records a proposed entity from words [w0, w1) (the name) and acronym word ac (or -1). */
static cg_status propose_entity(cg_extractor *x, para_ctx *c, size_t w0, size_t w1, long ac,
                                int strong, size_t s0, size_t s1) {
  const char *t = c->text;
  const cg_word *W = c->ws->w;
  size_t last = w1 - 1;
  /* Already proposed under this name? */
  size_t n = 0;
  if (cg_name_index_match(&x->pnames, c->ws, w0, &n) >= 0 && n == w1 - w0) return CG_OK;
  int kind = 0;
  for (size_t i = last + 1; i-- > w0 && !kind;)
    kind = org_kind(wkey(c->ws, i));
  if (CG_GROW(x->ents, x->capents, x->nents, 16)) return CG_ERR_NOMEM;
  pent *p = &x->ents[x->nents];
  memset(p, 0, sizeof *p);
  p->strong = strong;
  const char *id = ac >= 0 ? new_entity_id(x, t, c->ws, (size_t)ac, (size_t)ac + 1, 1)
                           : new_entity_id(x, t, c->ws, w0, w1, 0);
  p->pub.id = id;
  p->pub.kind = kind == 1 ? "agency" : kind == 2 ? "company" : "organisation";
  p->pub.name = adup(x, t + W[w0].start, W[last].end - W[w0].start);
  p->pub.aliases = "";
  p->pub.confidence = strong ? (ac >= 0 ? 0.8 : 0.6) : 0.4;
  cg_buf ev = CG_BUF_INIT;
  trim_evidence(t + s0, s1 - s0, &ev);
  p->pub.evidence = adup(x, ev.data ? ev.data : "", ev.len);
  cg_buf_free(&ev);
  p->pub.source = adups(x, cg_article_source(c->a));
  p->pub.line = cg_article_line(c->a, c->pi, W[w0].start);
  if (x->st || !id) return CG_ERR_NOMEM;
  int32_t v = (int32_t)x->nents;
  if (cg_strmap_put(&x->ent_ids, id, x->nent + v) == -2) return CG_ERR_NOMEM;
  if (cg_name_index_add(&x->pnames, p->pub.name, strlen(p->pub.name), v) < 0) return CG_ERR_NOMEM;
  if (ac >= 0 &&
      cg_name_index_add(&x->pnames, t + W[ac].start, W[ac].end - W[ac].start, v) < 0)
    return CG_ERR_NOMEM;
  x->nents++;
  return CG_OK;
}

/* Finds "Full Name (ACRONYM)" and "Capitalised Name Agency" in sentence words [w0, w1). */
static cg_status find_organisations(cg_extractor *x, para_ctx *c, size_t w0, size_t w1,
                                    size_t s0, size_t s1) {
  const cg_word *W = c->ws->w;
  const char *t = c->text;
  /* words covered by known names */
  cg_status st = find_mentions(x, c, w0, w1, 0);
  if (st) return st;
  unsigned char covered[512];
  size_t span = w1 - w0 < sizeof covered ? w1 - w0 : sizeof covered;
  memset(covered, 0, sizeof covered);
  for (size_t k = 0; k < c->nm; k++)
    for (uint32_t i = c->m[k].w0; i < c->m[k].w0 + c->m[k].nw; i++)
      if (i - w0 < span) covered[i - w0] = 1;
  for (size_t j = w0 + 1; j < w0 + span; j++) {
    int paren = W[j].upper && W[j].end - W[j].start >= 2 && W[j].end - W[j].start <= 12 &&
                W[j].start > 0 && t[W[j].start - 1] == '(' && W[j].end < c->len &&
                t[W[j].end] == ')';
    /* "Name Institute (ACR)" is the acronym's pattern, with its acronym. */
    int orgword = W[j].cap && org_kind(wkey(c->ws, j)) && !covered[j - w0] &&
                  !(j + 1 < w0 + span && W[j].end + 2 <= c->len && t[W[j].end] == ' ' &&
                    t[W[j].end + 1] == '(' && W[j + 1].upper);
    if (!paren && !orgword) continue;
    size_t end = paren ? j : j + 1; /* name words [k, end) */
    if (paren && (covered[j - w0] || (end > w0 && covered[end - 1 - w0]))) continue;
    size_t k = end;
    while (k > w0 && end - k < 12) {
      size_t q = k - 1;
      const char *key = wkey(c->ws, q);
      int ok = (W[q].cap || in_list(key, CONNECTORS)) && !W[q].poss && !covered[q - w0];
      if (ok && q + 1 < end) ok = gap_only(t, W[q].end, W[q + 1].start, " -&");
      if (ok && q + 1 == end && paren) ok = gap_only(t, W[q].end, W[q + 1].start - 1, " ");
      if (!ok) break;
      k = q;
    }
    while (k < end && (in_list(wkey(c->ws, k), CONNECTORS) || !W[k].cap))
      k++;
    if (end - k < 2) continue;
    /* "The" opening a sentence is capitalised but not a name */
    int strong = org_kind(wkey(c->ws, end - 1)) != 0;
    if (paren) {
      /* The acronym's first letter is the name's: "Korea ... (KARI)". */
      char a0 = t[W[j].start], n0 = t[W[k].start];
      if ((a0 | 32) != (n0 | 32)) continue;
    }
    st = propose_entity(x, c, k, end, paren ? (long)j : -1, strong, s0, s1);
    if (st) return st;
  }
  return CG_OK;
}

/* ---- sentences ---- */

static void trim_evidence(const char *s, size_t n, cg_buf *out) {
  while (n && (*s == ' ' || *s == '"' || *s == '\''))
    s++, n--;
  while (n && s[n - 1] == ' ')
    n--;
  if (n > 1000) { /* a whole page run together is no evidence */
    size_t cut = 1000;
    while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
      cut--;
    cg_buf_append(out, s, cut);
    cg_buf_puts(out, "...");
    return;
  }
  cg_buf_append(out, s, n);
}

static int abbreviation_before(const char *t, size_t b) {
  /* b is a break; the text before it ends "Abbr. " */
  size_t e = b;
  while (e > 0 && t[e - 1] == ' ')
    e--;
  if (e == 0 || t[e - 1] != '.') return 0;
  size_t s = e - 1;
  while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '(')
    s--;
  size_t n = e - 1 - s;
  if (n == 0) return 0;
  if (n == 1 && t[s] >= 'A' && t[s] <= 'Z') return 1; /* an initial */
  if (memchr(t + s, '.', n)) return 1;              /* "U.S." */
  char w[16];
  if (n >= sizeof w) return 0;
  memcpy(w, t + s, n);
  w[n] = '\0';
  return in_list(w, ABBREV);
}

typedef struct sentence {
  size_t s0, s1; /* bytes */
  size_t w0, w1; /* words */
} sentence;

/* The proposals of one sentence go through here. */
typedef struct draft {
  int32_t p[64];
  uint32_t np;
} draft;

/* A date relative to the publication date, at the precision it justifies. */
static int relative_date(const cg_words *ws, size_t w0, size_t w1, cg_date pub, cg_date *out) {
  if (!cg_date_known(pub)) return 0;
  for (size_t i = w0; i < w1; i++) {
    const char *k = wkey(ws, i);
    const char *next = i + 1 < w1 ? wkey(ws, i + 1) : "";
    const char *prev = i > w0 ? wkey(ws, i - 1) : "";
    if (pub.precision == CG_DATE_DAY) {
      int32_t days = cg_date_first_day(pub);
      if (strcmp(k, "today") == 0) {
        *out = pub;
        return 1;
      }
      if (strcmp(k, "yesterday") == 0) {
        *out = cg_date_from_days(days - 1);
        return 1;
      }
      int wd = list_index(k, WEEKDAYS);
      if (wd >= 0 && (strcmp(prev, "on") == 0 || strcmp(prev, "last") == 0)) {
        int today = (int)(((days + 3) % 7 + 7) % 7); /* 1970-01-01 was a Thursday (3) */
        int back = (today - wd + 7) % 7;
        if (strcmp(prev, "last") == 0 && back == 0) back = 7;
        *out = cg_date_from_days(days - back);
        return 1;
      }
      if (strcmp(next, "week") == 0 && (strcmp(k, "last") == 0 || strcmp(k, "this") == 0)) {
        int today = (int)(((days + 3) % 7 + 7) % 7);
        int32_t mon = days - today - (strcmp(k, "last") == 0 ? 7 : 0);
        cg_date a = cg_date_from_days(mon), b = cg_date_from_days(mon + 6);
        if (a.year != b.year) return 0;
        *out = a.month == b.month ? (cg_date){a.year, a.month, 0, CG_DATE_MONTH}
                                  : (cg_date){a.year, 0, 0, CG_DATE_YEAR};
        return 1;
      }
    }
    if (pub.precision >= CG_DATE_MONTH && strcmp(next, "month") == 0 &&
        (strcmp(k, "last") == 0 || strcmp(k, "this") == 0)) {
      cg_date d = {pub.year, pub.month, 0, CG_DATE_MONTH};
      if (strcmp(k, "last") == 0) {
        if (d.month == 1)
          d.year--, d.month = 12;
        else
          d.month--;
      }
      *out = d;
      return 1;
    }
    if (strcmp(next, "year") == 0 && (strcmp(k, "last") == 0 || strcmp(k, "this") == 0)) {
      *out = (cg_date){(int16_t)(pub.year - (strcmp(k, "last") == 0)), 0, 0, CG_DATE_YEAR};
      return 1;
    }
  }
  return 0;
}

static int cmp_i32(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return (x > y) - (x < y);
}

static int same_set(const int32_t *a, uint32_t na, const int32_t *b, uint32_t nb) {
  if (na != nb) return 0;
  int32_t sa[64], sb[64];
  if (na > 64) return 0;
  memcpy(sa, a, na * sizeof *a);
  memcpy(sb, b, nb * sizeof *b);
  qsort(sa, na, sizeof *sa, cmp_i32);
  qsort(sb, nb, sizeof *sb, cmp_i32);
  return memcmp(sa, sb, na * sizeof *sa) == 0;
}

static int dates_compatible(cg_date a, cg_date b) {
  if (!cg_date_known(a) || !cg_date_known(b)) return 1;
  return cg_date_first_day(a) < cg_date_end_day(b) && cg_date_first_day(b) < cg_date_end_day(a);
}

/* "known:ID" when the dataset has the same parties and type at a compatible date. */
static const char *known_status(cg_extractor *x, const int32_t *p, uint32_t np, const char *type,
                                cg_date d) {
  for (uint32_t k = 0; k < np; k++)
    if (p[k] >= x->nent) return "new";
  size_t n;
  const int32_t *ags = cg_dataset_entity_agreements(x->ds, (size_t)p[0], &n);
  for (size_t i = 0; i < n; i++) {
    const cg_agreement *ag = cg_dataset_agreement(x->ds, (size_t)ags[i]);
    if (!cg_streq_nocase(cg_dataset_type(x->ds, (size_t)ag->type)->id, type)) continue;
    if (!same_set(ag->parties, ag->nparties, p, np)) continue;
    if (!dates_compatible(ag->date, d)) continue;
    char buf[600];
    snprintf(buf, sizeof buf, "known:%s", ag->id);
    return adups(x, buf);
  }
  return "new";
}

typedef struct stmt {
  const char *type;
  int instrument; /* a signed instrument, not a relationship */
  int planned, past;
  cg_date date;
  const char *basis;
  double confidence;
  const char *evidence;
  unsigned long line;
  size_t article, first; /* first proposal of this article */
} stmt;

/* "ESA signed agreements with these agencies:" and its items, one paragraph each. */
typedef struct intro {
  int active;
  stmt s;
  double conf;
  int32_t others[64], items[64];
  uint32_t nothers, nitems;
} intro;

static cg_status emit(cg_extractor *x, const cg_article *a, const stmt *s, const int32_t *p,
                      uint32_t np, double conf);

/* Emits one row per item of the list an intro sentence announced. */
static cg_status flush_intro(cg_extractor *x, const cg_article *a, intro *in) {
  cg_status st = CG_OK;
  for (uint32_t i = 0; i < in->nitems && !st; i++) {
    int32_t row[65];
    memcpy(row, in->others, in->nothers * sizeof *row);
    row[in->nothers] = in->items[i];
    st = emit(x, a, &in->s, row, in->nothers + 1, in->conf);
  }
  in->active = 0;
  in->nitems = 0;
  return st;
}

/*
 * While an intro is open, a short paragraph naming one entity is an item of
 * its list; anything else closes the list. Returns 1 when the paragraph was
 * an item.
 */
static int intro_item(cg_extractor *x, para_ctx *c, intro *in) {
  if (!in->active || c->ws->n > 15) return 0;
  if (find_mentions(x, c, 0, c->ws->n, 1)) return 0;
  int32_t v = -1;
  for (size_t k = 0; k < c->nm; k++) {
    int32_t m = c->m[k].v;
    /* "JAXA (Japan)": a nation beside its own agency is the same item */
    int home = 0;
    for (size_t j = 0; j < c->nm; j++)
      home |= country_of(x, c->m[j].v) == m;
    if (home || m == v) continue;
    if (v >= 0) return 0;
    v = m;
  }
  if (v < 0 || in->nitems == 64) return 0;
  for (uint32_t i = 0; i < in->nothers; i++)
    if (in->others[i] == v) return 0;
  in->items[in->nitems++] = v;
  return 1;
}

static cg_status emit(cg_extractor *x, const cg_article *a, const stmt *s, const int32_t *p,
                      uint32_t np, double conf) {
  /* parties: distinct, at least two */
  int32_t q[64];
  uint32_t nq = 0;
  for (uint32_t i = 0; i < np && nq < 64; i++) {
    int dup = 0;
    for (uint32_t k = 0; k < nq; k++)
      dup |= q[k] == p[i];
    if (!dup && p[i] >= 0) q[nq++] = p[i];
  }
  if (nq < 2) return CG_OK;
  const char *modality = s->planned ? "planned" : s->past ? "past" : "";
  /*
   * The same statement again in this article (same parties, type, date and
   * modality): keep the first, with the best confidence. A key per
   * statement keeps a long article linear.
   */
  int32_t sorted[64];
  memcpy(sorted, q, nq * sizeof *q);
  qsort(sorted, nq, sizeof *sorted, cmp_i32);
  char dk[11];
  cg_buf key = CG_BUF_INIT;
  cg_buf_printf(&key, "%zu|%s|%s|%s|", s->article, s->type, cg_date_format(s->date, dk),
                modality);
  for (uint32_t k = 0; k < nq; k++)
    cg_buf_printf(&key, "%d;", sorted[k]);
  if (cg_buf_status(&key)) {
    cg_buf_free(&key);
    return CG_ERR_NOMEM;
  }
  int32_t prev = cg_strmap_get(&x->seen, key.data);
  if (prev >= 0) {
    prop *o = &x->props[prev];
    if (conf > o->pub.confidence) o->pub.confidence = conf;
    cg_buf_free(&key);
    return CG_OK;
  }
  char *kept = adup(x, key.data, key.len);
  cg_buf_free(&key);
  if (!kept || cg_strmap_put(&x->seen, kept, (int32_t)x->nprops) == -2) return CG_ERR_NOMEM;
  if (CG_GROW(x->props, x->capprops, x->nprops, 64)) return CG_ERR_NOMEM;
  prop *o = &x->props[x->nprops];
  memset(o, 0, sizeof *o);
  o->p = cg_arena_alloc(&x->arena, nq * sizeof *o->p);
  const char **ids = cg_arena_alloc(&x->arena, nq * sizeof *ids);
  if (!o->p || !ids) return CG_ERR_NOMEM;
  memcpy(o->p, q, nq * sizeof *q);
  o->np = nq;
  for (uint32_t k = 0; k < nq; k++) {
    ids[k] = id_of(x, q[k]);
    if (q[k] >= x->nent) x->ents[q[k] - x->nent].used = 1;
  }
  /* id: the parties and the year, made unique */
  char id[256], try[280];
  size_t n = 0;
  for (uint32_t k = 0; k < nq && k < 3; k++) {
    for (const char *c = ids[k]; *c && n + 1 < 160; c++)
      id[n++] = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    if (n + 1 < 160) id[n++] = '-';
  }
  if (nq > 3) n += (size_t)snprintf(id + n, sizeof id - n, "and%u-", nq - 3);
  char db[11];
  n += (size_t)snprintf(id + n, sizeof id - n, "%s",
                        cg_date_known(s->date) ? cg_date_format(s->date, db) : "undated");
  id[n < sizeof id ? n : sizeof id - 1] = '\0';
  snprintf(try, sizeof try, "%s", id);
  for (int k = 2; cg_strmap_get(&x->taken_ids, try) >= 0; k++)
    snprintf(try, sizeof try, "%s-%d", id, k);
  o->pub.id = adups(x, try);
  if (!o->pub.id || cg_strmap_put(&x->taken_ids, o->pub.id, 0) == -2) return CG_ERR_NOMEM;
  o->pub.date = s->date;
  o->pub.type = s->type;
  o->pub.nparties = nq;
  o->pub.parties = ids;
  /* title: the type's label and the parties, for the reviewer to rewrite */
  cg_buf title = CG_BUF_INIT;
  int32_t t = cg_dataset_find_type(x->ds, s->type);
  const char *label = t >= 0 ? cg_dataset_type(x->ds, (size_t)t)->label : "";
  cg_buf_printf(&title, "%s:", label[0] ? label : s->type);
  for (uint32_t k = 0; k < nq; k++)
    cg_buf_printf(&title, "%s%s", k ? ", " : " ", ids[k]);
  o->pub.title = adup(x, title.data ? title.data : "", title.len);
  cg_buf_free(&title);
  o->pub.source = adups(x, cg_article_source(a));
  o->pub.confidence = conf;
  o->pub.evidence = s->evidence;
  o->pub.line = s->line;
  o->pub.modality = modality;
  o->pub.date_basis = s->basis;
  o->pub.status = known_status(x, q, nq, s->type, s->date);
  o->article = s->article;
  if (x->st) return x->st;
  x->nprops++;
  return CG_OK;
}

/*
 * The cue of words [w0, w1) outside mentions. At one place the longest
 * phrase wins ("cooperation agreement" over "cooperation"); with a signing
 * verb (word `signing`), the cue nearest to it within a few words ("signed
 * an MoU to explore joint work", "the agreement was signed ... with
 * support"); otherwise the type listed first (signed instruments before
 * relationships).
 */
static const cue *find_cue(cg_extractor *x, para_ctx *c, size_t w0, size_t w1, size_t signing) {
  const cue *best = NULL, *signed_cue = NULL;
  size_t signed_dist = (size_t)-1;
  size_t mk = 0;
  for (size_t i = w0; i < w1;) {
    while (mk < c->nm && c->m[mk].w0 + c->m[mk].nw <= i)
      mk++;
    if (mk < c->nm && c->m[mk].w0 <= i) {
      i = c->m[mk].w0 + c->m[mk].nw;
      continue;
    }
    size_t n = 0;
    int32_t v = cg_name_index_match(&x->cues, c->ws, i, &n);
    if (v >= 0 && i + n <= w1) {
      const cue *cu = &x->cuetab[v];
      if (!best || cu->rank < best->rank) best = cu;
      /* the object of the verb ("signed an MoU") or its passive subject ("the agreement was signed") */
      size_t dist = i > signing ? i - signing : signing - i;
      int near = i > signing ? dist <= 4 : dist <= 3;
      if (signing < w1 && near && dist < signed_dist) signed_cue = cu, signed_dist = dist;
      i += n;
    } else {
      i++;
    }
  }
  /* What was signed is what the sentence is about: the cue nearest the signing verb. */
  return signed_cue ? signed_cue : best;
}

static int has_word(const cg_words *ws, size_t w0, size_t w1, const char *const *list) {
  for (size_t i = w0; i < w1; i++)
    if (in_list(wkey(ws, i), list)) {
      if (strcmp(wkey(ws, i), "not") == 0 && i + 1 < w1 && strcmp(wkey(ws, i + 1), "only") == 0)
        continue;
      /* "May" the month is not "may" the verb; only lower-case modal words count */
      return 1;
    }
  return 0;
}

static cg_status do_sentence(cg_extractor *x, para_ctx *c, const sentence *se, size_t article,
                             size_t first) {
  const cg_words *ws = c->ws;
  cg_status st = find_mentions(x, c, se->w0, se->w1, 1);
  if (st) return st;
  /* Parties in order of first mention, through the nation rules. */
  int32_t E[64];
  uint32_t nE = 0;
  for (size_t k = 0; k < c->nm && nE < 64; k++) {
    int dup = 0;
    for (uint32_t i = 0; i < nE; i++)
      dup |= E[i] == c->m[k].v;
    if (!dup) E[nE++] = c->m[k].v;
  }
  /* remember the sentence's organisation for "It ..." in the next one */
  int32_t topic_before = c->topic;
  for (uint32_t i = 0; i < nE; i++)
    if (!is_nation(x, E[i])) {
      c->topic = E[i];
      break;
    }
  /* explicit date of the sentence (also for later sentences of the paragraph) */
  cg_date sdate = CG_DATE_NONE;
  size_t ds0, ds1;
  int has_date = cg_text_find_date(c->text, se->s1, se->s0, &sdate, &ds0, &ds1);
  cg_date para_date = c->last_date;
  if (has_date && sdate.precision >= CG_DATE_MONTH) c->last_date = sdate;

  size_t first_signing = se->w1;
  for (size_t i = se->w0; i < se->w1 && first_signing == se->w1; i++)
    if (in_list(wkey(ws, i), SIGNING)) first_signing = i;
  const cue *cu = find_cue(x, c, se->w0, se->w1, first_signing);
  if (!cu || has_word(ws, se->w0, se->w1, NEGATION)) return CG_OK;

  int32_t map[64];
  for (uint32_t i = 0; i < nE; i++)
    map[i] = E[i];
  int any_agency = 0;
  for (uint32_t i = 0; i < nE; i++)
    any_agency |= is_agency(x, E[i]);
  int inferred = 0;
  int32_t agency_of[64];
  int nations = 0, all_have = 1;
  for (uint32_t i = 0; i < nE; i++) {
    agency_of[i] = -1;
    if (!is_nation(x, E[i])) continue;
    /* home rule: a nation beside one of its own agencies or companies */
    int home = 0;
    for (uint32_t k = 0; k < nE; k++)
      home |= k != i && country_of(x, E[k]) == E[i];
    if (home) {
      map[i] = -1;
      continue;
    }
    nations++;
    /* the paragraph's one agency of this nation, if it names exactly one */
    if (!c->agencies_done) {
      c->agencies_done = 1;
      c->nagencies = 0;
      for (size_t w = 0; w < c->ws->n;) {
        size_t n = 0;
        int32_t v = cg_name_index_match(&x->names, c->ws, w, &n);
        int seen = 0;
        for (uint32_t k = 0; v >= 0 && k < c->nagencies; k++)
          seen |= c->agencies[k] == v;
        if (v >= 0 && is_agency(x, v) && !seen && c->nagencies < 64)
          c->agencies[c->nagencies++] = v;
        w += v >= 0 ? n : 1;
      }
    }
    int many = 0;
    for (uint32_t k = 0; k < c->nagencies; k++)
      if (country_of(x, c->agencies[k]) == E[i]) {
        if (agency_of[i] >= 0) many = 1;
        agency_of[i] = c->agencies[k];
      }
    if (many) agency_of[i] = -1;
    if (agency_of[i] < 0) all_have = 0;
  }
  /*
   * Agency level: a nation named beside a foreign agency, or nations whose
   * agencies the paragraph names ("the two countries" of a section on
   * ISRO and CNES), stand for their agency.
   */
  if (nations && (any_agency || (nations >= 2 && all_have)))
    for (uint32_t i = 0; i < nE; i++)
      if (map[i] >= 0 && agency_of[i] >= 0) {
        map[i] = agency_of[i];
        inferred = 1;
      }
  /* "It ...", "The agency ...": the organisation of the sentence before */
  const char *k0 = se->w0 < se->w1 ? wkey(ws, se->w0) : "";
  const char *k1 = se->w0 + 1 < se->w1 ? wkey(ws, se->w0 + 1) : "";
  int pronoun = strcmp(k0, "it") == 0 ||
                (strcmp(k0, "the") == 0 && (strcmp(k1, "agency") == 0 ||
                                            strcmp(k1, "organisation") == 0 ||
                                            strcmp(k1, "organization") == 0 ||
                                            strcmp(k1, "company") == 0));
  int32_t topic = -1;
  if (topic_before >= 0) {
    int present = 0;
    for (uint32_t i = 0; i < nE; i++)
      present |= map[i] == topic_before;
    if (!present) topic = topic_before;
  }

  stmt s;
  memset(&s, 0, sizeof s);
  s.type = cu->type;
  s.article = article;
  s.first = first;
  s.line = cg_article_line(c->a, c->pi, se->s0);
  int signing = has_word(ws, se->w0, se->w1, SIGNING);
  s.past = has_word(ws, se->w0, se->w1, PAST);
  /*
   * Planned: a modal word ("will", "plans", "expected", "to be ...") before
   * the signing verb, if there is one: "signed an arrangement for a satellite
   * both will build" was signed; "is expected to be concluded" was not.
   */
  int planned_word = 0;
  for (size_t i = se->w0; i < first_signing; i++)
    if ((in_list(wkey(ws, i), PLANNED) && !ws->w[i].cap) ||
        (i + 2 < se->w1 && strcmp(wkey(ws, i), "to") == 0 && strcmp(wkey(ws, i + 1), "be") == 0))
      planned_word = 1;
  s.planned = planned_word && !s.past;
  if (s.planned) {
    char pt[300];
    snprintf(pt, sizeof pt, "planned_%s", s.type);
    int32_t t = cg_dataset_find_type(x->ds, pt);
    if (t >= 0) s.type = cg_dataset_type(x->ds, (size_t)t)->id;
  }
  /* date */
  cg_date pub = cg_article_date(c->a);
  cg_date rel;
  if (has_date) {
    s.date = sdate;
    s.basis = "sentence";
  } else if (!s.past && relative_date(ws, se->w0, se->w1, pub, &rel)) {
    s.date = rel;
    char b[80], db[11];
    snprintf(b, sizeof b, "relative to the publication date %s", cg_date_format(pub, db));
    s.basis = adups(x, b);
  } else if (!s.past && cg_date_known(para_date)) {
    s.date = para_date;
    s.basis = "paragraph";
  } else if (!s.past && !s.planned && cg_date_known(pub)) {
    for (size_t i = se->w0; i + 1 < se->w1; i++) {
      const char *k = wkey(ws, i);
      if ((strcmp(k, "has") == 0 || strcmp(k, "have") == 0) &&
          (in_list(wkey(ws, i + 1), SIGNING) ||
           (i + 2 < se->w1 && in_list(wkey(ws, i + 2), SIGNING)))) {
        s.date = (cg_date){pub.year, 0, 0, CG_DATE_YEAR};
        s.basis = "publication year (present perfect)";
        break;
      }
    }
  }
  if (!s.basis) s.basis = "";
  /* confidence */
  int generic = cg_dataset_find_type(x->ds, "research_cooperation") >= 0 &&
                strcmp(cu->type, "research_cooperation") == 0;
  double conf = generic ? 0.4 : 0.6;
  if (signing) conf += 0.2;
  if (has_date) conf += 0.1;
  if (s.planned) conf -= 0.2;
  if (inferred) conf -= 0.1;
  cg_buf ev = CG_BUF_INIT;
  trim_evidence(c->text + se->s0, se->s1 - se->s0, &ev);
  s.evidence = adup(x, ev.data ? ev.data : "", ev.len);
  cg_buf_free(&ev);
  if (x->st) return x->st;

  /* Parties after mapping, in mention order, with where each is first mentioned. */
  int32_t P[64];
  uint32_t where[64], nP = 0;
  for (size_t k = 0; k < c->nm; k++) {
    int32_t v = -1;
    for (uint32_t i = 0; i < nE; i++)
      if (E[i] == c->m[k].v) v = map[i];
    if (v < 0) continue;
    int dup = 0;
    for (uint32_t i = 0; i < nP; i++)
      dup |= P[i] == v;
    if (!dup && nP < 64) where[nP] = c->m[k].w0, P[nP++] = v;
  }
  if (pronoun && topic >= 0 && nP < 64) {
    memmove(P + 1, P, nP * sizeof *P);
    memmove(where + 1, where, nP * sizeof *where);
    P[0] = topic, where[0] = (uint32_t)se->w0, nP++;
    conf -= 0.1; /* a party the sentence does not name */
  }
  for (uint32_t i = 0; i < nP; i++)
    if (P[i] >= x->nent) conf -= 0.1;
  if (conf < 0.05) conf = 0.05;
  if (conf > 0.95) conf = 0.95;

  /* A sentence ending the paragraph with ':' announces a list in the next paragraphs. */
  size_t end = se->s1;
  while (end > se->s0 && c->text[end - 1] == ' ')
    end--;
  if (c->intro && end > se->s0 && c->text[end - 1] == ':' && se->s1 >= c->len && nP >= 1 &&
      nP < 64) {
    intro *in = c->intro;
    in->active = 1;
    in->s = s;
    in->conf = conf;
    memcpy(in->others, P, nP * sizeof *P);
    in->nothers = nP;
    in->nitems = 0;
    return CG_OK;
  }

  /* A list: three or more mentions in a row, joined by commas, "and", "the". */
  size_t best0 = 0, bestn = 0;
  for (size_t k = 0; k < c->nm;) {
    size_t e = k + 1;
    while (e < c->nm) {
      const mention *a = &c->m[e - 1], *b = &c->m[e];
      uint32_t g0 = a->w0 + a->nw, g1 = b->w0;
      int ok = gap_only(c->text, ws->w[g0 - 1].end, g1 > g0 ? ws->w[g0].start : ws->w[g1].start,
                        " ,;:");
      for (uint32_t w = g0; w < g1 && ok; w++) {
        ok = in_list(wkey(ws, w), LIST_GLUE);
        if (ok && w + 1 < g1)
          ok = gap_only(c->text, ws->w[w].end, ws->w[w + 1].start, " ,;");
        if (ok && w + 1 == g1) ok = gap_only(c->text, ws->w[w].end, ws->w[g1].start, " ,;");
      }
      if (!ok) break;
      e++;
    }
    if (e - k > bestn) best0 = k, bestn = e - k;
    k = e;
  }
  int32_t list[64];
  uint32_t nlist = 0;
  if (bestn >= 3)
    for (size_t k = best0; k < best0 + bestn; k++)
      for (uint32_t i = 0; i < nE; i++)
        if (E[i] == c->m[k].v && map[i] >= 0 && nlist < 64) {
          int dup = 0;
          for (uint32_t q = 0; q < nlist; q++)
            dup |= list[q] == map[i];
          if (!dup) list[nlist++] = map[i];
        }
  if (nlist >= 3) {
    int32_t others[64];
    uint32_t no = 0;
    for (uint32_t i = 0; i < nP; i++) {
      int inl = 0;
      for (uint32_t q = 0; q < nlist; q++)
        inl |= list[q] == P[i];
      if (!inl) others[no++] = P[i];
    }
    if (no == 0 && strstr(s.type, "member") && topic >= 0) others[no++] = topic, conf -= 0.1;
    if (no == 0) return emit(x, c->a, &s, list, nlist, conf);
    for (uint32_t q = 0; q < nlist && !st; q++) {
      int32_t row[65];
      memcpy(row, others, no * sizeof *row);
      row[no] = list[q];
      st = emit(x, c->a, &s, row, no + 1, conf);
    }
    return st;
  }
  /* "X ... with A and B": X-A and X-B */
  for (size_t i = se->w0; i < se->w1; i++) {
    if (strcmp(wkey(ws, i), "with") != 0) continue;
    uint32_t nsub = 0, nobj = 0;
    for (uint32_t k = 0; k < nP; k++)
      if (where[k] < i)
        nsub++;
      else
        nobj++;
    if (nsub >= 1 && nobj >= 2 && !has_word(ws, se->w0, se->w1,
                                            (const char *const[]){"between", "trilateral",
                                                                  "multilateral", "jointly",
                                                                  "among", NULL})) {
      int32_t sub[64];
      uint32_t ns = 0;
      for (uint32_t k = 0; k < nP; k++)
        if (where[k] < i) sub[ns++] = P[k];
      for (uint32_t k = 0; k < nP && !st; k++) {
        if (where[k] < i) continue;
        int32_t row[65];
        memcpy(row, sub, ns * sizeof *row);
        row[ns] = P[k];
        st = emit(x, c->a, &s, row, ns + 1, conf);
      }
      return st;
    }
    break;
  }
  return emit(x, c->a, &s, P, nP, conf);
}

/* Cuts paragraph text into sentences with ICU, keeping abbreviations inside. */
static cg_status split_sentences(cg_extractor *x, const char *t, size_t len, size_t **bounds,
                                 size_t *nb, size_t *capb) {
  UErrorCode err = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, t, (int64_t)len, &err);
  ubrk_setUText(x->brk, &ut, &err);
  if (U_FAILURE(err)) {
    utext_close(&ut);
    return CG_ERR_INTERNAL;
  }
  *nb = 0;
  for (int32_t b = ubrk_first(x->brk); b != UBRK_DONE; b = ubrk_next(x->brk)) {
    if (b > 0 && (size_t)b < len && abbreviation_before(t, (size_t)b)) continue;
    if (CG_GROW(*bounds, *capb, *nb, 64)) {
      utext_close(&ut);
      return CG_ERR_NOMEM;
    }
    (*bounds)[(*nb)++] = (size_t)b;
  }
  if (*nb == 0 || (*bounds)[*nb - 1] != len) {
    /* ICU always ends at len; this keeps the invariant even if it did not */
    size_t *p = *nb == *capb ? realloc(*bounds, (*capb + 1) * sizeof *p) : *bounds;
    if (!p) {
      utext_close(&ut);
      return CG_ERR_NOMEM;
    }
    if (*nb == *capb) (*capb)++;
    *bounds = p;
    (*bounds)[(*nb)++] = len;
  }
  utext_close(&ut);
  return CG_OK;
}

/* "Sources", "References", ...: what follows cites other documents. */
static int reference_heading(const char *t, size_t n) {
  static const char *const H[] = {"sources",  "selected sources", "references", "bibliography",
                                  "further reading", "notes", "footnotes", "see also", NULL};
  char low[32];
  while (n && (t[n - 1] == ':' || t[n - 1] == ' '))
    n--;
  if (n >= sizeof low) return 0;
  for (size_t i = 0; i < n; i++)
    low[i] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
  low[n] = '\0';
  return in_list(low, H);
}

cg_status cg_extractor_add(cg_extractor *x, const cg_article *a) {
  cg_words ws;
  cg_words_init(&ws);
  para_ctx c;
  memset(&c, 0, sizeof c);
  c.a = a;
  c.ws = &ws;
  size_t *bounds = NULL, nb = 0, capb = 0;
  cg_status st = CG_OK;
  size_t article = x->narticles++, first = x->nprops;
  intro in;
  memset(&in, 0, sizeof in);
  for (int pass = 0; pass < 2 && !st; pass++) {
    c.intro = pass == 1 ? &in : NULL;
    for (size_t pi = 0; pi < cg_article_nparagraphs(a) && !st; pi++) {
      c.pi = pi;
      c.text = cg_article_paragraph(a, pi, &c.len);
      if (reference_heading(c.text, c.len)) break; /* citations are not statements */
      c.topic = -1;
      c.last_date = CG_DATE_NONE;
      c.agencies_done = 0;
      cg_words_clear(&ws);
      if (c.len > UINT32_MAX / 2) continue;
      st = cg_words_scan(&ws, c.text, c.len, 0);
      if (!st && pass == 1 && in.active) {
        if (intro_item(x, &c, &in)) continue;
        st = flush_intro(x, a, &in);
      }
      if (!st) st = split_sentences(x, c.text, c.len, &bounds, &nb, &capb);
      size_t w = 0;
      for (size_t b = 1; b < nb && !st; b++) {
        sentence se = {bounds[b - 1], bounds[b], w, w};
        while (w < ws.n && ws.w[w].start < se.s1)
          w++;
        se.w1 = w;
        if (se.w1 == se.w0) continue;
        if (pass == 0)
          st = find_organisations(x, &c, se.w0, se.w1, se.s0, se.s1);
        else
          st = do_sentence(x, &c, &se, article, first);
        if (!st) st = x->st;
      }
    }
  }
  if (!st && in.active) st = flush_intro(x, a, &in);
  free(bounds);
  free(c.m);
  cg_words_free(&ws);
  return st;
}

/* ---- output ---- */

static void field(cg_buf *b, const char *v, int last) {
  cg_csv_write_field(b, v ? v : "");
  cg_buf_putc(b, last ? '\n' : ',');
}

cg_status cg_extractor_write(const cg_extractor *x, cg_buf *agreements, cg_buf *entities) {
  cg_buf_puts(agreements, "id,date,end,type,parties,title,source,confidence,evidence,line,"
                          "status,modality,date_basis,accept\n");
  cg_buf tmp = CG_BUF_INIT;
  for (size_t i = 0; i < x->nprops; i++) {
    const cg_proposal *p = &x->props[i].pub;
    char d[11], num[32];
    field(agreements, p->id, 0);
    field(agreements, cg_date_format(p->date, d), 0);
    field(agreements, "", 0);
    field(agreements, p->type, 0);
    cg_buf_clear(&tmp);
    for (size_t k = 0; k < p->nparties; k++)
      cg_buf_printf(&tmp, "%s%s", k ? ";" : "", p->parties[k]);
    field(agreements, cg_buf_str(&tmp), 0);
    field(agreements, p->title, 0);
    field(agreements, p->source, 0);
    snprintf(num, sizeof num, "%.2f", p->confidence);
    field(agreements, num, 0);
    field(agreements, p->evidence, 0);
    snprintf(num, sizeof num, "%lu", p->line);
    field(agreements, num, 0);
    field(agreements, p->status, 0);
    field(agreements, p->modality, 0);
    field(agreements, p->date_basis, 0);
    field(agreements, "", 1);
  }
  cg_buf_free(&tmp);
  cg_buf_puts(entities, "id,kind,name,country,aliases,confidence,evidence,source,line,accept\n");
  for (size_t i = 0; i < x->nents; i++) {
    if (!shown_entity(&x->ents[i])) continue;
    const cg_proposed_entity *e = &x->ents[i].pub;
    char num[32];
    field(entities, e->id, 0);
    field(entities, e->kind, 0);
    field(entities, e->name, 0);
    field(entities, "", 0);
    field(entities, e->aliases, 0);
    snprintf(num, sizeof num, "%.2f", e->confidence);
    field(entities, num, 0);
    field(entities, e->evidence, 0);
    field(entities, e->source, 0);
    snprintf(num, sizeof num, "%lu", e->line);
    field(entities, num, 0);
    field(entities, "", 1);
  }
  return cg_buf_status(agreements) ? CG_ERR_NOMEM : cg_buf_status(entities);
}
