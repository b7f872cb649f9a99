/*
 * colour.h - "#RRGGBB" colours: contrast between two, for checking that a
 * colour stays readable on the page (colour.c).
 */
#ifndef COOPGRAPH_COLOUR_H
#define COOPGRAPH_COLOUR_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * WCAG 2 contrast ratio (1 to 21) between two "#RRGGBB" colours (hex digits
 * in either case); a string not of that form counts as black.
 */
double cg_contrast(const char *rgb1, const char *rgb2);

#ifdef __cplusplus
}
#endif
#endif
