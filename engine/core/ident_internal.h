/*
 * ident_internal.h - entity ids made from free-form names (DOT node names, names in
 * an imported edge list), shared by every reader that must invent ids.
 * Private to the library.
 *
 * Ids must match [A-Za-z0-9_.-]+ (the dataset schema) and be unique ignoring
 * ASCII case, so names like "Côte d'Ivoire" or "a b" need a safe spelling
 * that stays readable and stable: the same names in the same order always
 * give the same ids.
 */
#ifndef COOPGRAPH_IDENT_INTERNAL_H
#define COOPGRAPH_IDENT_INTERNAL_H

#include <stddef.h>

#include "core/arena_internal.h"
#include "core/strmap_internal.h"

/* 1 when s[0..len) is a valid id as it stands. */
int cg_ident_valid(const char *s, size_t len);

/*
 * Returns a new id for name[0..len), allocated in arena and inserted in
 * `taken` (a case-insensitive map of ids already used, value `value`).
 * A valid name is kept as it is when free. Otherwise runs of other bytes
 * become one '_', leading and trailing '_' are dropped, an empty result
 * becomes "entity", and a clash gets the first free suffix "-2", "-3", ...
 * NULL when out of memory.
 */
const char *cg_ident_make(cg_arena *arena, cg_strmap *taken, const char *name, size_t len,
                          int value);

#endif
