/*
 * article.c - reads a news article (text, Markdown or HTML) into paragraphs
 * of plain text with a map back to file lines, and finds its metadata and
 * dateline (article.h).
 */
#define _POSIX_C_SOURCE 200809L

#include <coopgraph/article.h>
#include <coopgraph/buf.h>

#include "core/grow_internal.h"
#include "data/textdate_internal.h"
#include "data/file_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <unicode/utf8.h>

typedef struct para {
  size_t off, len; /* in text */
} para;

typedef struct linemark {
  size_t off; /* in text */
  unsigned long line;
} linemark;

struct cg_article {
  char *path, *source, *url;
  cg_date date;
  cg_article_dating dated;
  cg_buf text; /* paragraphs, each followed by a NUL */
  para *paras;
  size_t npara, cap;
  linemark *marks;
  size_t nmarks, capm;
  /* while building */
  size_t open;      /* start of the open paragraph in text */
  int pending;      /* a space is owed before the next word */
  int failed;
};

#define DEFAULT_MAX_FILE ((size_t)64 << 20)

static void mark(cg_article *a, unsigned long line) {
  /* Text comes in document order: a line number never goes back (libxml2's may). */
  if (a->nmarks && line < a->marks[a->nmarks - 1].line) line = a->marks[a->nmarks - 1].line;
  if (a->nmarks && a->marks[a->nmarks - 1].line == line) return;
  if (a->nmarks && a->marks[a->nmarks - 1].off == a->text.len) {
    a->marks[a->nmarks - 1].line = line;
    return;
  }
  if (CG_GROW(a->marks, a->capm, a->nmarks, 64)) {
    a->failed = 1;
    return;
  }
  a->marks[a->nmarks++] = (linemark){a->text.len, line};
}

/* Ends the open paragraph; an empty one is dropped. */
static void end_para(cg_article *a) {
  a->pending = 0;
  if (a->text.len == a->open) return;
  if (CG_GROW(a->paras, a->cap, a->npara, 32)) {
    a->failed = 1;
    return;
  }
  a->paras[a->npara++] = (para){a->open, a->text.len - a->open};
  cg_buf_putc(&a->text, '\0');
  a->open = a->text.len;
}

/*
 * Appends text to the open paragraph: white space collapsed, control
 * characters dropped, bytes that are not UTF-8 replaced by U+FFFD.
 */
static void add_text(cg_article *a, const char *s, size_t n, unsigned long line) {
  int32_t i = 0, len = n > INT32_MAX ? INT32_MAX : (int32_t)n;
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
        c == 0x202F || c == 0x3000 || c == 0x2002 || c == 0x2003) {
      if (c == '\n') line++;
      if (a->text.len > a->open) a->pending = 1;
      continue;
    }
    if (c >= 0 && (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0xFEFF ||
                   c == 0x200B))
      continue;
    if (a->pending && a->text.len > a->open) /* never a leading space */
      cg_buf_putc(&a->text, ' ');
    a->pending = 0;
    mark(a, line);
    if (c < 0)
      cg_buf_append(&a->text, "\xEF\xBF\xBD", 3);
    else
      cg_buf_append(&a->text, s + at, (size_t)(i - at));
  }
}

/* ---- plain text and Markdown ---- */

static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

static void trim(const char **s, size_t *n) {
  while (*n && is_space(**s))
    (*s)++, (*n)--;
  while (*n && is_space((*s)[*n - 1]))
    (*n)--;
}

static int starts_ci(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != w[i]) return 0;
  }
  return 1;
}

/* A list marker at the start of a line: "- ", "* ", "+ ", "• ", "1. ", "1) ". Its length or 0. */
static size_t list_marker(const char *s, size_t n) {
  if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  if (n >= 4 && memcmp(s, "\xE2\x80\xA2", 3) == 0 && s[3] == ' ') return 4; /* • */
  size_t i = 0;
  while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
    i++;
  if (i && i + 1 < n && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ') return i + 2;
  return 0;
}

/* Appends a Markdown line without its inline markup. */
static void add_markdown(cg_article *a, const char *s, size_t n, unsigned long line) {
  cg_buf t = CG_BUF_INIT;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '*' || c == '`') continue;
    if (c == '_' && (i == 0 || i + 1 == n || !((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z') ||
                     !((s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z')))
      continue;
    if (c == '!' && i + 1 < n && s[i + 1] == '[') continue;
    if (c == '[') {
      /* [text](url): the text stays */
      const char *close = memchr(s + i, ']', n - i);
      if (close && (size_t)(close - s) + 1 < n && close[1] == '(') {
        const char *paren = memchr(close, ')', n - (size_t)(close - s));
        if (paren) {
          cg_buf_append(&t, s + i + 1, (size_t)(close - s - (long)i - 1));
          i = (size_t)(paren - s);
          continue;
        }
      }
      continue;
    }
    if (c == '|') c = ' ';
    cg_buf_putc(&t, c);
  }
  add_text(a, t.data ? t.data : "", t.len, line);
  cg_buf_free(&t);
}

static void header_date(cg_article *a, const char *v, size_t n) {
  cg_date d;
  size_t st, en;
  if (cg_date_parse(v, n, &d, NULL, 0, NULL) == 0 && cg_date_known(d)) {
    a->date = d;
    a->dated = CG_DATED_HEADER;
  } else if (cg_text_find_date(v, n, 0, &d, &st, &en)) {
    a->date = d;
    a->dated = CG_DATED_HEADER;
  }
}

static void read_text(cg_article *a, const char *s, size_t n, int markdown) {
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) s += 3, n -= 3;
  /* Header lines (Source:, Date:) at the very top. */
  size_t pos = 0;
  unsigned long line = 1;
  for (;;) {
    const char *nl = memchr(s + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - s) : n;
    const char *l = s + pos;
    size_t ln = end - pos;
    trim(&l, &ln);
    int header = 0;
    static const char *const keys[] = {"source:", "url:", "date:", "published:"};
    for (int k = 0; k < 4 && !header; k++)
      if (starts_ci(l, ln, keys[k])) {
        size_t kl = strlen(keys[k]);
        const char *v = l + kl;
        size_t vn = ln - kl;
        trim(&v, &vn);
        if (k < 2 && !a->url) a->url = strndup(v, vn);
        if (k >= 2) header_date(a, v, vn);
        header = 1;
      }
    if (!header && ln) break;
    if (!nl) {
      pos = n;
      break;
    }
    pos = end + 1;
    line++;
  }
  /* Hard-wrapped text (blank lines between short lines) joins lines into paragraphs. */
  size_t maxlen = 0, blanks = 0, cur = 0;
  for (size_t i = pos; i <= n; i++) {
    if (i == n || s[i] == '\n') {
      if (cur > maxlen) maxlen = cur;
      if (cur == 0 && i < n) blanks++; /* not the end after a final newline */
      cur = 0;
    } else if (!is_space(s[i])) {
      cur = cur ? cur + 1 : 1;
    } else if (cur) {
      cur++;
    }
  }
  int wrapped = blanks > 0 && maxlen <= 120;
  int fence = 0;
  while (pos < n) {
    const char *nl = memchr(s + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - s) : n;
    const char *l = s + pos;
    size_t ln = end - pos;
    trim(&l, &ln);
    if (markdown && ln >= 3 && (memcmp(l, "```", 3) == 0 || memcmp(l, "~~~", 3) == 0)) {
      fence = !fence;
      end_para(a);
    } else if (fence) {
      /* code is not prose */
    } else if (ln == 0) {
      end_para(a);
    } else {
      int own = !wrapped; /* a paragraph of its own */
      if (markdown && l[0] == '#') {
        while (ln && l[0] == '#')
          l++, ln--;
        trim(&l, &ln);
        own = 1;
      }
      if (markdown && ln && l[0] == '>') { /* "#" alone leaves nothing */
        l++, ln--;
        trim(&l, &ln);
      }
      size_t lm = list_marker(l, ln);
      if (lm) {
        l += lm, ln -= lm;
        trim(&l, &ln);
        /* "3. 3. Russia": a doubled number */
        size_t again = list_marker(l, ln);
        if (again && l[0] >= '0' && l[0] <= '9') l += again, ln -= again;
        end_para(a);
      }
      int rule = markdown && ln >= 3 && strspn(l, "-*_ ") >= ln;
      if (own) end_para(a);
      if (!rule) {
        if (markdown)
          add_markdown(a, l, ln, line);
        else
          add_text(a, l, ln, line);
        a->pending = 1;
      }
      if (own) end_para(a);
    }
    if (!nl) break;
    pos = end + 1;
    line++;
  }
  end_para(a);
}

/* ---- HTML ---- */

static int name_in(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return 1;
  return 0;
}

static const char *const SKIP[] = {"script", "style",  "nav",    "noscript", "form",
                                   "template", "iframe", "svg",  "header",   "footer",
                                   "aside",  "button", "select", "textarea", "object",
                                   "head",   NULL};
static const char *const BLOCK[] = {
    "p",     "div",   "h1",      "h2",         "h3",      "h4",   "h5",      "h6",
    "li",    "ul",    "ol",      "td",         "th",      "tr",   "table",   "br",
    "hr",    "blockquote", "pre", "section",   "article", "main", "dt",      "dd",
    "dl",    "figcaption", "figure", "address", "caption", "body", "center", "title", NULL};

static void html_meta(cg_article *a, xmlNode *n) {
  xmlChar *name = xmlGetProp(n, BAD_CAST "name");
  if (!name) name = xmlGetProp(n, BAD_CAST "property");
  if (!name) name = xmlGetProp(n, BAD_CAST "itemprop");
  xmlChar *content = xmlGetProp(n, BAD_CAST "content");
  if (name && content && a->dated != CG_DATED_HEADER) {
    static const char *const dates[] = {"article:published_time", "date", "dc.date",
                                        "dcterms.date", "dc.date.issued", "pubdate",
                                        "publishdate", "datepublished", "og:published_time",
                                        NULL};
    char low[64];
    size_t k = 0;
    for (const xmlChar *p = name; *p && k + 1 < sizeof low; p++)
      low[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    low[k] = '\0';
    if (name_in(low, dates)) {
      const char *v = (const char *)content;
      size_t vn = strlen(v);
      if (vn > 10 && v[10] == 'T') vn = 10;
      header_date(a, v, vn);
    }
  }
  xmlFree(name);
  xmlFree(content);
}

/* <meta> dates and the canonical <link>: 1 when n was one of them. */
static int html_metadata(cg_article *a, xmlNode *n) {
  const char *name = (const char *)n->name;
  if (strcmp(name, "meta") == 0) {
    html_meta(a, n);
    return 1;
  }
  if (strcmp(name, "link") != 0) return 0;
  xmlChar *rel = xmlGetProp(n, BAD_CAST "rel");
  if (rel && !a->url && strcmp((const char *)rel, "canonical") == 0) {
    xmlChar *href = xmlGetProp(n, BAD_CAST "href");
    if (href) a->url = strdup((const char *)href);
    xmlFree(href);
  }
  xmlFree(rel);
  return 1;
}

static void walk(cg_article *a, xmlNode *n, int depth) {
  for (; n; n = n->next) {
    if (n->type == XML_ELEMENT_NODE) {
      const char *name = (const char *)n->name;
      if (html_metadata(a, n)) continue;
      if (strcmp(name, "head") == 0) { /* only its metadata */
        for (xmlNode *c = n->children; c; c = c->next)
          if (c->type == XML_ELEMENT_NODE) html_metadata(a, c);
        continue;
      }
      if (name_in(name, SKIP)) continue;
      int block = name_in(name, BLOCK);
      if (block) end_para(a);
      if (depth < 1000) walk(a, n->children, depth + 1);
      if (block) end_para(a);
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      const char *t = (const char *)n->content;
      if (!t) continue;
      /* libxml2 gives a text node the line where it ends: count back to its start. */
      long line = xmlGetLineNo(n);
      for (const char *q = t; *q; q++)
        line -= *q == '\n';
      add_text(a, t, strlen(t), (unsigned long)(line < 1 ? 1 : line));
    }
  }
}

static cg_status read_html(cg_article *a, const char *s, size_t n) {
  if (n > INT32_MAX) return CG_ERR_LIMIT;
  htmlDocPtr doc = htmlReadMemory(s, (int)n, a->path, "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED);
  if (!doc) return CG_OK; /* nothing readable: an empty article */
  walk(a, xmlDocGetRootElement(doc), 0);
  /* walk() visits the root's siblings too (tag soup may have several). */
  end_para(a);
  xmlFreeDoc(doc);
  return CG_OK;
}

/* ---- dateline ---- */

static void find_dateline(cg_article *a) {
  for (size_t i = 0; i < a->npara && i < 6; i++) {
    const char *p = a->text.data + a->paras[i].off;
    size_t n = a->paras[i].len, st, en;
    cg_date d;
    if (!cg_text_find_date(p, n, 0, &d, &st, &en) || d.precision < CG_DATE_MONTH) continue;
    /* A short line (a date, a byline), or "CITY, date --" opening a paragraph. */
    int dash = 0;
    for (size_t k = en; k < n && k < en + 4 && !dash; k++)
      dash = p[k] == '-' || (unsigned char)p[k] == 0xE2;
    if (n <= 200 || (st <= 60 && dash)) {
      a->date = d;
      a->dated = CG_DATED_DATELINE;
      return;
    }
  }
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

static int ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && starts_ci(s + n - k, k, suffix);
}

cg_status cg_article_read(cg_article **out, const char *path, const char *data, size_t len,
                          cg_article_format format, size_t max_file, cg_diags *diags) {
  *out = NULL;
  char *owned = NULL;
  if (!data) {
    cg_status st =
        cg_read_path(path, 0, max_file ? max_file : DEFAULT_MAX_FILE, &owned, &len, diags);
    if (st) return st;
    data = owned;
  }
  cg_article *a = calloc(1, sizeof *a);
  if (!a) {
    free(owned);
    return CG_ERR_NOMEM;
  }
  a->path = strdup(path);
  a->source = strdup(base_name(path));
  if (format == CG_ARTICLE_AUTO) {
    size_t skip = 0;
    while (skip < len && (data[skip] == ' ' || data[skip] == '\n' || data[skip] == '\r'))
      skip++;
    if (ends_ci(path, ".html") || ends_ci(path, ".htm") || ends_ci(path, ".xhtml") ||
        starts_ci(data + skip, len - skip, "<!doctype html") ||
        starts_ci(data + skip, len - skip, "<html"))
      format = CG_ARTICLE_HTML;
    else if (ends_ci(path, ".md") || ends_ci(path, ".markdown"))
      format = CG_ARTICLE_MARKDOWN;
    else
      format = CG_ARTICLE_TEXT;
  }
  cg_status st = CG_OK;
  if (format == CG_ARTICLE_HTML)
    st = read_html(a, data, len);
  else
    read_text(a, data, len, format == CG_ARTICLE_MARKDOWN);
  free(owned);
  if (!st && a->dated == CG_DATED_NONE) find_dateline(a);
  if (!st && (!a->path || !a->source || a->failed || cg_buf_status(&a->text))) st = CG_ERR_NOMEM;
  if (st) {
    cg_article_free(a);
    return st;
  }
  *out = a;
  return CG_OK;
}

void cg_article_free(cg_article *a) {
  if (!a) return;
  free(a->path);
  free(a->source);
  free(a->url);
  cg_buf_free(&a->text);
  free(a->paras);
  free(a->marks);
  free(a);
}

const char *cg_article_source(const cg_article *a) {
  return a->source;
}
const char *cg_article_url(const cg_article *a) {
  return a->url ? a->url : "";
}
cg_date cg_article_date(const cg_article *a) {
  return a->date;
}
cg_article_dating cg_article_dated(const cg_article *a) {
  return a->dated;
}
size_t cg_article_nparagraphs(const cg_article *a) {
  return a->npara;
}
const char *cg_article_paragraph(const cg_article *a, size_t i, size_t *len) {
  *len = a->paras[i].len;
  return a->text.data + a->paras[i].off;
}

unsigned long cg_article_line(const cg_article *a, size_t i, size_t offset) {
  size_t off = a->paras[i].off + offset;
  /* The last mark at or before off. */
  size_t lo = 0, hi = a->nmarks;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (a->marks[mid].off <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? a->marks[lo - 1].line : 1;
}
