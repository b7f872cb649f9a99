/*
 * article.h - a news article or press release read for extraction: its
 * paragraphs of plain text, each byte traceable to its line in the file, and
 * the metadata the file states (source URL, publication date).
 *
 * Plain text, Markdown and HTML are read. HTML goes through libxml2's HTML
 * parser, which copes with tag soup: scripts, styles, navigation, forms and
 * page furniture (header, footer, aside) are dropped, entities decoded, and
 * block elements become paragraphs. Markdown loses its markup (headings,
 * list markers, emphasis, links keep their text). In plain text and Markdown
 * a blank line ends a paragraph; when the file has no blank lines, or its
 * lines are long (not hard-wrapped), every line is a paragraph.
 *
 * Metadata: header lines `Source: URL` and `Date: YYYY-MM-DD` at the top of a
 * text or Markdown file (removed from the text); in HTML, <meta> dates
 * (article:published_time, date, dc.date) and the canonical link. Otherwise
 * the publication date comes from a dateline near the top ("7 May 2025",
 * "WASHINGTON, Oct. 7, 2018 --", "by A. Writer - 3 December, 2025").
 */
#ifndef COOPGRAPH_ARTICLE_H
#define COOPGRAPH_ARTICLE_H

#include <stddef.h>

#include "date.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cg_article cg_article;

typedef enum cg_article_format {
  CG_ARTICLE_AUTO = 0, /* from the file name: .html/.htm/.xhtml, .md/.markdown, else text */
  CG_ARTICLE_TEXT,
  CG_ARTICLE_MARKDOWN,
  CG_ARTICLE_HTML
} cg_article_format;

/* Where the publication date came from. */
typedef enum cg_article_dating {
  CG_DATED_NONE = 0, /* no publication date */
  CG_DATED_HEADER,   /* a Date: header line or HTML metadata */
  CG_DATED_DATELINE  /* a dateline near the top of the text */
} cg_article_dating;

/*
 * Reads an article: data[0..len) when data is not NULL, else the file at
 * path (at most max_file bytes; 0 means 64 MiB). path names it in messages,
 * and its last component is the article's source name. Bytes that are not
 * UTF-8 are replaced by U+FFFD. Returns CG_OK and a new article (free with
 * cg_article_free), or CG_ERR_IO / CG_ERR_LIMIT / CG_ERR_NOMEM with the
 * reason in diags and *out NULL.
 */
cg_status cg_article_read(cg_article **out, const char *path, const char *data, size_t len,
                          cg_article_format format, size_t max_file, cg_diags *diags);

/* Frees an article; NULL is allowed. */
void cg_article_free(cg_article *a);

/* The file name without its directories, as the dataset's `source` column names articles. */
const char *cg_article_source(const cg_article *a);
/* The URL of a Source: header or canonical link, or "". */
const char *cg_article_url(const cg_article *a);
/* The publication date (unknown when none was found) and where it came from. */
cg_date cg_article_date(const cg_article *a);
cg_article_dating cg_article_dated(const cg_article *a);

/* Number of paragraphs. */
size_t cg_article_nparagraphs(const cg_article *a);
/*
 * The text of paragraph i (UTF-8, NUL-terminated, no newline; runs of white
 * space are single spaces) and its length in *len.
 */
const char *cg_article_paragraph(const cg_article *a, size_t i, size_t *len);
/* The line of the file on which byte `offset` of paragraph i stands. */
unsigned long cg_article_line(const cg_article *a, size_t i, size_t offset);

#ifdef __cplusplus
}
#endif
#endif
