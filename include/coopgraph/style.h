/*
 * style.h - the drawing palette and shapes (style.c). Styles come from the
 * data, never from known type names: kinds and types are sorted by id and
 * given colours from a fixed colour-blind-safe palette in that order, so
 * the same dataset always gets the same colours whatever the filters.
 */
#ifndef COOPGRAPH_STYLE_H
#define COOPGRAPH_STYLE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "dataset.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Number of colours in the palette, and colour i (mod that) as "#RRGGBB". */
size_t cg_palette_size(void);
const char *cg_palette_colour(size_t i);
/* A readable text colour ("black" or "white") on a palette colour. */
const char *cg_palette_text_colour(const char *rgb);
/* Node shape of a kind: fixed for the four usual kinds, "diamond" otherwise. */
const char *cg_kind_shape(const char *kind);
/*
 * The palette slot of kind k / type t of ds: its rank when the dataset's
 * kinds / types are sorted by id (byte order). O(kinds) / O(types).
 */
size_t cg_kind_slot(const cg_dataset *ds, size_t k);
size_t cg_type_slot(const cg_dataset *ds, size_t t);
/* Writes prefix + s with characters outside [A-Za-z0-9_-] as '_' into out. */
cg_status cg_css_class(cg_buf *out, const char *prefix, const char *s);

#ifdef __cplusplus
}
#endif
#endif
