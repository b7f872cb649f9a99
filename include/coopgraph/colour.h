/*
 * colour.h - "#RRGGBB" colours: reading one, and contrast between two for
 * checking that a colour stays readable on the page (colour.c).
 */
#ifndef COOPGRAPH_COLOUR_H
#define COOPGRAPH_COLOUR_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads the red, green and blue (0..255) of a "#RRGGBB" colour (hex digits in
 * either case; any other character counts as 0) into c. Returns 1, or 0 with
 * c all 0 when rgb is NULL or not '#' and six more characters.
 */
int cg_colour_rgb(const char *rgb, int c[3]);

/*
 * WCAG 2 contrast ratio (1 to 21) between two "#RRGGBB" colours (hex digits
 * in either case); a string not of that form counts as black.
 */
double cg_contrast(const char *rgb1, const char *rgb2);

/*
 * Text colour for a page of unknown colour (a figure drawn with a
 * transparent background): a grey with at least 3:1 contrast on white
 * (4.5:1), on black (4.6:1) and on a dark page such as #1e1e1e (3.7:1).
 */
#define CG_INK_ANY_PAGE "#767676"

/*
 * Writes into out (8 bytes: "#rrggbb") the opaque colour that rgb drawn
 * with opacity alpha (0..1) gives on white: the same look on a white page,
 * and text on it keeps its contrast on a page of any colour. A string not
 * of the form "#RRGGBB" counts as black.
 */
void cg_colour_on_white(const char *rgb, double alpha, char out[8]);

#ifdef __cplusplus
}
#endif
#endif
