/*
 * escape.c - text escaping for HTML, XML, Graphviz text and Markdown table cells (see
 * escape_internal.h). One loop and one table per target language, so each
 * language's rules are read in one place and none is a copy of another.
 */
#include "core/escape_internal.h"

/* U+FFFD: XML 1.0 allows no C0 control but tab, newline and return, not even as a reference. */
#define R "\xEF\xBF\xBD"
#define C0_CONTROLS                                                                                \
  [0x01] = R, [0x02] = R, [0x03] = R, [0x04] = R, [0x05] = R, [0x06] = R, [0x07] = R, [0x08] = R,  \
  [0x0b] = R, [0x0c] = R, [0x0e] = R, [0x0f] = R, [0x10] = R, [0x11] = R, [0x12] = R, [0x13] = R,  \
  [0x14] = R, [0x15] = R, [0x16] = R, [0x17] = R, [0x18] = R, [0x19] = R, [0x1a] = R, [0x1b] = R,  \
  [0x1c] = R, [0x1d] = R, [0x1e] = R, [0x1f] = R

#define HTML_SPECIALS                                                                              \
  ['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;", ['\''] = "&#39;"

static const char *const html[128] = {C0_CONTROLS, HTML_SPECIALS};
/* In a Graphviz HTML-like label a newline is a line break. */
static const char *const html_br[128] = {C0_CONTROLS, HTML_SPECIALS, ['\n'] = "<BR/>"};
/*
 * A Markdown table cell is one line, split at '|'; GitHub renders inline
 * HTML, so & < > are references too. Quotes and controls stay as written.
 */
static const char *const md_cell[128] = {
    ['|'] = "\\|",  ['\\'] = "\\\\", ['&'] = "&amp;", ['<'] = "&lt;",
    ['>'] = "&gt;", ['\r'] = " ",    ['\n'] = " "};

/*
 * Graphviz's escString attributes (label, tooltip): a backslash starts an
 * escape there (\N, \l), and Graphviz decodes entities, so '&' is a reference.
 */
static const char *const gv_text[128] = {['\\'] = "\\\\", ['&'] = "&amp;"};
static const char *const gv_text_flat[128] = {['\\'] = "\\\\", ['&'] = "&amp;", ['\n'] = " ",
                                              ['\r'] = " "};

static void escape(cg_buf *b, const char *s, const char *const table[128]) {
  for (const char *run = s;; s++) {
    unsigned char c = (unsigned char)*s;
    const char *with = c < 128 ? table[c] : NULL;
    if (!c || with) {
      cg_buf_append(b, run, (size_t)(s - run)); /* the unescaped stretch in one copy */
      if (!c) return;
      cg_buf_puts(b, with);
      run = s + 1;
    }
  }
}

void cg_html_escape(cg_buf *b, const char *s, int br) {
  escape(b, s, br ? html_br : html);
}

void cg_md_cell_escape(cg_buf *b, const char *s) {
  escape(b, s, md_cell);
}

void cg_gv_text_escape(cg_buf *b, const char *s, int flat) {
  escape(b, s, flat ? gv_text_flat : gv_text);
}
