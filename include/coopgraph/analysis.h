/*
 * analysis.h - the analysis of the partnership graph in one include:
 * centrality (centrality.h) and communities (communities.h). Kept for
 * programs written before the two were split.
 */
#ifndef COOPGRAPH_ANALYSIS_H
#define COOPGRAPH_ANALYSIS_H

#include "centrality.h"
#include "communities.h"

#endif
