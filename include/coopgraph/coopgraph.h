/*
 * coopgraph.h - the umbrella header: everything a program needs to load a
 * cooperation dataset, analyse it and draw it.
 */
#ifndef COOPGRAPH_COOPGRAPH_H
#define COOPGRAPH_COOPGRAPH_H

#include "analysis.h"
#include "buf.h"
#include "centrality.h"
#include "charts.h"
#include "colour.h"
#include "communities.h"
#include "csv.h"
#include "dataset.h"
#include "date.h"
#include "error.h"
#include "export.h"
#include "filter.h"
#include "generate.h"
#include "graph.h"
#include "growth.h"
#include "import.h"
#include "query.h"
#include "render.h"
#include "report.h"
#include "style.h"
#include "svg.h"
#include "timeline.h"

#define COOPGRAPH_VERSION_STRING "0.1.0"

#endif
