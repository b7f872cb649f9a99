/*
 * measure_help.c - the measures in the program's help, option values and
 * completion, taken from the library's measure registry (centrality.h), so
 * that a new measure shows up everywhere without editing the program.
 */
#include "cli.h"

#include <coopgraph/centrality.h>

#include <stdio.h>
#include <string.h>

#define HELP_WIDTH 80  /* help lines wrap before this column */
#define HELP_INDENT 25 /* where option and measure descriptions start */

const char CLI_MEASURES[] = "(the measures of the registry)";

const char *cli_choices(const cli_option *o) {
  return o->choices == CLI_MEASURES ? cli_measure_words() : o->choices;
}

const char *cli_measure_words(void) {
  static char words[CG_NMEASURES * 32]; /* names up to 31 bytes; built once, as the registry is fixed */
  if (!words[0])
    for (size_t k = 0; k < CG_NMEASURES; k++) {
      size_t len = strlen(words);
      snprintf(words + len, sizeof words - len, "%s%s", k ? " " : "", cg_measure_at(k)->name);
    }
  return words;
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

void cli_help_text(FILE *f, const char *text, size_t indent) {
  size_t col = indent;
  for (const char *p = text; *p; p++) {
    if (strncmp(p, "{measure-names}", 15) == 0) {
      names_wrapped(f, &col);
      p += 14;
    } else if (strncmp(p, "{measures}\n", 11) == 0) {
      measure_lines(f);
      p += 10;
      col = 0;
    } else if (*p == '\n') {
      fprintf(f, "\n%*s", (int)indent, "");
      col = indent;
    } else {
      fputc(*p, f);
      col++;
    }
  }
}
