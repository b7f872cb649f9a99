/*
 * gvc.c - the Graphviz plumbing shared by every drawing module: one context
 * per process, captured error messages, failure messages, escaped text.
 */
#include "gvc_internal.h"

#include <coopgraph/render.h>

#include <stdio.h>

static GVC_t *process_gvc;
static char gv_message[256];

GVC_t *cg_gvc(void) {
  if (!process_gvc) process_gvc = gvContext();
  return process_gvc;
}

void cg_render_cleanup(void) {
  if (process_gvc) gvFreeContext(process_gvc);
  process_gvc = NULL;
}

static int buf_putstr(void *chan, const char *str) {
  return cg_buf_puts(chan, str) == CG_OK ? 0 : EOF;
}
static int buf_flush(void *chan) {
  (void)chan;
  return 0;
}
static Agiodisc_t buf_io = {NULL, buf_putstr, buf_flush};
static Agdisc_t buf_disc = {&AgMemDisc, &AgIdDisc, &buf_io};

Agdisc_t *cg_gv_buf_disc(void) {
  return &buf_disc;
}

static int keep_first_message(char *text) {
  if (!gv_message[0]) snprintf(gv_message, sizeof gv_message, "%s", text);
  return 0;
}

agusererrf cg_gv_capture_begin(void) {
  gv_message[0] = '\0';
  return agseterrf(keep_first_message);
}

void cg_gv_capture_end(agusererrf previous) {
  agseterrf(previous);
}

void cg_gv_failure(cg_status st, const char *what, char *msg, size_t size) {
  if (!msg || !size) return;
  if (st == CG_ERR_INTERNAL)
    snprintf(msg, size, "%s%s%s", what, gv_message[0] ? ": " : "", gv_message);
  else if (st == CG_ERR_NOMEM)
    snprintf(msg, size, "out of memory");
  else if (st == CG_ERR_DATA)
    snprintf(msg, size, "Graphviz wrote SVG that could not be post-processed");
}

void cg_gv_text(cg_buf *b, const char *s, int flat) {
  for (; *s; s++) {
    if (*s == '\\')
      cg_buf_puts(b, "\\\\");
    else if (*s == '&')
      cg_buf_puts(b, "&amp;");
    else if (flat && (*s == '\n' || *s == '\r'))
      cg_buf_putc(b, ' ');
    else
      cg_buf_putc(b, *s);
  }
}
