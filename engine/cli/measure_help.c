/*
 * measure_help.c - the measure names and their help in the program's help
 * and messages, taken from the library's measure registry (centrality.h),
 * so that a new measure shows up everywhere without editing the program.
 */
#include "cli.h"

#include <coopgraph/centrality.h>

#include <string.h>

#define HELP_WIDTH 80  /* help lines wrap before this column */
#define HELP_INDENT 25 /* where option and measure descriptions start */

void cli_measure_names(cg_buf *out, const char *last_sep) {
  for (size_t k = 0; k < CG_NMEASURES; k++)
    cg_buf_printf(out, "%s%s", k == 0 ? "" : k + 1 < CG_NMEASURES ? ", " : last_sep,
                  cg_measure_at(k)->name);
}

/* The names, comma-separated, wrapped at HELP_WIDTH; *col is the current column. */
static void names_wrapped(FILE *f, size_t *col) {
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    const char *name = cg_measure_at(k)->name;
    size_t len = strlen(name) + (k + 1 < CG_NMEASURES);
    if (k && *col + 1 + len > HELP_WIDTH) {
      fprintf(f, "\n%*s", HELP_INDENT, "");
      *col = HELP_INDENT;
    } else if (k) {
      fputc(' ', f);
      (*col)++;
    }
    fprintf(f, "%s%s", name, k + 1 < CG_NMEASURES ? "," : "");
    *col += len;
  }
}

/* One line per measure: name, then its help (continued lines indented). */
static void measure_lines(FILE *f) {
  for (size_t k = 0; k < CG_NMEASURES; k++) {
    const cg_measure_info *m = cg_measure_at(k);
    fprintf(f, "  %-*s", HELP_INDENT - 2, m->name);
    for (const char *p = m->help; *p; p++) {
      fputc(*p, f);
      if (*p == '\n') fprintf(f, "%*s", HELP_INDENT, "");
    }
    fputc('\n', f);
  }
}

void cli_help_text(FILE *f, const char *text) {
  size_t col = 0;
  for (const char *p = text; *p; p++) {
    if (strncmp(p, "{measure-names}", 15) == 0) {
      names_wrapped(f, &col);
      p += 14;
    } else if (strncmp(p, "{measures}\n", 11) == 0) {
      measure_lines(f);
      p += 10;
      col = 0;
    } else {
      fputc(*p, f);
      col = *p == '\n' ? 0 : col + 1;
    }
  }
}
