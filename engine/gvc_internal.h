/*
 * gvc_internal.h - the process's one Graphviz context, shared by every
 * module that lays out or renders (dot.c, timeline_svg.c, growth_svg.c). Private.
 *
 * Graphviz 2.43 caches font data across contexts (the pango plugin's
 * text-size cache), so a second context after gvFreeContext reads freed
 * memory: there must be one context per process, freed only by
 * cg_render_cleanup at exit.
 */
#ifndef COOPGRAPH_GVC_INTERNAL_H
#define COOPGRAPH_GVC_INTERNAL_H

#include <gvc.h>

/* The context, created on first use; NULL when Graphviz cannot start. */
GVC_t *cg_gvc(void);

#endif
