/*
 * dot_lines.c - lines of nodes and edges in DOT text (see dot_lines_internal.h).
 *
 * The scan follows cgraph's lexical rules (scan.l): "#" lines, C and C++
 * comments, quoted strings with \" and backslash-newline, nested <...> HTML
 * strings, names and numerals, and the edge operators. It records three
 * things, each with the line of its first occurrence and a count: every name,
 * every node statement "A [", every "A -- B" (or "A -> B"), and every
 * "key = K".
 */
#include "data/dot_lines_internal.h"

#include "core/arena_internal.h"
#include "core/grow_internal.h"
#include "core/strmap_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct seen {
  unsigned long line;
  unsigned long count;
} seen;

struct cg_dot_lines {
  cg_arena arena;
  cg_strmap names, pairs, keys; /* -> index into `at` */
  cg_strmap stmts;              /* node statements "A [" */
  seen *at;
  size_t nat, cap;
};

enum { T_NAME, T_EDGEOP, T_EQ, T_BRACKET, T_OTHER };

typedef struct token {
  int kind;
  const char *value; /* T_NAME: NUL-terminated, in the arena */
  unsigned long line;
} token;

/*
 * Counts one occurrence of key in map m; a new key is copied into the arena
 * unless `stable` (already there). -1 when out of memory.
 */
static int note(cg_dot_lines *l, cg_strmap *m, const char *key, int stable, unsigned long line) {
  int32_t i = cg_strmap_get(m, key);
  if (i >= 0) {
    l->at[i].count++;
    return 0;
  }
  const char *k = stable ? key : cg_arena_strndup(&l->arena, key, strlen(key));
  if (!k) return -1;
  if (CG_GROW(l->at, l->cap, l->nat, 256)) return -1;
  if (cg_strmap_put(m, k, (int32_t)l->nat) == -2) return -1;
  l->at[l->nat++] = (seen){line, 1};
  return 0;
}

static int name_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

/* Records the patterns that end with token t, given the two before it. */
static int record(cg_dot_lines *l, const token *p2, const token *p1, const token *t) {
  if (t->kind == T_BRACKET && p1->kind == T_NAME && p2->kind != T_EDGEOP)
    return note(l, &l->stmts, p1->value, 1, p1->line);
  if (t->kind != T_NAME) return 0;
  if (note(l, &l->names, t->value, 1, t->line)) return -1;
  if (p1->kind == T_EDGEOP && p2->kind == T_NAME) {
    size_t a = strlen(p2->value), b = strlen(t->value);
    char *pair = malloc(a + b + 2);
    if (!pair) return -1;
    memcpy(pair, p2->value, a);
    pair[a] = '\x1f';
    memcpy(pair + a + 1, t->value, b + 1);
    int r = note(l, &l->pairs, pair, 0, p2->line);
    free(pair);
    if (r) return r;
  }
  if (p1->kind == T_EQ && p2->kind == T_NAME && strcmp(p2->value, "key") == 0)
    return note(l, &l->keys, t->value, 1, t->line);
  return 0;
}

/* Reads a quoted string starting after the quote; returns its value in the arena. */
static char *quoted(cg_dot_lines *l, const char **pp, const char *end, unsigned long *line) {
  const char *p = *pp, *close = p;
  /* As cgraph's scanner: a backslash pairs with a quote, a backslash or a newline. */
  while (close < end && *close != '"')
    close += *close == '\\' && close + 1 < end &&
                     (close[1] == '"' || close[1] == '\\' || close[1] == '\n')
                 ? 2
                 : 1;
  char *out = cg_arena_alloc(&l->arena, (size_t)(close - p) + 1), *o = out;
  if (!out) return NULL;
  while (p < close) {
    if (*p == '\\' && p + 1 < close && p[1] == '"') {
      *o++ = '"';
      p += 2;
    } else if (*p == '\\' && p + 1 < close && p[1] == '\\') {
      *o++ = *p++;
      *o++ = *p++;
    } else if (*p == '\\' && p + 1 < close && p[1] == '\n') {
      p += 2;
      (*line)++;
    } else {
      if (*p == '\n') (*line)++;
      *o++ = *p++;
    }
  }
  *o = '\0';
  *pp = close < end ? close + 1 : close;
  return out;
}

/* Reads a <...> string starting after the first '<' (nesting counts). */
static char *html(cg_dot_lines *l, const char **pp, const char *end, unsigned long *line) {
  const char *p = *pp, *start = p;
  int depth = 1;
  while (p < end) {
    if (*p == '\n') (*line)++;
    if (*p == '<') depth++;
    if (*p == '>' && --depth == 0) break;
    p++;
  }
  char *out = cg_arena_strndup(&l->arena, start, (size_t)(p - start));
  *pp = p < end ? p + 1 : p;
  return out;
}

static int scan(cg_dot_lines *l, const char *p, const char *end) {
  token t1 = {T_OTHER, NULL, 0}, t2 = t1;
  unsigned long line = 1;
  int line_start = 1;
  while (p < end) {
    unsigned char c = (unsigned char)*p;
    token t = {T_OTHER, NULL, line};
    if (c == '\n') {
      line++;
      line_start = 1;
      p++;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      p++;
      continue;
    }
    if (c == '#' && line_start) { /* cpp output line */
      while (p < end && *p != '\n')
        p++;
      continue;
    }
    line_start = 0;
    if (c == '/' && p + 1 < end && p[1] == '/') {
      while (p < end && *p != '\n')
        p++;
      continue;
    }
    if (c == '/' && p + 1 < end && p[1] == '*') {
      p += 2;
      while (p < end && !(*p == '*' && p + 1 < end && p[1] == '/'))
        line += *p++ == '\n';
      p = p < end ? p + 2 : p;
      continue;
    }
    if (c == '"') {
      p++;
      t.kind = T_NAME;
      if (!(t.value = quoted(l, &p, end, &line))) return -1;
    } else if (c == '<') {
      p++;
      t.kind = T_NAME;
      if (!(t.value = html(l, &p, end, &line))) return -1;
    } else if (c == '-' && p + 1 < end && (p[1] == '-' || p[1] == '>')) {
      t.kind = T_EDGEOP;
      p += 2;
    } else if (name_char(c) || c == '.' || c == '-') {
      const char *s = p++;
      while (p < end && (name_char((unsigned char)*p) || *p == '.'))
        p++;
      t.kind = T_NAME;
      if (!(t.value = cg_arena_strndup(&l->arena, s, (size_t)(p - s)))) return -1;
    } else {
      t.kind = c == '=' ? T_EQ : c == '[' ? T_BRACKET : T_OTHER;
      p++;
    }
    if (record(l, &t2, &t1, &t)) return -1;
    t2 = t1;
    t1 = t;
  }
  return 0;
}

cg_dot_lines *cg_dot_lines_new(const char *text, size_t len) {
  cg_dot_lines *l = calloc(1, sizeof *l);
  if (!l) return NULL;
  cg_strmap_init(&l->names, 0);
  cg_strmap_init(&l->pairs, 0);
  cg_strmap_init(&l->keys, 0);
  cg_strmap_init(&l->stmts, 0);
  if (scan(l, text, text + len)) {
    cg_dot_lines_free(l);
    return NULL;
  }
  return l;
}

void cg_dot_lines_free(cg_dot_lines *l) {
  if (!l) return;
  cg_strmap_free(&l->names);
  cg_strmap_free(&l->pairs);
  cg_strmap_free(&l->keys);
  cg_strmap_free(&l->stmts);
  cg_arena_free(&l->arena);
  free(l->at);
  free(l);
}

unsigned long cg_dot_lines_node(const cg_dot_lines *l, const char *name) {
  int32_t i = cg_strmap_get(&l->stmts, name);
  if (i < 0) i = cg_strmap_get(&l->names, name);
  return i >= 0 ? l->at[i].line : 0;
}

/* The seen record of "a\x1fb", or NULL. */
static const seen *pair_seen(const cg_dot_lines *l, const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  char *pair = malloc(na + nb + 2);
  if (!pair) return NULL;
  memcpy(pair, a, na);
  pair[na] = '\x1f';
  memcpy(pair + na + 1, b, nb + 1);
  int32_t i = cg_strmap_get(&l->pairs, pair);
  free(pair);
  return i >= 0 ? &l->at[i] : NULL;
}

unsigned long cg_dot_lines_edge(const cg_dot_lines *l, const char *tail, const char *head,
                                const char *key) {
  if (key && key[0]) {
    int32_t i = cg_strmap_get(&l->keys, key);
    if (i >= 0 && l->at[i].count == 1) return l->at[i].line;
  }
  const seen *ab = pair_seen(l, tail, head);
  const seen *ba = strcmp(tail, head) ? pair_seen(l, head, tail) : NULL;
  unsigned long n = (ab ? ab->count : 0) + (ba ? ba->count : 0);
  if (n != 1) return 0;
  return ab ? ab->line : ba->line;
}

unsigned long cg_dot_line_at(const char *text, size_t off) {
  unsigned long line = 1;
  for (size_t i = 0; i < off; i++)
    line += text[i] == '\n';
  return line;
}
