/*
 * score.h - how scores (centrality measures, modularity) compare: the one
 * tie rule that every ranking of coopgraph uses (the command line, the
 * report), so that the same network gives the same order everywhere.
 */
#ifndef COOPGRAPH_SCORE_H
#define COOPGRAPH_SCORE_H

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Compares two scores: 0 when they are equal to 12 significant digits (a
 * tie: the last bits of a floating-point result depend on the order of its
 * terms, so 0.24999999999999994 and 0.25 are the same score), else -1 or 1
 * as a < b or a > b. Callers break ties by id. Consistent for sorting: it
 * compares the values rounded to 12 significant digits.
 */
int cg_score_compare(double a, double b);

#ifdef __cplusplus
}
#endif

#endif
