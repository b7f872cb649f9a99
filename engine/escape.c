/* escape.c - HTML/XML text escaping (see escape.h). */
#include "escape.h"

void cg_html_escape(cg_buf *b, const char *s, int br) {
  for (; *s; s++) {
    switch (*s) {
    case '&':
      cg_buf_puts(b, "&amp;");
      break;
    case '<':
      cg_buf_puts(b, "&lt;");
      break;
    case '>':
      cg_buf_puts(b, "&gt;");
      break;
    case '"':
      cg_buf_puts(b, "&quot;");
      break;
    case '\'':
      cg_buf_puts(b, "&#39;");
      break;
    case '\n':
      if (br) {
        cg_buf_puts(b, "<BR/>");
        break;
      }
      /* fall through */
    default:
      cg_buf_putc(b, *s);
    }
  }
}
