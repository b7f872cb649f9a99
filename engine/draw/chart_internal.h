/*
 * chart_internal.h - the small hand-written SVG figures (charts.c,
 * timeline.c) share this: text widths from Helvetica's metrics, text cut
 * to a width, escaped text and shapes, and the finishing pass that sends
 * the document through the SVG tidy pass (svg.h) like every Graphviz
 * figure, so ids, role="img", <title>, <desc> and --responsive are handled
 * in one place. Coordinates are CSS pixels of an 800 px wide column.
 * Private to the library.
 */
#ifndef COOPGRAPH_CHART_INTERNAL_H
#define COOPGRAPH_CHART_INTERNAL_H

#include <coopgraph/buf.h>
#include <coopgraph/dataset.h>
#include <coopgraph/error.h>
#include <coopgraph/svg.h>

#define CG_CHART_WIDTH 800.0
#define CG_CHART_FONT "Helvetica, Arial, sans-serif"

/*
 * Width of s (UTF-8) drawn at size px: Helvetica's advance widths for
 * ASCII (Arial and Liberation Sans share them), 0.6 em for other Latin
 * letters and 1 em for CJK, plus 18% so a wider substitute (DejaVu Sans,
 * where Helvetica and Arial are missing) still fits.
 * Bold is taken 8% wider.
 */
double cg_chart_text_width(const char *s, double size, int bold);

/*
 * Appends to out the longest prefix of s (whole UTF-8 characters) that,
 * with an ellipsis when cut, fits in width px. Returns 1 when s was cut.
 */
int cg_chart_fit(cg_buf *out, const char *s, double size, int bold, double width);

/*
 * Breaks s into at most `lines` lines of width px at spaces, the last one
 * cut with an ellipsis when needed; the lines are appended to out
 * separated by '\n'. Returns the number of lines.
 */
int cg_chart_wrap(cg_buf *out, const char *s, double size, int bold, double width, int lines);

/*
 * <text> at (x, y) (the baseline), anchor "start", "middle" or "end",
 * with optional class and fill (NULL: none / the default #222). The text
 * is escaped; control characters are left to the tidy pass.
 */
void cg_chart_text(cg_buf *b, double x, double y, double size, int bold, const char *anchor,
                   const char *cls, const char *fill, const char *s);

/*
 * The fill of text drawn on the page: ink (NULL: the default #222222) on a
 * white figure; on a transparent one, whose page may be light or dark,
 * CG_INK_ANY_PAGE (colour.h), readable on both, whatever the ink asked.
 * Text on an opaque box keeps its own ink.
 */
const char *cg_chart_ink(int transparent, const char *ink);

/* <rect> with a fill and an optional class (NULL: none). */
void cg_chart_rect(cg_buf *b, double x, double y, double w, double h, const char *fill,
                   const char *cls);

/* Opens <g> with an optional class and a <title> tooltip (NULL: none). */
void cg_chart_group(cg_buf *b, const char *cls, const char *tooltip);

/*
 * Wraps body (the drawing, w x h px) in an <svg> element with a white
 * background (none with transparent) and the font stack, and writes it
 * through cg_svg_tidy with to into out. Returns CG_OK, CG_ERR_NOMEM or
 * CG_ERR_DATA.
 */
cg_status cg_chart_finish(cg_buf *out, const cg_buf *body, double w, double h, int transparent,
                          const cg_svg_tidy_options *to);

/*
 * A legend of n colour swatches with names, flowing in rows across the
 * width from y (the top of the first row); classes[i] may be NULL. The
 * names are in cg_chart_ink(transparent, NULL).
 * Returns the y below the last row.
 */
double cg_chart_legend(cg_buf *b, const char *const *names, const char *const *colours,
                       const char *const *classes, size_t n, double y, int transparent);

/*
 * Colour keys of agreement types: one per type group (style.h), the groups
 * without a colour of their own sharing one key "Other" (the last, number
 * cg_dataset_ngroups). Colour means type group in every chart.
 */
size_t cg_chart_nkeys(const cg_dataset *ds);
size_t cg_chart_type_key(const cg_dataset *ds, size_t type);
const char *cg_chart_key_name(const cg_dataset *ds, size_t key);
const char *cg_chart_key_colour(const cg_dataset *ds, size_t key);
/* "group-NAME" for CSS, into out. */
void cg_chart_key_class(cg_buf *out, const cg_dataset *ds, size_t key);

/*
 * Text for value v with 4 significant digits (a whole number as it is),
 * an exponent only below 10^-4 or from 10^9.
 */
const char *cg_chart_number(double v, char buf[32]);

#endif
