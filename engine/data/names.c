/*
 * names.c - the one name matcher (names.h): words, their ICU-normalised keys,
 * and the longest-match index the extractor runs over article text.
 *
 * ICU rather than hand-written tables: Unicode normalisation and full case
 * folding are large, versioned tables that ICU keeps current, and a
 * hand-made subset would miss the names it was not tested on.
 */
#include "core/grow_internal.h"
#include "data/names_internal.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

static int is_apos(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

static int is_word_cp(UChar32 c) {
  if (c < 0) return 0;
  if (c < 0x80)
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  int8_t t = u_charType(c);
  return u_isalnum(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK ||
         t == U_ENCLOSING_MARK;
}

static int is_letter(UChar32 c) {
  if (c < 0) return 0;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

/* Growable UTF-16 scratch space for the ICU steps. */
typedef struct u16buf {
  UChar *p;
  int32_t cap;
} u16buf;

static int u16_reserve(u16buf *b, int32_t n) {
  if (n <= b->cap) return 0;
  int32_t cap = n < 64 ? 64 : n;
  UChar *p = realloc(b->p, (size_t)cap * sizeof *p);
  if (!p) return -1;
  b->p = p;
  b->cap = cap;
  return 0;
}

/* Runs an ICU string step into dst, growing it once when ICU asks for more. */
#define ICU_STEP(dst, call)                                                                        \
  do {                                                                                             \
    for (int tries_ = 0;; tries_++) {                                                              \
      err = U_ZERO_ERROR;                                                                          \
      n = (call);                                                                                  \
      if (err == U_BUFFER_OVERFLOW_ERROR && tries_ == 0) {                                         \
        if (u16_reserve(&(dst), n + 1)) return CG_ERR_NOMEM;                                       \
        continue;                                                                                  \
      }                                                                                            \
      break;                                                                                       \
    }                                                                                              \
    if (U_FAILURE(err)) return CG_ERR_INTERNAL;                                                    \
  } while (0)

/* Appends the key of one word s[0..len) to out. */
static cg_status fold_word(const char *s, size_t len, cg_buf *out, u16buf *a, u16buf *b) {
  size_t i;
  for (i = 0; i < len && !((unsigned char)s[i] & 0x80); i++)
    ;
  if (i == len) { /* ASCII: NFKC and NFD change nothing, folding is lower-casing */
    for (i = 0; i < len; i++) {
      char c = s[i];
      if (c == '\'' || c == '.') continue;
      cg_buf_putc(out, c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
    }
    return cg_buf_status(out);
  }
  if (len > INT32_MAX / 4) return CG_ERR_LIMIT;
  UErrorCode err = U_ZERO_ERROR;
  int32_t n;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&err);
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
  if (U_FAILURE(err)) return CG_ERR_INTERNAL;
  if (u16_reserve(a, (int32_t)len + 1) || u16_reserve(b, (int32_t)len * 2 + 16))
    return CG_ERR_NOMEM;
  ICU_STEP(*a, (u_strFromUTF8WithSub(a->p, a->cap, &n, s, (int32_t)len, 0xFFFD, NULL, &err), n));
  int32_t n16 = n;
  ICU_STEP(*b, unorm2_normalize(nfkc, a->p, n16, b->p, b->cap, &err));
  n16 = n;
  ICU_STEP(*a, unorm2_normalize(nfd, b->p, n16, a->p, a->cap, &err));
  n16 = n;
  /* Diacritics are the combining marks NFD split off. */
  int32_t k = 0;
  for (int32_t j = 0; j < n16;) {
    UChar32 c;
    int32_t at = j;
    U16_NEXT(a->p, j, n16, c);
    if (u_charType(c) == U_NON_SPACING_MARK || is_apos(c) || c == '.') continue;
    for (int32_t m = at; m < j; m++)
      a->p[k++] = a->p[m];
  }
  ICU_STEP(*b, u_strFoldCase(b->p, b->cap, a->p, k, U_FOLD_CASE_DEFAULT, &err));
  int32_t nf = n;
  /* The UTF-8 of nf UTF-16 units fits in 3 * nf bytes: no second try needed. */
  if (u16_reserve(a, nf * 2 + 1)) return CG_ERR_NOMEM;
  err = U_ZERO_ERROR;
  u_strToUTF8WithSub((char *)a->p, a->cap * 2, &n, b->p, nf, 0xFFFD, NULL, &err);
  if (U_FAILURE(err)) return CG_ERR_INTERNAL;
  return cg_buf_append(out, (const char *)a->p, (size_t)n);
}

void cg_words_init(cg_words *ws) {
  memset(ws, 0, sizeof *ws);
}

void cg_words_free(cg_words *ws) {
  free(ws->w);
  cg_buf_free(&ws->keys);
  memset(ws, 0, sizeof *ws);
}

void cg_words_clear(cg_words *ws) {
  ws->n = 0;
  cg_buf_clear(&ws->keys);
}

const char *cg_words_key(const cg_words *ws, size_t i) {
  return ws->keys.data + ws->w[i].key;
}

/* The code point at text[at..n), and in *next where the one after it starts. */
static UChar32 next_cp(const char *text, int32_t at, int32_t n, int32_t *next) {
  UChar32 c;
  U8_NEXT(text, at, n, c);
  *next = at;
  return c;
}

cg_status cg_words_scan(cg_words *ws, const char *text, size_t len, uint32_t base) {
  u16buf a = {NULL, 0}, b = {NULL, 0};
  cg_status st = CG_OK;
  int32_t i = 0, n = len > INT32_MAX ? INT32_MAX : (int32_t)len;
  while (i < n && !st) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text, i, n, c);
    if (!is_word_cp(c)) continue;
    int cap = (c >= '0' && c <= '9') || u_isupper(c) || u_istitle(c);
    UChar32 prev = c;
    int32_t end = i;
    while (end < n) {
      int32_t j;
      UChar32 d = next_cp(text, end, n, &j);
      if (!is_word_cp(d)) {
        /* An apostrophe or a dot between letters stays inside the word. */
        if (!(is_apos(d) || d == '.') || !is_letter(prev) || j >= n) break;
        d = next_cp(text, j, n, &j);
        if (!is_letter(d)) break;
      }
      prev = d;
      end = j;
    }
    i = end;
    /* A possessive: the word ends in apostrophe + s. */
    int poss = 0;
    int32_t wend = end;
    if (end - start >= 3 && (text[end - 1] == 's' || text[end - 1] == 'S')) {
      int32_t k = end - 1;
      UChar32 q;
      U8_PREV(text, start, k, q);
      if (is_apos(q) && k > start) wend = k, poss = 1;
    }
    /* Capitals are judged without the possessive: "ISRO's" is an acronym. */
    int lower = 0, letters = 0;
    for (int32_t k = start; k < wend;) {
      UChar32 q;
      U8_NEXT(text, k, wend, q);
      letters += is_letter(q);
      lower |= q >= 0 && u_islower(q);
    }
    if (CG_GROW(ws->w, ws->cap, ws->n, 256)) {
      st = CG_ERR_NOMEM;
      break;
    }
    size_t key = ws->keys.len;
    st = fold_word(text + start, (size_t)(wend - start), &ws->keys, &a, &b);
    if (st) break;
    size_t keylen = ws->keys.len - key;
    cg_buf_putc(&ws->keys, '\0');
    if (keylen == 0) { /* only marks or apostrophes: no word */
      ws->keys.len = key;
      continue;
    }
    if (ws->keys.len > UINT32_MAX) {
      st = CG_ERR_LIMIT;
      break;
    }
    ws->w[ws->n++] = (cg_word){base + (uint32_t)start, base + (uint32_t)wend, (uint32_t)key,
                               (uint32_t)keylen, (uint8_t)(letters > 0 && !lower), (uint8_t)cap,
                               (uint8_t)poss};
  }
  free(a.p);
  free(b.p);
  if (!st) st = cg_buf_status(&ws->keys);
  return st;
}

cg_status cg_name_key(const char *s, size_t len, cg_buf *out) {
  cg_words ws;
  cg_words_init(&ws);
  cg_status st = cg_words_scan(&ws, s, len, 0);
  for (size_t i = 0; i < ws.n && !st; i++) {
    if (i) cg_buf_putc(out, ' ');
    st = cg_buf_puts(out, cg_words_key(&ws, i));
  }
  cg_words_free(&ws);
  return st ? st : cg_buf_status(out);
}

int cg_name_same(const char *a, const char *b) {
  cg_buf ka = CG_BUF_INIT, kb = CG_BUF_INIT;
  int same = !cg_name_key(a, strlen(a), &ka) && !cg_name_key(b, strlen(b), &kb) && ka.len &&
             ka.len == kb.len && memcmp(ka.data, kb.data, ka.len) == 0;
  cg_buf_free(&ka);
  cg_buf_free(&kb);
  return same;
}

void cg_name_index_init(cg_name_index *ix) {
  memset(ix, 0, sizeof *ix);
  cg_strmap_init(&ix->full, 0);
  cg_strmap_init(&ix->prefix, 0);
}

void cg_name_index_free(cg_name_index *ix) {
  cg_strmap_free(&ix->full);
  cg_strmap_free(&ix->prefix);
  cg_arena_free(&ix->arena);
  free(ix->values);
  memset(ix, 0, sizeof *ix);
}

int cg_name_index_add(cg_name_index *ix, const char *name, size_t len, int32_t value) {
  cg_words ws;
  cg_words_init(&ws);
  cg_buf key = CG_BUF_INIT;
  int ret = 0;
  if (cg_words_scan(&ws, name, len, 0)) {
    ret = -1;
    goto done;
  }
  if (ws.n == 0) goto done;
  for (size_t i = 0; i < ws.n; i++) {
    if (i) {
      /* Every leading part is a prefix, so matching knows when to stop. */
      char *p = cg_arena_strndup(&ix->arena, key.data, key.len);
      if (!p || cg_strmap_put(&ix->prefix, p, 1) == -2) {
        ret = -1;
        goto done;
      }
      cg_buf_putc(&key, ' ');
    }
    cg_buf_puts(&key, cg_words_key(&ws, i));
  }
  if (cg_buf_status(&key)) {
    ret = -1;
    goto done;
  }
  if (cg_strmap_get(&ix->full, key.data) >= 0) goto done;
  if (CG_GROW(ix->values, ix->cap, ix->nvalues, 64)) {
    ret = -1;
    goto done;
  }
  /*
   * Short names in capitals ("US", "CAN", "NOR") are also common words, so
   * they match only in capitals; longer ones ("Eumetsat", "Nasa") in any case.
   */
  size_t letters = 0;
  for (uint32_t k = ws.n == 1 ? ws.w[0].start : 0; ws.n == 1 && k < ws.w[0].end; k++)
    letters += (name[k] >= 'A' && name[k] <= 'Z') || (name[k] >= 'a' && name[k] <= 'z');
  int acronym = ws.n == 1 && ws.w[0].upper && letters >= 2 && letters <= 3;
  char *k = cg_arena_strndup(&ix->arena, key.data, key.len);
  if (!k || cg_strmap_put(&ix->full, k, (int32_t)ix->nvalues) == -2) {
    ret = -1;
    goto done;
  }
  ix->values[ix->nvalues++] = value << 1 | acronym;
  if (ws.n > ix->maxwords) ix->maxwords = ws.n;
  ret = 1;
done:
  cg_words_free(&ws);
  cg_buf_free(&key);
  return ret;
}

int32_t cg_name_index_match(const cg_name_index *ix, const cg_words *ws, size_t i,
                            size_t *nwords) {
  char key[1024];
  size_t klen = 0;
  int32_t best = -1;
  for (size_t n = 1; n <= ix->maxwords && i + n <= ws->n; n++) {
    const cg_word *w = &ws->w[i + n - 1];
    if (klen + w->keylen + 2 > sizeof key) break;
    if (n > 1) key[klen++] = ' ';
    memcpy(key + klen, ws->keys.data + w->key, w->keylen);
    klen += w->keylen;
    key[klen] = '\0';
    int32_t slot = cg_strmap_get(&ix->full, key);
    if (slot >= 0) {
      int32_t v = ix->values[slot];
      if (!(v & 1) || ws->w[i].upper) {
        best = v >> 1;
        *nwords = n;
      }
    }
    /* A possessive ends a name: "Japan's Astroscale" is two. */
    if (w->poss || cg_strmap_get(&ix->prefix, key) < 0) break;
  }
  return best;
}
