/*
 * escape_internal.h - text escaping for HTML, XML and Markdown shared by the
 * drawing and report modules (Graphviz HTML-like labels, index.html,
 * report.md). Private to the library.
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
/*
 * Appends s as the text of one Markdown table cell: | and \ escaped, & < >
 * as character references, newlines as spaces.
 */
void cg_md_cell_escape(cg_buf *b, const char *s);
/*
 * Appends s as text for Graphviz's escString attributes (label, tooltip):
 * backslash doubled, '&' as "&amp;" (Graphviz decodes entities there). With
 * flat, line breaks become spaces.
 */
void cg_gv_text_escape(cg_buf *b, const char *s, int flat);

#endif
