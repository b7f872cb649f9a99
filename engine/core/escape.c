/* escape.c - HTML/XML text escaping (see escape_internal.h). */
#include "core/escape_internal.h"

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
      /* XML 1.0 allows no other control character, not even as a reference. */
      if ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
        cg_buf_puts(b, "\xEF\xBF\xBD");
      else
        cg_buf_putc(b, *s);
    }
  }
}
