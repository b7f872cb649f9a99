/*
 * colour.c - contrast of "#RRGGBB" colours (WCAG 2 relative luminance), used
 * by the loader to warn about pale type colours and by the drawings.
 */
#include <coopgraph/colour.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

int cg_colour_rgb(const char *rgb, int c[3]) {
  int ok = rgb && strlen(rgb) == 7 && rgb[0] == '#';
  for (int k = 0; k < 3; k++)
    c[k] = ok ? hexval(rgb[1 + 2 * k]) * 16 + hexval(rgb[2 + 2 * k]) : 0;
  return ok;
}

static double luminance(const char *rgb) {
  static const double w[3] = {0.2126, 0.7152, 0.0722};
  double l = 0;
  int c[3];
  if (!cg_colour_rgb(rgb, c)) return 0;
  for (int k = 0; k < 3; k++) {
    double x = c[k] / 255.0;
    l += w[k] * (x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4));
  }
  return l;
}

void cg_colour_on_white(const char *rgb, double alpha, char out[8]) {
  if (alpha < 0) alpha = 0;
  if (alpha > 1) alpha = 1;
  int c[3];
  cg_colour_rgb(rgb, c);
  for (int k = 0; k < 3; k++)
    c[k] = (int)lround(alpha * c[k] + (1 - alpha) * 255.0);
  snprintf(out, 8, "#%02x%02x%02x", c[0], c[1], c[2]);
}

double cg_contrast(const char *rgb1, const char *rgb2) {
  double a = luminance(rgb1) + 0.05, b = luminance(rgb2) + 0.05;
  return a > b ? a / b : b / a;
}
