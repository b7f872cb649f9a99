/*
 * names_internal.h - the word tokeniser behind names.h, and the longest-match
 * index over names that the extractor runs on article text. Private to the
 * library.
 */
#ifndef COOPGRAPH_NAMES_INTERNAL_H
#define COOPGRAPH_NAMES_INTERNAL_H

#include <coopgraph/names.h>

#include "core/arena_internal.h"
#include "core/strmap_internal.h"

#include <stdint.h>

/* A word of a text: where it is and its normalised key. */
typedef struct cg_word {
  uint32_t start, end; /* bytes of the word in the text (a possessive 's excluded) */
  uint32_t key, keylen; /* its key: keys.data[key .. key + keylen) */
  uint8_t upper;        /* has letters, none of them lower case ("ESA", "U.S", "G20") */
  uint8_t cap;          /* starts with an upper-case letter or a digit */
  uint8_t poss;         /* a possessive 's followed it */
} cg_word;

typedef struct cg_words {
  cg_word *w;
  size_t n, cap;
  cg_buf keys; /* the keys, each NUL-terminated */
} cg_words;

void cg_words_init(cg_words *ws);
void cg_words_free(cg_words *ws);
/* Empties ws, keeping its memory. */
void cg_words_clear(cg_words *ws);
/*
 * Appends the words of text[0..len) to ws; offsets are relative to text plus
 * base. Returns CG_OK or CG_ERR_NOMEM.
 */
cg_status cg_words_scan(cg_words *ws, const char *text, size_t len, uint32_t base);
/* The key of word i. */
const char *cg_words_key(const cg_words *ws, size_t i);

/*
 * An index of names for longest matching over words. Each name maps to a
 * value (>= 0). A name of one word written in capitals ("ESA", "US") is an
 * acronym: it matches only a word written in capitals, so the pronoun "us"
 * is not the United States.
 */
typedef struct cg_name_index {
  cg_strmap full;   /* key -> slot in values */
  cg_strmap prefix; /* every key's leading words -> 1 */
  cg_arena arena;   /* the keys */
  int32_t *values;  /* value << 1 | acronym */
  size_t nvalues, cap;
  size_t maxwords;
} cg_name_index;

void cg_name_index_init(cg_name_index *ix);
void cg_name_index_free(cg_name_index *ix);
/*
 * Adds name -> value. When the key is already there the first value stays
 * (returns 0). Returns 1 when added, 0 when already present or empty, -1 when
 * out of memory.
 */
int cg_name_index_add(cg_name_index *ix, const char *name, size_t len, int32_t value);
/*
 * The longest name starting at word i of ws: returns its value and sets
 * *nwords, or returns -1.
 */
int32_t cg_name_index_match(const cg_name_index *ix, const cg_words *ws, size_t i,
                            size_t *nwords);

#endif
