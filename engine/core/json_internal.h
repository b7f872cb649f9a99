/*
 * json_internal.h - a small streaming JSON writer into a cg_buf. Private to the
 * library and the CLI.
 *
 * It tracks nesting so commas and indentation are always right, escapes
 * every string (control characters, quotes, backslashes, U+2028/U+2029 and
 * "</" so the output is also safe inside an HTML <script>), replaces invalid
 * UTF-8 with U+FFFD, and writes non-finite numbers as null.
 */
#ifndef COOPGRAPH_JSON_INTERNAL_H
#define COOPGRAPH_JSON_INTERNAL_H

#include <coopgraph/buf.h>
#include <coopgraph/date.h>

#define CG_JSON_MAX_DEPTH 64

typedef struct cg_json {
  cg_buf *out;
  int pretty;
  int depth;
  int count[CG_JSON_MAX_DEPTH]; /* values written at each depth */
  int after_key;
  int html; /* set after init: strings as by cg_json_escape_html */
} cg_json;

void cg_json_init(cg_json *j, cg_buf *out, int pretty);
void cg_json_begin_object(cg_json *j);
void cg_json_end_object(cg_json *j);
void cg_json_begin_array(cg_json *j);
void cg_json_end_array(cg_json *j);
void cg_json_key(cg_json *j, const char *key);
void cg_json_string(cg_json *j, const char *s);
void cg_json_int(cg_json *j, long long v);
void cg_json_double(cg_json *j, double v);
void cg_json_bool(cg_json *j, int v);
void cg_json_null(cg_json *j);
/* Writes s as a JSON string literal (with quotes) into out. */
void cg_json_escape(cg_buf *out, const char *s);
/*
 * The same, with < > & also written as \u003c \u003e \u0026: for JSON data
 * inside an HTML <script> that must also stay well-formed XML (no "</script>",
 * "<!--" or "]]>" can appear).
 */
void cg_json_escape_html(cg_buf *out, const char *s);
/* Key and value in one call, the common case. */
void cg_json_kv_string(cg_json *j, const char *key, const char *s);
void cg_json_kv_int(cg_json *j, const char *key, long long v);
void cg_json_kv_double(cg_json *j, const char *key, double v);
/* key: "YYYY-MM-DD" (as precise as the date), or key: null for an unknown date. */
void cg_json_kv_date(cg_json *j, const char *key, cg_date d);

#endif
