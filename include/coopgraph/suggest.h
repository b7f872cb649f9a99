/*
 * suggest.h - "did you mean": the one edit distance and the one rule for
 * when a name is close enough to suggest, used by the loader (unknown
 * parties, countries, types, columns) and by the command line (unknown
 * commands, options, types, kinds, measures, formats, layouts).
 */
#ifndef COOPGRAPH_SUGGEST_H
#define COOPGRAPH_SUGGEST_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The Levenshtein distance between a and b, ignoring ASCII case; any
 * distance above max (and any string longer than 255 bytes) gives max + 1,
 * so a caller that only cares about close names stops early.
 */
size_t cg_edit_distance(const char *a, const char *b, size_t max);

/*
 * The largest distance still read as a typo of name: a third of its length,
 * at least 1 and at most 4.
 */
size_t cg_typo_budget(const char *name);

/*
 * A running search for the candidate closest to `name`: initialise with
 * cg_suggest_init, offer each candidate spelling with cg_suggest_consider
 * (`answer` is what to suggest when that spelling wins, often the spelling
 * itself), read the winner with cg_suggest_best. The first candidate at the
 * smallest distance wins; an exact match (ignoring case) ends the search.
 */
typedef struct cg_suggest {
  const char *name;
  size_t best; /* distance of the best so far, plus one */
  const char *answer;
} cg_suggest;

/* Starts a search for a name; nothing farther than cg_typo_budget(name) will win. */
void cg_suggest_init(cg_suggest *s, const char *name);
/* Offers one spelling; `answer` is remembered when it is the closest so far. */
void cg_suggest_consider(cg_suggest *s, const char *spelling, const char *answer);
/* The answer of the closest spelling within the budget, or NULL. */
const char *cg_suggest_best(const cg_suggest *s);

/*
 * The closest of the n candidates to name within the typo budget, or NULL
 * (a NULL entry ends the list early).
 */
const char *cg_did_you_mean(const char *name, const char *const *candidates, size_t n);

#ifdef __cplusplus
}
#endif

#endif
