/*
 * options.c - the option tables at work: getopt_long's tables built from
 * them, the one option loop every command runs (cli_getopt), the messages
 * about bad options and values, the help sections, and the
 * `--dump-options` listing that the completion and the man page check read.
 */
#include "cli.h"

#include <coopgraph/suggest.h>

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The tables a command's options come from: its own, then the filters. */
static size_t tables_of(const cli_command *cmd, const cli_option *t[2]) {
  size_t n = 0;
  if (cmd->options) t[n++] = cmd->options;
  if (cmd->filters) t[n++] = CLI_FILTER_OPTIONS;
  return n;
}

/* The option of cmd (or of the filters, or global) with this id, or NULL. */
static const cli_option *cli_option_of(const cli_command *cmd, int id) {
  const cli_option *t[2];
  size_t nt = tables_of(cmd, t);
  for (size_t i = 0; i < nt; i++)
    for (const cli_option *o = t[i]; o->id; o++)
      if (o->id == id || (o->short_name && o->short_name == id)) return o;
  return NULL;
}

/* getopt_long's table for cmd (kept in c until another command asks) and its short options. */
static int build(cli *c, const cli_command *cmd, char *shorts, size_t shorts_size) {
  const cli_option *t[2];
  size_t nt = tables_of(cmd, t), n = 0, k = 0;
  for (size_t i = 0; i < nt; i++)
    for (const cli_option *o = t[i]; o->id; o++)
      n++;
  shorts[k++] = ':'; /* a missing value returns ':', not '?' */
  if (c->longopts_for != cmd) {
    struct option *lo = calloc(n + 1, sizeof *lo);
    if (!lo) return -1;
    free(c->longopts);
    c->longopts = lo;
    c->longopts_for = cmd;
    n = 0;
    for (size_t i = 0; i < nt; i++)
      for (const cli_option *o = t[i]; o->id; o++) {
        lo[n].name = o->name;
        lo[n].has_arg = o->kind == CLI_FLAG ? no_argument : required_argument;
        lo[n].flag = NULL;
        lo[n].val = o->short_name ? o->short_name : o->id;
        n++;
      }
  }
  for (size_t i = 0; i < nt; i++)
    for (const cli_option *o = t[i]; o->id; o++)
      if (o->short_name && k + 3 < shorts_size) {
        shorts[k++] = o->short_name;
        if (o->kind != CLI_FLAG) shorts[k++] = ':';
      }
  shorts[k] = '\0';
  return 0;
}

int cli_is_word(const char *words, const char *w) {
  size_t n = strlen(w);
  for (const char *p = words; *p;) {
    size_t len = strcspn(p, " ");
    if (len && n == len && strncmp(p, w, len) == 0) return 1;
    p += len;
    p += strspn(p, " ");
  }
  return 0;
}

/* "a, b or c" from space-separated words. */
static void word_list(cg_buf *out, const char *words) {
  size_t n = 0, i = 0;
  for (const char *p = words; *p;) {
    size_t len = strcspn(p, " ");
    if (len) n++;
    p += len;
    p += strspn(p, " ");
  }
  for (const char *p = words; *p;) {
    size_t len = strcspn(p, " ");
    if (len) {
      if (i) cg_buf_puts(out, i + 1 == n ? " or " : ", ");
      cg_buf_append(out, p, len);
      i++;
    }
    p += len;
    p += strspn(p, " ");
  }
}

/* The word of `words` closest to name within the typo budget, copied to buf, or NULL. */
static const char *closest_word(const char *name, const char *words, char *buf, size_t size) {
  cg_suggest s;
  cg_suggest_init(&s, name);
  char w[128];
  const char *best = NULL;
  for (const char *p = words; *p;) {
    size_t len = strcspn(p, " ");
    if (len && len < sizeof w) {
      memcpy(w, p, len);
      w[len] = '\0';
      size_t before = s.best;
      cg_suggest_consider(&s, w, "");
      if (s.best < before) best = p;
    }
    p += len;
    p += strspn(p, " ");
  }
  if (!best) return NULL;
  size_t len = strcspn(best, " ");
  if (len >= size) len = size - 1;
  memcpy(buf, best, len);
  buf[len] = '\0';
  return buf;
}

int cli_unknown_value(const cli *c, const cli_command *cmd, const char *what, const char *opt,
                      const char *name, const char *words) {
  char hint[128];
  cg_buf for_opt = CG_BUF_INIT, list = CG_BUF_INIT;
  if (opt) cg_buf_printf(&for_opt, " for %s", opt);
  if (closest_word(name, words, hint, sizeof hint)) {
    cli_usage_error(c, cmd, "unknown %s '%s'%s; did you mean '%s'?", what, name,
                    cg_buf_str(&for_opt), hint);
  } else {
    word_list(&list, words);
    cli_usage_error(c, cmd, "unknown %s '%s'%s (expected %s)", what, name, cg_buf_str(&for_opt),
                    cg_buf_str(&list));
  }
  cg_buf_free(&for_opt);
  cg_buf_free(&list);
  return EXIT_USAGE;
}

/* A value the parser checks itself: 0, or -1 after the message. */
static int check_value(const cli *c, const cli_command *cmd, const cli_option *o, cli_value *v) {
  const char *arg = v->arg;
  switch (o->kind) {
  case CLI_UINT:
    if (cg_parse_uint(arg, strlen(arg), o->min, o->max, &v->u) == 0) return 0;
    if (o->max >= 1000000000000000000ULL)
      cli_usage_error(c, cmd, "option '--%s' needs a whole number from %llu, not '%s'", o->name,
                      o->min, arg);
    else
      cli_usage_error(c, cmd, "option '--%s' needs a whole number from %llu to %llu, not '%s'",
                      o->name, o->min, o->max, arg);
    return -1;
  case CLI_SHARE: {
    char *end;
    if (*arg && strspn(arg, "0123456789.") == strlen(arg)) {
      double d = strtod(arg, &end);
      if (!*end && d >= 0 && d <= 1) {
        v->d = d;
        return 0;
      }
    }
    cli_usage_error(c, cmd, "option '--%s' needs a number from 0 to 1, not '%s'", o->name, arg);
    return -1;
  }
  case CLI_CHOICE: {
    if (cli_is_word(cli_choices(o), arg)) return 0;
    char opt[64];
    snprintf(opt, sizeof opt, "--%s", o->name);
    cli_unknown_value(c, cmd, o->what ? o->what : "value", opt, arg, cli_choices(o));
    return -1;
  }
  default:
    return 0;
  }
}

/* An unknown long option: ambiguous abbreviation, a near miss, or nothing like it. */
static void unknown_long(const cli *c, const cli_command *cmd, const char *arg) {
  size_t len = strcspn(arg + 2, "=");
  const cli_option *t[2];
  size_t nt = tables_of(cmd, t), matches = 0;
  cg_buf list = CG_BUF_INIT;
  for (size_t i = 0; i < nt; i++)
    for (const cli_option *o = t[i]; o->id; o++)
      if (len && strncmp(o->name, arg + 2, len) == 0) {
        cg_buf_printf(&list, "%s--%s", matches ? ", " : "", o->name);
        matches++;
      }
  if (matches > 1) {
    cli_usage_error(c, cmd, "option '%.*s' is ambiguous: %s", (int)len + 2, arg, cg_buf_str(&list));
    cg_buf_free(&list);
    return;
  }
  cg_buf_free(&list);
  char name[128];
  snprintf(name, sizeof name, "%.*s", (int)(len < 100 ? len : 100), arg + 2);
  cg_suggest s;
  cg_suggest_init(&s, name);
  for (size_t i = 0; i < nt; i++)
    for (const cli_option *o = t[i]; o->id; o++)
      cg_suggest_consider(&s, o->name, o->name);
  /* A misspelt global option after the command is as likely ("--formt json"). */
  for (const cli_option *o = CLI_GLOBAL_OPTIONS; o->id; o++)
    cg_suggest_consider(&s, o->name, o->name);
  if (s.best == 0 && arg[2 + len] == '=') /* "--help=x": a flag of the program */
    cli_usage_error(c, cmd, "option '--%s' takes no value", name);
  else if (cg_suggest_best(&s) && s.best > 0)
    cli_usage_error(c, cmd, "unknown option '--%s'; did you mean '--%s'?", name,
                    cg_suggest_best(&s));
  else
    cli_usage_error(c, cmd, "unknown option '--%s'", name);
}

int cli_getopt(cli *c, const cli_command *cmd, int argc, char **argv, cli_value *v) {
  char shorts[64];
  memset(v, 0, sizeof *v);
  if (build(c, cmd, shorts, sizeof shorts)) {
    cli_error(c, "out of memory");
    return -1;
  }
  int before = optind;
  optopt = 0;
  int r = getopt_long(argc, argv, shorts, c->longopts, NULL);
  if (r == -1) return 0;
  /* The word that held the option: a long option advances optind past it (and its value). */
  const char *word = optind > before ? argv[optind - 1] : argv[before];
  if (r == ':' || r == '?') {
    const cli_option *o = optopt ? cli_option_of(cmd, optopt) : NULL;
    if (r == ':' && o) {
      if (o->short_name && word[0] == '-' && word[1] != '-')
        cli_usage_error(c, cmd, "option '-%c' needs a value", o->short_name);
      else
        cli_usage_error(c, cmd, "option '--%s' needs a value", o->name);
    } else if (o && o->kind == CLI_FLAG && strchr(word, '='))
      cli_usage_error(c, cmd, "option '--%s' takes no value", o->name);
    else if (strncmp(word, "--", 2) == 0)
      unknown_long(c, cmd, word);
    else
      cli_usage_error(c, cmd, "unknown option '-%c'", optopt ? optopt : '?');
    return -1;
  }
  const cli_option *o = cli_option_of(cmd, r);
  if (!o) return cli_usage_error(c, cmd, "unknown option '%s'", word), -1;
  v->arg = optarg;
  if (optarg && check_value(c, cmd, o, v)) return -1;
  return o->id;
}

/* The name column of a help line: "  -o, --output FILE", "      --to DATE" or "  --to DATE". */
static void help_head(cg_buf *b, const cli_option *o, int any_short) {
  if (o->short_name)
    cg_buf_printf(b, "  -%c, --%s", o->short_name, o->name);
  else
    cg_buf_printf(b, "%s--%s", any_short ? "      " : "  ", o->name);
  if (o->value) cg_buf_printf(b, " %s", o->value);
}

void cli_options_help(FILE *f, const char *title, const cli_option *table, int gnu) {
  if (!table || !table->id) return;
  int any_short = gnu > 0;
  for (const cli_option *o = table; o->id && gnu == 0; o++)
    any_short |= o->short_name != 0;
  if (title) fprintf(f, "%s\n", title);
  for (const cli_option *o = table; o->id; o++) {
    cg_buf b = CG_BUF_INIT;
    help_head(&b, o, any_short);
    size_t w = b.len;
    fputs(cg_buf_str(&b), f);
    cg_buf_free(&b);
    /* Help text starts in column 25, or two spaces after a long head. */
    fprintf(f, "%*s", w + 2 <= 25 ? (int)(25 - w) : 2, "");
    cli_help_text(f, o->help, 25);
    fputc('\n', f);
  }
}

static const char *const KIND_NAMES[] = {"flag", "text",   "uint",   "share", "date",
                                         "file", "entity", "choice", "list",  "size"};

static void dump_table(FILE *f, const char *scope, const cli_option *t) {
  for (const cli_option *o = t; o && o->id; o++) {
    fprintf(f, "%s\t--%s\t", scope, o->name);
    if (o->short_name)
      fprintf(f, "-%c", o->short_name);
    else
      fputc('-', f);
    fprintf(f, "\t%s\t%s\n", KIND_NAMES[o->kind], o->choices ? cli_choices(o) : "");
  }
}

/*
 * One line per option: SCOPE --name -s KIND CHOICES, tab-separated (SCOPE is
 * global, filters or a command; "-" for no short name); a command that takes
 * the filters has a line "COMMAND @filters".
 */
void cli_dump_options(FILE *f) {
  dump_table(f, "global", CLI_GLOBAL_OPTIONS);
  dump_table(f, "filters", CLI_FILTER_OPTIONS);
  for (const cli_command *const *p = cli_commands; *p; p++) {
    fprintf(f, "%s\n", (*p)->name);
    dump_table(f, (*p)->name, (*p)->options);
    if ((*p)->filters) fprintf(f, "%s\t@filters\n", (*p)->name);
  }
}
