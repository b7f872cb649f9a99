/*
 * test_extract.c - unit tests of the article reader, the name matcher and
 * each rule of the extractor: entity matching (case, accents, punctuation,
 * possessives, longest match, acronyms), unknown organisations, lists,
 * "with" pairs, modality, negation, dates (explicit, relative, never the
 * publication date), HTML and Markdown input, known: detection, the cues
 * column of types.csv, and deterministic output.
 */
/* cmocka needs these before it, in this order. */
// clang-format off
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
// clang-format on

#include <coopgraph/article.h>
#include <coopgraph/extract.h>
#include <coopgraph/names.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ENTITIES[] =
    "id,kind,name,country,aliases\n"
    "ESA,agency,European Space Agency,,\n"
    "ISRO,agency,Indian Space Research Organisation,IND,Indian Space Research Organization\n"
    "CNES,agency,Centre National d'\xc3\x89tudes Spatiales,FRA,\n"
    "JAXA,agency,Japan Aerospace Exploration Agency,JPN,\n"
    "Astroscale,company,Astroscale,JPN,\n"
    "IND,nation,India,,\n"
    "FRA,nation,France,,\n"
    "JPN,nation,Japan,,\n"
    "USA,nation,United States,,US\n"
    "AUT,nation,Austria,,\n"
    "BEL,nation,Belgium,,\n"
    "DNK,nation,Denmark,,\n";
static const char AGREEMENTS[] = "id,date,end,type,parties,title,source\n"
                                 "esa-isro-soi,2025,,statement_of_intent,ESA;ISRO,x,a.txt\n"
                                 "isro-cnes,,,cooperation_agreement,ISRO;CNES,y,b.txt\n";
static const char TYPES_CUES[] = "type,label,description,cues\n"
                                 "cooperation_agreement,Cooperation agreement,,pact|accord\n"
                                 "statement_of_intent,Statement of intent,,statement of intent\n";

static cg_dataset *load(const char *types) {
  cg_file e = {"e.csv", ENTITIES, strlen(ENTITIES)}, a = {"a.csv", AGREEMENTS, strlen(AGREEMENTS)};
  cg_file t = {"t.csv", types, types ? strlen(types) : 0};
  cg_diags *d = cg_diags_new(10);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_files(&ds, "test", &e, &a, types ? &t : NULL, NULL, d), CG_OK);
  cg_diags_free(d);
  return ds;
}

typedef struct run {
  cg_dataset *ds;
  cg_extractor *x;
} run;

/* Extracts from text (read as `path`, so its name picks the format). */
static run extract_with(const char *path, const char *text, const char *types) {
  run r;
  r.ds = load(types);
  assert_int_equal(cg_extractor_new(&r.x, r.ds), CG_OK);
  cg_diags *d = cg_diags_new(10);
  cg_article *a = NULL;
  assert_int_equal(cg_article_read(&a, path, text, strlen(text), CG_ARTICLE_AUTO, 0, d), CG_OK);
  assert_int_equal(cg_extractor_add(r.x, a), CG_OK);
  cg_article_free(a);
  cg_diags_free(d);
  return r;
}
static run extract(const char *text) {
  return extract_with("t.txt", text, NULL);
}
static void done(run *r) {
  cg_extractor_free(r->x);
  cg_dataset_free(r->ds);
}

static char *parties(const cg_proposal *p, char *buf, size_t size) {
  size_t n = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < p->nparties; k++)
    n += (size_t)snprintf(buf + n, size - n, "%s%s", k ? ";" : "", p->parties[k]);
  return buf;
}

/* The proposal with these parties (in order), or NULL. */
static const cg_proposal *find(const run *r, const char *want) {
  char buf[256];
  for (size_t i = 0; i < cg_extractor_nproposals(r->x); i++)
    if (strcmp(parties(cg_extractor_proposal(r->x, i), buf, sizeof buf), want) == 0)
      return cg_extractor_proposal(r->x, i);
  return NULL;
}

static const char *date_of(const cg_proposal *p, char buf[11]) {
  return cg_date_format(p->date, buf);
}

static void test_name_key(void **state) {
  (void)state;
  assert_true(cg_name_same("Centre National d'Etudes Spatiales",
                           "Centre National d\xe2\x80\x99\xc3\x89tudes Spatiales"));
  assert_true(cg_name_same("CENTRE-NATIONAL  d'etudes spatiales", "Centre National d'Études Spatiales"));
  assert_true(cg_name_same("U.S.", "US"));
  assert_true(cg_name_same("ISRO\xe2\x80\x99s", "isro"));
  assert_true(cg_name_same("\xef\xbc\xa5\xef\xbc\xb3\xef\xbc\xa1", "esa")); /* full-width ESA */
  assert_false(cg_name_same("Agency", "Agence"));
  assert_false(cg_name_same("", ""));
  cg_buf b = CG_BUF_INIT;
  assert_int_equal(cg_name_key("  Japan's  Astroscale, Inc. ", 27, &b), CG_OK);
  assert_string_equal(cg_buf_str(&b), "japan astroscale inc");
  cg_buf_free(&b);
}

static void test_entity_matching(void **state) {
  (void)state;
  run r = extract("The Indian Space Research Organisation and Japan\xe2\x80\x99s Astroscale signed "
                  "an agreement.\n"
                  "Centre National d'Etudes Spatiales and the European Space Agency signed an "
                  "agreement.\n"
                  "ISRO and us signed an agreement.\n"
                  "CENTRE NATIONAL D'ETUDES SPATIALES and the Indian Space Research Organization "
                  "signed an agreement.\n");
  /* longest match: ISRO, not India; possessive cut; Japan dropped beside its company */
  assert_non_null(find(&r, "ISRO;Astroscale"));
  assert_non_null(find(&r, "CNES;ESA"));
  assert_non_null(find(&r, "CNES;ISRO"));
  /* "us" is not the United States: short capital names match only in capitals */
  assert_int_equal(cg_extractor_nproposals(r.x), 3);
  done(&r);
  /* The dataset's own lookup uses the same matcher. */
  cg_dataset *ds = load(NULL);
  assert_int_equal(cg_dataset_find_entity(ds, "Centre National d'Etudes Spatiales"), 2);
  assert_int_equal(cg_dataset_find_entity(ds, "indian space research organization"), 1);
  cg_dataset_free(ds);
}

static void test_unknown_organisations(void **state) {
  (void)state;
  run r = extract("The Korea Aerospace Research Institute (KARI) and ESA signed an agreement.\n"
                  "Acme Orbital Launch Corporation and ISRO signed a launch contract.\n"
                  "The Polar Satellite Launch Vehicle (PSLV) and ESA signed an agreement.\n");
  assert_int_equal(cg_extractor_nentities(r.x), 2);
  const cg_proposed_entity *e = cg_extractor_entity(r.x, 0);
  assert_string_equal(e->id, "KARI");
  assert_string_equal(e->name, "Korea Aerospace Research Institute");
  assert_string_equal(e->kind, "organisation");
  e = cg_extractor_entity(r.x, 1);
  assert_string_equal(e->id, "AcmeOrbitalLaunchCorporation");
  assert_string_equal(e->kind, "company");
  assert_non_null(find(&r, "KARI;ESA"));
  assert_non_null(find(&r, "AcmeOrbitalLaunchCorporation;ISRO"));
  /* a bare "Name (ACR)" without an organisation word is no party */
  assert_int_equal(cg_extractor_nproposals(r.x), 2);
  done(&r);
}

static void test_lists(void **state) {
  (void)state;
  run r = extract("ESA has three Member States: Austria, Belgium and Denmark.\n"
                  "ISRO is working with JAXA on debris as well as with CNES on launchers.\n");
  const cg_proposal *p = find(&r, "ESA;AUT");
  assert_non_null(p);
  assert_string_equal(p->type, "membership");
  assert_non_null(find(&r, "ESA;BEL"));
  assert_non_null(find(&r, "ESA;DNK"));
  assert_non_null(find(&r, "ISRO;JAXA"));
  assert_non_null(find(&r, "ISRO;CNES"));
  assert_int_equal(cg_extractor_nproposals(r.x), 5);
  done(&r);
}

/* A sentence ending in ':' and the list that follows it, one item a paragraph. */
static void test_list_after_colon(void **state) {
  (void)state;
  run r = extract_with("l.md",
                       "ESA signed cooperation agreements with three agencies:\n\n"
                       "- ISRO\n"
                       "- the Centre National d'Etudes Spatiales\n"
                       "- JAXA (Japan)\n\n"
                       "The agreements run for five years.\n",
                       NULL);
  assert_int_equal(cg_extractor_nproposals(r.x), 3);
  assert_string_equal(find(&r, "ESA;ISRO")->type, "cooperation_agreement");
  assert_non_null(find(&r, "ESA;CNES"));
  assert_non_null(find(&r, "ESA;JAXA"));
  assert_int_equal(find(&r, "ESA;JAXA")->line, 1);
  done(&r);
}

static void test_modality(void **state) {
  (void)state;
  run r = extract("Date: 2025-05-07\n\n"
                  "ESA plans to sign a statement of intent with ISRO.\n"
                  "ESA and JAXA have previously collaborated on debris.\n"
                  "CNES and ISRO signed an agreement for a satellite that both will build.\n");
  const cg_proposal *p = find(&r, "ESA;ISRO");
  assert_non_null(p);
  assert_string_equal(p->modality, "planned");
  assert_false(cg_date_known(p->date));
  p = find(&r, "ESA;JAXA");
  assert_non_null(p);
  assert_string_equal(p->modality, "past");
  assert_false(cg_date_known(p->date)); /* undated past cooperation */
  p = find(&r, "CNES;ISRO");
  assert_non_null(p);
  assert_string_equal(p->modality, "");
  done(&r);
}

static void test_negation(void **state) {
  (void)state;
  run r = extract("ESA and ISRO did not sign an agreement.\n"
                  "ESA and JAXA never signed a contract.\n"
                  "CNES declined to sign an agreement with ISRO.\n"
                  "Not only ESA but also JAXA signed an agreement.\n");
  assert_int_equal(cg_extractor_nproposals(r.x), 1);
  assert_non_null(find(&r, "ESA;JAXA"));
  done(&r);
}

static void test_dates(void **state) {
  (void)state;
  char d[11];
  /* 2025-11-18 is a Tuesday */
  run r = extract("Date: 2025-11-18\n\n"
                  "On Monday, ESA and ISRO signed an agreement.\n\n"
                  "Last week, CNES and JAXA signed an agreement.\n\n"
                  "Last year, ESA and JAXA signed a contract.\n\n"
                  "CNES and ESA signed an agreement.\n\n"
                  "ISRO and JAXA signed an agreement in Paris on 11 February 2003.\n");
  assert_string_equal(date_of(find(&r, "ESA;ISRO"), d), "2025-11-17");
  assert_string_equal(date_of(find(&r, "CNES;JAXA"), d), "2025-11");
  assert_string_equal(date_of(find(&r, "ESA;JAXA"), d), "2024");
  /* the publication date is never taken as the signing date */
  assert_string_equal(date_of(find(&r, "CNES;ESA"), d), "");
  assert_string_equal(date_of(find(&r, "ISRO;JAXA"), d), "2003-02-11");
  assert_string_equal(find(&r, "ISRO;JAXA")->date_basis, "sentence");
  done(&r);
  /* Without a publication date, relative dates give nothing. */
  r = extract("On Monday, ESA and ISRO signed an agreement.\n");
  assert_string_equal(date_of(find(&r, "ESA;ISRO"), d), "");
  done(&r);
  /* A dateline dates the article, and a present perfect signing gets its year, saying so. */
  r = extract("ESA release\n7 May 2025\nESA and ISRO have signed a statement of intent.\n");
  assert_string_equal(date_of(find(&r, "ESA;ISRO"), d), "2025");
  assert_string_equal(find(&r, "ESA;ISRO")->date_basis, "publication year (present perfect)");
  done(&r);
}

static void test_article_metadata(void **state) {
  (void)state;
  cg_diags *d = cg_diags_new(10);
  cg_article *a = NULL;
  const char *t = "WASHINGTON, Oct. 7, 2018 -- NASA and ESA met.\nMore text.\n";
  assert_int_equal(cg_article_read(&a, "dir/x.txt", t, strlen(t), CG_ARTICLE_AUTO, 0, d), CG_OK);
  char buf[11];
  assert_string_equal(cg_date_format(cg_article_date(a), buf), "2018-10-07");
  assert_int_equal(cg_article_dated(a), CG_DATED_DATELINE);
  assert_string_equal(cg_article_source(a), "x.txt");
  cg_article_free(a);
  t = "Source: https://example.org/r\nDate: 2024-01-02\n\nBody 7 May 2025.\n";
  assert_int_equal(cg_article_read(&a, "y.txt", t, strlen(t), CG_ARTICLE_AUTO, 0, d), CG_OK);
  assert_string_equal(cg_date_format(cg_article_date(a), buf), "2024-01-02");
  assert_int_equal(cg_article_dated(a), CG_DATED_HEADER);
  assert_string_equal(cg_article_url(a), "https://example.org/r");
  assert_int_equal(cg_article_nparagraphs(a), 1);
  size_t len;
  assert_string_equal(cg_article_paragraph(a, 0, &len), "Body 7 May 2025.");
  assert_int_equal(cg_article_line(a, 0, 0), 4);
  cg_article_free(a);
  cg_diags_free(d);
}

static void test_html(void **state) {
  (void)state;
  const char *html =
      "<!DOCTYPE html>\n<html><head><title>ESA and JAXA signed an agreement</title>\n"
      "<meta name=\"date\" content=\"2024-07-09T10:00:00Z\">\n"
      "<script>var s = 'ESA and JAXA signed an agreement';</script></head>\n"
      "<body><nav>ESA and JAXA signed an agreement</nav>\n"
      "<p>Today the Indian Space Research Organisation and the\n"
      "Centre National d&#8217;&Eacute;tudes Spatiales signed an agreement.</p>\n"
      "<footer>ESA and JAXA signed an agreement</footer></body></html>\n";
  run r = extract_with("r.html", html, NULL);
  assert_int_equal(cg_extractor_nproposals(r.x), 1);
  const cg_proposal *p = find(&r, "ISRO;CNES");
  assert_non_null(p);
  char d[11];
  assert_string_equal(date_of(p, d), "2024-07-09");
  assert_int_equal(p->line, 6);
  done(&r);
}

static void test_markdown(void **state) {
  (void)state;
  const char *md = "# ESA news\n\n"
                   "The **European Space Agency** and [ISRO](https://isro.example) signed a\n"
                   "statement of intent.\n";
  run r = extract_with("n.md", md, NULL);
  const cg_proposal *p = find(&r, "ESA;ISRO");
  assert_non_null(p);
  assert_string_equal(p->evidence,
                      "The European Space Agency and ISRO signed a statement of intent.");
  assert_int_equal(p->line, 3);
  done(&r);
}

static void test_sentences(void **state) {
  (void)state;
  /* Abbreviations and initials do not end sentences. */
  run r = extract("Dr. Rao of the U.S. office met officials. ISRO Chairman S. Somanath and ESA "
                  "Director Dr. Aschbacher signed an agreement.\n");
  const cg_proposal *p = find(&r, "ISRO;ESA");
  assert_non_null(p);
  assert_string_equal(p->evidence,
                      "ISRO Chairman S. Somanath and ESA Director Dr. Aschbacher signed an agreement.");
  assert_int_equal(cg_extractor_nproposals(r.x), 1);
  done(&r);
}

static void test_known(void **state) {
  (void)state;
  run r = extract("ESA and ISRO signed a statement of intent on 7 May 2025.\n\n"
                  "ESA and ISRO signed a statement of intent in 2019.\n");
  assert_int_equal(cg_extractor_nproposals(r.x), 2);
  assert_string_equal(cg_extractor_proposal(r.x, 0)->status, "known:esa-isro-soi");
  assert_string_equal(cg_extractor_proposal(r.x, 1)->status, "new");
  /* proposal ids never clash with the dataset's */
  assert_string_not_equal(cg_extractor_proposal(r.x, 0)->id, "esa-isro-soi");
  done(&r);
}

static void test_cues_column(void **state) {
  (void)state;
  run r = extract_with("t.txt", "ESA and ISRO concluded a pact.\n", TYPES_CUES);
  const cg_proposal *p = find(&r, "ESA;ISRO");
  assert_non_null(p);
  assert_string_equal(p->type, "cooperation_agreement");
  done(&r);
  /* Without a cue of the dataset nothing is proposed, even a built-in one. */
  r = extract_with("t.txt", "ESA and ISRO started a partnership.\n", TYPES_CUES);
  assert_int_equal(cg_extractor_nproposals(r.x), 0);
  done(&r);
  /* Validation: a cue shared by two types, a cue without letters. */
  const char *bad = "type,label,description,cues\n"
                    "a,A,,pact|--\n"
                    "b,B,,Pact\n";
  cg_file e = {"e.csv", ENTITIES, strlen(ENTITIES)}, a = {"a.csv", "id,date,type,parties\n", 21};
  cg_file t = {"t.csv", bad, strlen(bad)};
  cg_diags *d = cg_diags_new(10);
  cg_dataset *ds = NULL;
  assert_int_equal(cg_dataset_load_files(&ds, "x", &e, &a, &t, NULL, d), CG_ERR_DATA);
  assert_int_equal(cg_diags_errors(d), 2);
  char line[256];
  assert_string_equal(cg_diag_format(cg_diags_get(d, 0), line, sizeof line),
                      "t.csv:2:11: error: cue '--' of type 'a' has no letters or digits");
  assert_string_equal(cg_diag_format(cg_diags_get(d, 1), line, sizeof line),
                      "t.csv:3:6: error: cue 'Pact' of type 'b' is already a cue of type 'a'");
  cg_diags_free(d);
}

static void test_deterministic(void **state) {
  (void)state;
  const char *text = "The Korea Aerospace Research Institute (KARI) and ESA signed an agreement.\n"
                     "ESA has three Member States: Austria, Belgium and Denmark.\n";
  cg_buf a1 = CG_BUF_INIT, e1 = CG_BUF_INIT, a2 = CG_BUF_INIT, e2 = CG_BUF_INIT;
  run r = extract(text);
  assert_int_equal(cg_extractor_write(r.x, &a1, &e1), CG_OK);
  done(&r);
  r = extract(text);
  assert_int_equal(cg_extractor_write(r.x, &a2, &e2), CG_OK);
  done(&r);
  assert_string_equal(cg_buf_str(&a1), cg_buf_str(&a2));
  assert_string_equal(cg_buf_str(&e1), cg_buf_str(&e2));
  assert_non_null(strstr(cg_buf_str(&a1), "id,date,end,type,parties,title,source,confidence,"
                                          "evidence,line,status,modality,date_basis,accept\n"));
  cg_buf_free(&a1);
  cg_buf_free(&e1);
  cg_buf_free(&a2);
  cg_buf_free(&e2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_name_key),        cmocka_unit_test(test_entity_matching),
      cmocka_unit_test(test_unknown_organisations), cmocka_unit_test(test_lists),
      cmocka_unit_test(test_list_after_colon),
      cmocka_unit_test(test_modality),        cmocka_unit_test(test_negation),
      cmocka_unit_test(test_dates),           cmocka_unit_test(test_article_metadata),
      cmocka_unit_test(test_html),            cmocka_unit_test(test_markdown),
      cmocka_unit_test(test_sentences),       cmocka_unit_test(test_known),
      cmocka_unit_test(test_cues_column),     cmocka_unit_test(test_deterministic),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
