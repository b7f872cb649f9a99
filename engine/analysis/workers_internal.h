/*
 * workers_internal.h - splitting one computation across forked worker processes that
 * send their results back through pipes. Debian's igraph is not thread-safe,
 * so processes, not threads, are what lets path-based centrality use every
 * core. Private to the library.
 *
 * The same worker function runs in-process when one worker is asked for:
 * its messages then go straight to the parent's handler, so both ways run
 * the same code and give the same numbers.
 */
#ifndef COOPGRAPH_WORKERS_INTERNAL_H
#define COOPGRAPH_WORKERS_INTERNAL_H

#include <coopgraph/error.h>

#include <stddef.h>
#include <stdint.h>

/* Where a worker sends its messages (a pipe, or the handler in-process). */
typedef struct cg_worker_out cg_worker_out;

/*
 * Sends one message: a tag (the caller's, below 1000), an argument and
 * len bytes of data. Returns CG_OK, or CG_ERR_IO when the parent is gone or
 * the handler's status when in-process.
 */
cg_status cg_worker_send(cg_worker_out *w, uint32_t tag, uint64_t arg, const void *data,
                         size_t len);

/* A worker: part `index` of `nworkers`. Returns CG_OK or why it failed. */
typedef cg_status (*cg_worker_fn)(void *ctx, size_t index, size_t nworkers, cg_worker_out *w);

/*
 * Called in the parent for each message, in the order each worker sent
 * them (messages of different workers interleave as they arrive). data is
 * only valid during the call. A status other than CG_OK stops everything.
 */
typedef cg_status (*cg_worker_msg_fn)(void *ctx, size_t worker, uint32_t tag, uint64_t arg,
                                      const void *data, size_t len);

/*
 * Runs work(ctx, i, nworkers, out) for i in [0, nworkers): with nworkers 1
 * in this process, otherwise each in a child forked from it, and passes
 * every message to on_msg. Every child is reaped before it returns (also on
 * failure, after killing the ones still running), and interrupted system
 * calls are resumed. A worker that fails, dies (a signal, e.g. the
 * out-of-memory killer) or exits without finishing makes the whole run fail
 * with a message naming the cause in msg (may be NULL): the parent never
 * returns a partial result as if it were whole. Returns CG_OK, the worker's
 * or handler's status, CG_ERR_NOMEM, or CG_ERR_INTERNAL (fork or pipe
 * failed, or a worker died).
 */
cg_status cg_workers_run(size_t nworkers, cg_worker_fn work, cg_worker_msg_fn on_msg, void *ctx,
                         char *msg, size_t msg_size);

/* Online processors (at least 1). */
size_t cg_workers_cpus(void);

#endif
