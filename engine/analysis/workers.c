/*
 * workers.c - fork, pipes and reaping for workers_internal.h.
 *
 * A message on a pipe is a 24-byte header (tag, argument, length) and its
 * data. A worker ends with a DONE message carrying its status and then
 * _exit()s, so nothing of the parent's (stdio buffers, atexit handlers,
 * the leak checker) runs twice. A pipe that ends without DONE means the
 * worker died, whatever its exit status says.
 */
#define _POSIX_C_SOURCE 200809L
#include "analysis/workers_internal.h"
#include "core/error_internal.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define TAG_DONE 1000u
#define READ_CHUNK 65536

typedef struct header {
  uint32_t tag, pad;
  uint64_t arg, len;
} header;

struct cg_worker_out {
  int fd;                  /* pipe, or -1 in-process */
  cg_worker_msg_fn on_msg; /* in-process */
  void *ctx;
};

static int write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len) {
    ssize_t k = write(fd, p, len);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    p += k;
    len -= (size_t)k;
  }
  return 0;
}

cg_status cg_worker_send(cg_worker_out *w, uint32_t tag, uint64_t arg, const void *data,
                         size_t len) {
  if (w->fd < 0) return w->on_msg(w->ctx, 0, tag, arg, data, len);
  header h = {tag, 0, arg, len};
  if (write_all(w->fd, &h, sizeof h) || (len && write_all(w->fd, data, len))) return CG_ERR_IO;
  return CG_OK;
}

size_t cg_workers_cpus(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (size_t)n : 1;
}

/* The parent's view of one worker. */
typedef struct worker {
  pid_t pid;
  int fd;               /* read end, -1 once closed */
  int done, unfinished; /* DONE received; the pipe ended without it */
  cg_status status;     /* from its DONE message */
  unsigned char *buf;
  size_t len, cap;
} worker;

/* Hands every complete message in w's buffer to on_msg. */
static cg_status drain(worker *w, size_t index, cg_worker_msg_fn on_msg, void *ctx) {
  size_t off = 0;
  cg_status st = CG_OK;
  while (!st && w->len - off >= sizeof(header)) {
    header h;
    memcpy(&h, w->buf + off, sizeof h);
    if (w->len - off - sizeof h < h.len) {
      /* Incomplete: make room for all of it so the next reads can finish it. */
      size_t need = (size_t)h.len + sizeof h;
      if (need > w->cap - off) {
        memmove(w->buf, w->buf + off, w->len - off);
        w->len -= off;
        off = 0;
        if (need > w->cap) {
          unsigned char *nb = realloc(w->buf, need);
          if (!nb) return CG_ERR_NOMEM;
          w->buf = nb;
          w->cap = need;
        }
      }
      break;
    }
    const unsigned char *data = w->buf + off + sizeof h;
    if (h.tag == TAG_DONE) {
      w->done = 1;
      w->status = (cg_status)h.arg;
    } else
      st = on_msg(ctx, index, h.tag, h.arg, data, (size_t)h.len);
    off += sizeof h + (size_t)h.len;
  }
  memmove(w->buf, w->buf + off, w->len - off);
  w->len -= off;
  return st;
}

/* Reads what is available from w; returns 1 at end of file, 0, or -1 on error. */
static int read_some(worker *w) {
  if (w->cap - w->len < READ_CHUNK) {
    size_t cap = w->cap * 2 > w->len + READ_CHUNK ? w->cap * 2 : w->len + READ_CHUNK;
    unsigned char *nb = realloc(w->buf, cap);
    if (!nb) return -1;
    w->buf = nb;
    w->cap = cap;
  }
  for (;;) {
    ssize_t k = read(w->fd, w->buf + w->len, w->cap - w->len);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) return -1;
    w->len += (size_t)k;
    return k == 0;
  }
}

static void child(int fd, size_t i, size_t n, cg_worker_fn work, void *ctx) {
  cg_worker_out out = {fd, NULL, NULL};
  cg_status st = work(ctx, i, n, &out);
  header h = {TAG_DONE, 0, (uint64_t)st, 0};
  int bad = write_all(fd, &h, sizeof h);
  close(fd);
  _exit(bad ? 3 : 0);
}

/* Waits for pid, resuming after signals; returns its wait status. */
static int reap(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return 0;
  return status;
}

/* Reads every worker's messages until all pipes end, or something fails. */
static cg_status collect(worker *ws, size_t nw, cg_worker_msg_fn on_msg, void *ctx, char *msg,
                         size_t msg_size) {
  struct pollfd *p = calloc(nw, sizeof *p);
  if (!p) return CG_ERR_NOMEM;
  size_t open = nw;
  cg_status st = CG_OK;
  while (!st && open) {
    for (size_t i = 0; i < nw; i++)
      p[i] = (struct pollfd){ws[i].fd, POLLIN, 0};
    if (poll(p, nw, -1) < 0) {
      if (errno == EINTR) continue;
      cg_msg_set_first(msg, msg_size, "cannot wait for worker processes: %s", strerror(errno));
      st = CG_ERR_INTERNAL;
      break;
    }
    for (size_t i = 0; !st && i < nw; i++) {
      if (ws[i].fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      int r = read_some(&ws[i]);
      if (r < 0) {
        st = errno == ENOMEM ? CG_ERR_NOMEM : CG_ERR_INTERNAL;
        cg_msg_set_first(msg, msg_size, "cannot read from worker process %zu", i + 1);
        break;
      }
      st = drain(&ws[i], i, on_msg, ctx);
      if (r == 1) {
        close(ws[i].fd);
        ws[i].fd = -1;
        open--;
        if (!st && (!ws[i].done || ws[i].len)) {
          ws[i].unfinished = 1; /* the message comes from its wait status */
          st = CG_ERR_INTERNAL;
        }
        if (!st && ws[i].status) {
          cg_msg_set_first(msg, msg_size, "worker process %zu of %zu failed: %s", i + 1, nw,
                  cg_status_string(ws[i].status));
          st = ws[i].status;
        }
      }
    }
  }
  free(p);
  return st;
}

cg_status cg_workers_run(size_t nworkers, cg_worker_fn work, cg_worker_msg_fn on_msg, void *ctx,
                         char *msg, size_t msg_size) {
  cg_msg_clear(msg, msg_size);
  if (nworkers <= 1) {
    cg_worker_out out = {-1, on_msg, ctx};
    return work(ctx, 0, 1, &out);
  }
  worker *ws = calloc(nworkers, sizeof *ws);
  if (!ws) return CG_ERR_NOMEM;
  size_t started = 0;
  cg_status st = CG_OK;
  fflush(NULL); /* nothing buffered may be written twice */
  for (; started < nworkers; started++) {
    int fds[2];
    if (pipe(fds) != 0) {
      cg_msg_set_first(msg, msg_size, "cannot create a pipe for a worker: %s", strerror(errno));
      st = CG_ERR_INTERNAL;
      break;
    }
    pid_t pid = fork();
    if (pid < 0) {
      cg_msg_set_first(msg, msg_size, "cannot start a worker process: %s", strerror(errno));
      close(fds[0]);
      close(fds[1]);
      st = CG_ERR_INTERNAL;
      break;
    }
    if (pid == 0) {
      close(fds[0]);
      for (size_t i = 0; i < started; i++)
        close(ws[i].fd);
      child(fds[1], started, nworkers, work, ctx);
    }
    close(fds[1]);
    ws[started] = (worker){pid, fds[0], 0, 0, CG_OK, NULL, 0, 0};
  }
  if (!st) st = collect(ws, nworkers, on_msg, ctx, msg, msg_size);
  for (size_t i = 0; i < started; i++) {
    int killed = 0;
    if (ws[i].fd >= 0) { /* failed early: stop it rather than wait for it */
      kill(ws[i].pid, SIGKILL);
      close(ws[i].fd);
      killed = 1;
    }
    int status = reap(ws[i].pid);
    if (!killed && WIFSIGNALED(status)) {
      int sig = WTERMSIG(status);
      cg_msg_set_first(msg, msg_size, "worker process %zu of %zu was killed by signal %d (%s)%s", i + 1,
              nworkers, sig, strsignal(sig), sig == SIGKILL ? ", perhaps out of memory" : "");
      if (!st) st = CG_ERR_INTERNAL;
    } else if (!killed && (ws[i].unfinished || (WIFEXITED(status) && WEXITSTATUS(status)))) {
      cg_msg_set_first(msg, msg_size, "worker process %zu of %zu exited (status %d) before finishing", i + 1,
              nworkers, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
      if (!st) st = CG_ERR_INTERNAL;
    }
    free(ws[i].buf);
  }
  free(ws);
  return st;
}
