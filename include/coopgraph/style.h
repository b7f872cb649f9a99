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
#include "colour.h"
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
/*
 * Edge colours are by type group (cg_dataset_group): a group's colour is the
 * one types.csv declares for it, else the next of a palette of
 * cg_group_palette_size() colours chosen to stay apart for colour-blind
 * readers and to keep at least 3:1 contrast on white and on a dark page
 * (#222222), handed out in group order to the groups without a declared
 * colour. Groups beyond the palette share CG_GROUP_OTHER_COLOUR, a neutral
 * grey; none of these is a node colour (nodes have a neutral fill).
 */
#define CG_GROUP_OTHER_COLOUR "#777777"
size_t cg_group_palette_size(void);
const char *cg_group_palette_colour(size_t i); /* i below the size, else the grey */
const char *cg_group_colour(const cg_dataset *ds, size_t g);
/* 1 when group g has no colour of its own (drawn in CG_GROUP_OTHER_COLOUR as "other"). */
int cg_group_is_other(const cg_dataset *ds, size_t g);

/* Writes prefix + s with characters outside [A-Za-z0-9_-] as '_' into out. */
cg_status cg_css_class(cg_buf *out, const char *prefix, const char *s);

#ifdef __cplusplus
}
#endif
#endif
