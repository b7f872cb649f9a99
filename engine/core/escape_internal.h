/*
 * escape_internal.h - text escaping for HTML and XML shared by the drawing and report
 * modules (Graphviz HTML-like labels, index.html). Private to the library.
 */
#ifndef COOPGRAPH_ESCAPE_INTERNAL_H
#define COOPGRAPH_ESCAPE_INTERNAL_H

#include <coopgraph/buf.h>

/*
 * Appends s with & < > " ' as character references. With br, a newline
 * becomes <BR/> (a line break in a Graphviz HTML-like label); otherwise it is
 * kept as it is.
 */
void cg_html_escape(cg_buf *b, const char *s, int br);

#endif
