/*
 * suggest.c - the edit distance and the "did you mean" search that every
 * message about an unknown name uses (suggest.h).
 */
#include <coopgraph/suggest.h>

#include <string.h>

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

size_t cg_edit_distance(const char *a, const char *b, size_t max) {
  size_t la = strlen(a), lb = strlen(b);
  if ((la > lb ? la - lb : lb - la) > max) return max + 1;
  if (lb > 255 || la > 255) return max + 1;
  size_t row[256];
  for (size_t j = 0; j <= lb; j++)
    row[j] = j;
  for (size_t i = 1; i <= la; i++) {
    size_t diag = row[0], best = i;
    row[0] = i;
    for (size_t j = 1; j <= lb; j++) {
      size_t up = row[j];
      size_t cost = lower((unsigned char)a[i - 1]) != lower((unsigned char)b[j - 1]);
      size_t v = diag + cost;
      if (up + 1 < v) v = up + 1;
      if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
      row[j] = v;
      diag = up;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return row[lb];
}

size_t cg_typo_budget(const char *name) {
  size_t n = strlen(name) / 3;
  return n < 1 ? 1 : n > 4 ? 4 : n;
}

void cg_suggest_init(cg_suggest *s, const char *name) {
  s->name = name;
  s->best = cg_typo_budget(name) + 1;
  s->answer = NULL;
}

void cg_suggest_consider(cg_suggest *s, const char *spelling, const char *answer) {
  if (s->best == 0 || !spelling) return;
  size_t d = cg_edit_distance(s->name, spelling, s->best - 1);
  if (d < s->best) {
    s->best = d;
    s->answer = answer;
  }
}

const char *cg_suggest_best(const cg_suggest *s) {
  return s->answer;
}

const char *cg_did_you_mean(const char *name, const char *const *candidates, size_t n) {
  cg_suggest s;
  cg_suggest_init(&s, name);
  for (size_t i = 0; i < n && candidates[i]; i++)
    cg_suggest_consider(&s, candidates[i], candidates[i]);
  return cg_suggest_best(&s);
}
