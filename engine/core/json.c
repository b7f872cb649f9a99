/* json.c - the streaming JSON writer (see json_internal.h for what it guarantees). */
#include "core/json_internal.h"
#include "core/utf8_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void cg_json_init(cg_json *j, cg_buf *out, int pretty) {
  memset(j, 0, sizeof *j);
  j->out = out;
  j->pretty = pretty;
}

static void newline(cg_json *j) {
  if (!j->pretty) return;
  cg_buf_putc(j->out, '\n');
  for (int i = 0; i < j->depth; i++)
    cg_buf_append(j->out, "  ", 2);
}

/* Separator and indentation before a value or key at the current depth. */
static void before_value(cg_json *j) {
  if (j->after_key) {
    j->after_key = 0;
    return;
  }
  if (j->depth > 0) {
    if (j->count[j->depth - 1] > 0) cg_buf_putc(j->out, ',');
    newline(j);
    j->count[j->depth - 1]++;
  }
}

static void open_container(cg_json *j, char c) {
  before_value(j);
  cg_buf_putc(j->out, c);
  if (j->depth < CG_JSON_MAX_DEPTH) j->count[j->depth] = 0;
  j->depth++;
}

static void close_container(cg_json *j, char c) {
  j->depth--;
  if (j->depth < CG_JSON_MAX_DEPTH && j->count[j->depth] > 0) newline(j);
  cg_buf_putc(j->out, c);
  if (j->depth == 0 && j->pretty) cg_buf_putc(j->out, '\n');
}

void cg_json_begin_object(cg_json *j) {
  open_container(j, '{');
}
void cg_json_end_object(cg_json *j) {
  close_container(j, '}');
}
void cg_json_begin_array(cg_json *j) {
  open_container(j, '[');
}
void cg_json_end_array(cg_json *j) {
  close_container(j, ']');
}

/* html: also < > & as \u escapes, so the text is inert anywhere in HTML or XML. */
static void escape(cg_buf *out, const char *str, int html) {
  const unsigned char *s = (const unsigned char *)(str ? str : "");
  const unsigned char *end = s + strlen((const char *)s);
  cg_buf_putc(out, '"');
  while (*s) {
    const unsigned char *run = s;
    while (*s >= 0x20 && *s < 0x80 && *s != '"' && *s != '\\' && !(*s == '<' && s[1] == '/') &&
           !(html && (*s == '<' || *s == '>' || *s == '&')))
      s++;
    cg_buf_append(out, (const char *)run, (size_t)(s - run));
    if (!*s) break;
    unsigned char c = *s;
    if (c == '"' || c == '\\') {
      cg_buf_putc(out, '\\');
      cg_buf_putc(out, (char)c);
      s++;
    } else if (html && (c == '<' || c == '>' || c == '&')) {
      cg_buf_printf(out, "\\u%04x", c);
      s++;
    } else if (c == '<') {
      cg_buf_append(out, "<\\/", 3);
      s += 2;
    } else if (c < 0x20) {
      const char *esc = c == '\n'   ? "\\n"
                        : c == '\t' ? "\\t"
                        : c == '\r' ? "\\r"
                        : c == '\b' ? "\\b"
                        : c == '\f' ? "\\f"
                                    : NULL;
      if (esc)
        cg_buf_puts(out, esc);
      else
        cg_buf_printf(out, "\\u%04x", c);
      s++;
    } else {
      size_t n = cg_utf8_len(s, end);
      if (n == 0) {
        cg_buf_puts(out, "\\ufffd");
        s++;
      } else if (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) {
        cg_buf_puts(out, s[2] == 0xA8 ? "\\u2028" : "\\u2029");
        s += 3;
      } else {
        cg_buf_append(out, (const char *)s, n);
        s += n;
      }
    }
  }
  cg_buf_putc(out, '"');
}

void cg_json_escape(cg_buf *out, const char *s) {
  escape(out, s, 0);
}

void cg_json_escape_html(cg_buf *out, const char *s) {
  escape(out, s, 1);
}

void cg_json_key(cg_json *j, const char *key) {
  before_value(j);
  escape(j->out, key, j->html);
  cg_buf_append(j->out, j->pretty ? ": " : ":", j->pretty ? 2 : 1);
  j->after_key = 1;
}

void cg_json_string(cg_json *j, const char *s) {
  before_value(j);
  escape(j->out, s, j->html);
}

void cg_json_int(cg_json *j, long long v) {
  before_value(j);
  cg_buf_printf(j->out, "%lld", v);
}

void cg_json_double(cg_json *j, double v) {
  before_value(j);
  if (!isfinite(v)) {
    cg_buf_puts(j->out, "null");
    return;
  }
  /* Shortest form that reads back to the same double, as Python's repr does. */
  char tmp[32];
  for (int prec = 15; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*g", prec, v);
    double back;
    if (sscanf(tmp, "%lf", &back) == 1 && back == v) break;
  }
  cg_buf_puts(j->out, tmp);
  /* Keep it a JSON float so readers do not turn 1.0 into an integer. */
  if (!strpbrk(tmp, ".eEn")) cg_buf_puts(j->out, ".0");
}

void cg_json_bool(cg_json *j, int v) {
  before_value(j);
  cg_buf_puts(j->out, v ? "true" : "false");
}

void cg_json_null(cg_json *j) {
  before_value(j);
  cg_buf_puts(j->out, "null");
}

void cg_json_kv_string(cg_json *j, const char *key, const char *s) {
  cg_json_key(j, key);
  cg_json_string(j, s);
}
void cg_json_kv_int(cg_json *j, const char *key, long long v) {
  cg_json_key(j, key);
  cg_json_int(j, v);
}
void cg_json_kv_double(cg_json *j, const char *key, double v) {
  cg_json_key(j, key);
  cg_json_double(j, v);
}

void cg_json_kv_date(cg_json *j, const char *key, cg_date d) {
  char buf[11];
  cg_json_key(j, key);
  if (cg_date_known(d))
    cg_json_string(j, cg_date_format(d, buf));
  else
    cg_json_null(j);
}
