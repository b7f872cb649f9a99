/*
 * dot_lines_internal.h - where things are in DOT source text, for messages. cgraph
 * keeps no line numbers for nodes and edges, so a light scan of the text
 * (comments, quoted and HTML strings, edge operators; no grammar) finds the
 * line a node first appears on and the line of an edge, when that is
 * unambiguous. Private to the library.
 */
#ifndef COOPGRAPH_DOT_LINES_INTERNAL_H
#define COOPGRAPH_DOT_LINES_INTERNAL_H

#include <stddef.h>

typedef struct cg_dot_lines cg_dot_lines;

/* Scans text[0..len); NULL when out of memory. */
cg_dot_lines *cg_dot_lines_new(const char *text, size_t len);
void cg_dot_lines_free(cg_dot_lines *l);

/* The line of the node's first statement "name [...]", else where it first appears; or 0. */
unsigned long cg_dot_lines_node(const cg_dot_lines *l, const char *name);

/*
 * The line of the edge tail -- head (or head -- tail) with key `key` (may be
 * NULL): the line of "key=KEY" when that occurs once, else of "tail -- head"
 * (either op, either order) when that occurs once; 0 when neither tells.
 */
unsigned long cg_dot_lines_edge(const cg_dot_lines *l, const char *tail, const char *head,
                                const char *key);

/* The 1-based line of byte offset `off` in text. */
unsigned long cg_dot_line_at(const char *text, size_t off);

#endif
