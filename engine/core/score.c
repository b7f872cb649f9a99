/*
 * score.c - the tie rule of rankings (score.h).
 */
#include <coopgraph/score.h>

#include <stdio.h>
#include <string.h>

int cg_score_compare(double a, double b) {
  if (a == b) return 0;
  /* %.11e rounds correctly, so equal strings mean equal rounded values. */
  char x[40], y[40];
  snprintf(x, sizeof x, "%.11e", a);
  snprintf(y, sizeof y, "%.11e", b);
  if (strcmp(x, y) == 0) return 0;
  return a < b ? -1 : 1;
}
