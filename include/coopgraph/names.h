/*
 * names.h - the one name matcher: when two spellings name the same entity.
 *
 * A name is cut into words (letters, digits and combining marks; an
 * apostrophe or a full stop between two letters stays inside a word, so
 * "d'Etudes" and "U.S." are one word each). Each word is normalised with ICU:
 * NFKC (ligatures, full-width forms), then NFD with the combining marks
 * removed (diacritics), then Unicode case folding; apostrophes and full stops
 * are dropped, and a possessive "'s" ending is cut off. The key is the words
 * joined by single spaces, so punctuation and spacing never matter:
 * "Centre National d'Etudes Spatiales", "CENTRE NATIONAL D’ÉTUDES SPATIALES"
 * and "Centre-National d'Études Spatiales" have the same key.
 *
 * The dataset's name lookup (cg_dataset_find_entity) and the article
 * extractor (extract.h) both use it.
 */
#ifndef COOPGRAPH_NAMES_H
#define COOPGRAPH_NAMES_H

#include <stddef.h>

#include "buf.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Appends the match key of s[0..len) (UTF-8; invalid bytes count as U+FFFD)
 * to out. An input without letters or digits gives an empty key. Returns
 * CG_OK or CG_ERR_NOMEM.
 */
cg_status cg_name_key(const char *s, size_t len, cg_buf *out);

/* 1 when a and b (NUL-terminated) have the same non-empty match key. */
int cg_name_same(const char *a, const char *b);

#ifdef __cplusplus
}
#endif
#endif
