/*
 * extract.h - proposes dataset rows from news articles: candidate agreements
 * with the sentence that states each one, and candidate new entities, for a
 * person to review and merge (merge.h). A reviewer's assistant, not an
 * oracle: every proposal carries its evidence and a confidence.
 *
 * The rules, in order, for each sentence (ICU's sentence break iterator,
 * with abbreviations and initials kept inside sentences):
 * - Parties: every id, name and alias of the dataset, matched through the
 *   name matcher (names.h) with the longest match winning and possessives
 *   cut off; a one-word name in capitals (an acronym such as "US") matches
 *   only a word in capitals. Unknown organisations are proposed as entities
 *   from "Full Name (ACRONYM)" and from capitalised names ending in Agency,
 *   Administration, Organisation, Centre, Institute, Corporation, Ltd, Inc,
 *   ... with a guessed kind. A nation is dropped when another party is from
 *   it ("Japan's Astroscale"); a nation named beside a foreign agency is
 *   replaced by its own agency when the paragraph names exactly one ("the
 *   two countries" of an agency-to-agency section). A sentence opening with
 *   "It" or "The agency" takes the organisation of the sentence before.
 * - Cues: phrases from the dataset's types.csv `cues` column, or when it has
 *   none the built-in default; the longest cue wins, ties go to the type
 *   listed first. No cue, no proposal.
 * - Lists: three or more parties in a row ("A, B and C") each give a row
 *   with the other parties ("member states: A, B, C"), or, with no other
 *   party, one row of them all; "X ... with A and B" gives X-A and X-B. A
 *   sentence that ends its paragraph with ':' takes the short paragraphs
 *   after it that each name one entity (a bulleted list) as its list.
 * - Modality: "plans to", "will", "is expected to", "to be established"...
 *   mark a proposal planned (the dataset's planned_<type> when it exists);
 *   "previously", "earlier"... mark a past cooperation, dated only by the
 *   sentence; negation ("not", "never", "declined to") gives nothing.
 * - Dates, only as precise as the text: a date in the sentence; a relative
 *   date ("today", "on Saturday", "last week", "last month", "last year")
 *   resolved against the publication date; a day or month stated earlier in
 *   the paragraph; a present perfect signing ("have signed") in a dated
 *   article gives the publication year. Each says so in date_basis; the
 *   publication date itself is never used as a signing date.
 *
 * Output is deterministic: the same articles in the same order give the
 * same bytes.
 */
#ifndef COOPGRAPH_EXTRACT_H
#define COOPGRAPH_EXTRACT_H

#include <stddef.h>

#include "article.h"
#include "buf.h"
#include "dataset.h"
#include "date.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_extractor cg_extractor;

/* A proposed agreement; strings owned by the extractor. */
typedef struct cg_proposal {
  const char *id;               /* unique in the run and in the dataset */
  cg_date date;                 /* unknown when the text gives none */
  const char *type;             /* a type id */
  size_t nparties;              /* 2 or more */
  const char *const *parties;   /* entity ids (dataset or proposed), sorted by first mention */
  const char *title;            /* a placeholder for the reviewer */
  const char *source;           /* the article's file name */
  double confidence;            /* 0 to 1 */
  const char *evidence;         /* the sentence */
  unsigned long line;           /* its line in the article */
  const char *status;           /* "new" or "known:ID" */
  const char *modality;         /* "", "planned" or "past" */
  const char *date_basis;       /* how the date was found, "" when undated */
} cg_proposal;

/* A proposed new entity. */
typedef struct cg_proposed_entity {
  const char *id, *kind, *name, *aliases;
  double confidence;
  const char *evidence, *source;
  unsigned long line;
} cg_proposed_entity;

/*
 * A new extractor for articles against dataset ds (borrowed; it must outlive
 * the extractor). Returns CG_OK, or CG_ERR_NOMEM / CG_ERR_INTERNAL (ICU).
 */
cg_status cg_extractor_new(cg_extractor **out, const cg_dataset *ds);
/* Frees the extractor and its proposals; NULL is allowed. */
void cg_extractor_free(cg_extractor *x);

/* Reads one article's proposals. Returns CG_OK or CG_ERR_NOMEM / CG_ERR_INTERNAL. */
cg_status cg_extractor_add(cg_extractor *x, const cg_article *a);

/* The proposals so far, in article order, then line order. */
size_t cg_extractor_nproposals(const cg_extractor *x);
const cg_proposal *cg_extractor_proposal(const cg_extractor *x, size_t i);
/* The proposed entities (only those some proposal names, or with an organisation name). */
size_t cg_extractor_nentities(const cg_extractor *x);
const cg_proposed_entity *cg_extractor_entity(const cg_extractor *x, size_t i);

/*
 * Writes agreements.csv (id,date,end,type,parties,title,source,confidence,
 * evidence,line,status,modality,date_basis,accept) and entities.csv
 * (id,kind,name,country,aliases,confidence,evidence,source,line,accept) as
 * RFC 4180 CSV. Returns CG_OK or CG_ERR_NOMEM.
 */
cg_status cg_extractor_write(const cg_extractor *x, cg_buf *agreements, cg_buf *entities);

#ifdef __cplusplus
}
#endif
#endif
