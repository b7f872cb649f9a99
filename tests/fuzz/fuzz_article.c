/*
 * fuzz_article.c - fuzz target of the article reader (article.h) and the
 * extractor behind it (extract.h).
 *
 * Input: one byte choosing the format (text, Markdown, HTML, or by content),
 * then the article. The reader must succeed and keep its promises: every
 * paragraph is valid UTF-8 without NUL or control characters, has no
 * leading, trailing or doubled space, and maps to a line of the input. The
 * extractor then runs on it against a small dataset, and its output must be
 * CSV whose every record has the header's 14 (or 10) fields, with proposals
 * of two or more parties.
 */
#include "common.h"

#include <coopgraph/article.h>
#include <coopgraph/buf.h>
#include <coopgraph/csv.h>
#include <coopgraph/extract.h>

#include <string.h>

static const char ENTITIES[] = "id,kind,name,country,aliases\n"
                               "ESA,agency,European Space Agency,,\n"
                               "ISRO,agency,Indian Space Research Organisation,IND,\n"
                               "CNES,agency,Centre National d'\xc3\x89tudes Spatiales,FRA,\n"
                               "IND,nation,India,,\n"
                               "FRA,nation,France,,\n"
                               "USA,nation,United States,,US|U.S.\n";
static const char AGREEMENTS[] = "id,date,type,parties\n"
                                 "a1,2025,statement_of_intent,ESA;ISRO\n"
                                 "a2,,membership,FRA;ESA\n";

/* 1 when s[0..n) is valid UTF-8 (no overlongs, surrogates or values past U+10FFFF). */
static int valid_utf8(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    size_t k = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
    if (k == 9 || i + k >= n + (k == 0)) {
      if (k == 0) {
        i++;
        continue;
      }
      return 0;
    }
    unsigned long cp = k == 0 ? c : c & (0x3F >> k);
    for (size_t j = 1; j <= k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return 0;
      cp = cp << 6 | (s[i + j] & 0x3F);
    }
    if ((k == 1 && cp < 0x80) || (k == 2 && cp < 0x800) || (k == 3 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += k + 1;
  }
  return 1;
}

static void check_csv(const cg_buf *b, size_t fields) {
  cg_csv *r = cg_csv_new(b->data, b->len, "out.csv", NULL);
  FUZZ_CHECK(r != NULL);
  int got;
  size_t records = 0;
  while ((got = cg_csv_next(r, NULL)) != 0) {
    FUZZ_CHECK(got == 1);
    FUZZ_CHECK(cg_csv_nfields(r) == fields);
    if (records++ && fields == 14) {
      const char *parties = cg_csv_field(r, 4, NULL);
      FUZZ_CHECK(strchr(parties, ';') != NULL);
    }
  }
  FUZZ_CHECK(records >= 1);
  cg_csv_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  static const cg_article_format formats[] = {CG_ARTICLE_TEXT, CG_ARTICLE_MARKDOWN,
                                              CG_ARTICLE_HTML, CG_ARTICLE_AUTO};
  cg_article_format fmt = formats[data[0] & 3];
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  size_t lines = 1;
  for (size_t i = 0; i < len; i++)
    lines += text[i] == '\n';
  cg_diags *d = cg_diags_new(10);
  cg_article *a = NULL;
  FUZZ_CHECK(cg_article_read(&a, "in/article.txt", text, len, fmt, 0, d) == CG_OK);
  for (size_t p = 0; p < cg_article_nparagraphs(a); p++) {
    size_t n;
    const char *s = cg_article_paragraph(a, p, &n);
    FUZZ_CHECK(n > 0 && strlen(s) == n);
    FUZZ_CHECK(valid_utf8((const unsigned char *)s, n));
    FUZZ_CHECK(s[0] != ' ' && s[n - 1] != ' ' && !strstr(s, "  "));
    for (size_t i = 0; i < n; i++)
      FUZZ_CHECK((unsigned char)s[i] >= 0x20 && s[i] != 0x7F);
    unsigned long l0 = cg_article_line(a, p, 0), l1 = cg_article_line(a, p, n - 1);
    FUZZ_CHECK(l0 >= 1 && l0 <= l1);
    /* HTML line numbers come from libxml2, which may count a line more at the end */
    FUZZ_CHECK(l1 <= lines + 1);
  }
  FUZZ_CHECK(strcmp(cg_article_source(a), "article.txt") == 0);

  cg_file e = {"e.csv", ENTITIES, sizeof ENTITIES - 1};
  cg_file g = {"a.csv", AGREEMENTS, sizeof AGREEMENTS - 1};
  cg_dataset *ds = NULL;
  FUZZ_CHECK(cg_dataset_load_files(&ds, "fuzz", &e, &g, NULL, NULL, d) == CG_OK);
  cg_extractor *x = NULL;
  FUZZ_CHECK(cg_extractor_new(&x, ds) == CG_OK);
  FUZZ_CHECK(cg_extractor_add(x, a) == CG_OK);
  for (size_t i = 0; i < cg_extractor_nproposals(x); i++) {
    const cg_proposal *p = cg_extractor_proposal(x, i);
    FUZZ_CHECK(p->nparties >= 2);
    FUZZ_CHECK(p->confidence > 0 && p->confidence < 1);
    FUZZ_CHECK(p->line >= 1 && p->line <= lines + 1);
  }
  cg_buf ag = CG_BUF_INIT, en = CG_BUF_INIT;
  FUZZ_CHECK(cg_extractor_write(x, &ag, &en) == CG_OK);
  check_csv(&ag, 14);
  check_csv(&en, 10);
  cg_buf_free(&ag);
  cg_buf_free(&en);
  cg_extractor_free(x);
  cg_dataset_free(ds);
  cg_article_free(a);
  cg_diags_free(d);
  return 0;
}
