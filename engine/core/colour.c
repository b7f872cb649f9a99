/*
 * colour.c - contrast of "#RRGGBB" colours (WCAG 2 relative luminance), used
 * by the loader to warn about pale type colours and by the drawings.
 */
#include <coopgraph/colour.h>

#include <math.h>
#include <string.h>

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

static double luminance(const char *rgb) {
  static const double w[3] = {0.2126, 0.7152, 0.0722};
  double l = 0;
  if (!rgb || strlen(rgb) != 7 || rgb[0] != '#') return 0;
  for (int k = 0; k < 3; k++) {
    double x = (hexval(rgb[1 + 2 * k]) * 16 + hexval(rgb[2 + 2 * k])) / 255.0;
    l += w[k] * (x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4));
  }
  return l;
}

double cg_contrast(const char *rgb1, const char *rgb2) {
  double a = luminance(rgb1) + 0.05, b = luminance(rgb2) + 0.05;
  return a > b ? a / b : b / a;
}
