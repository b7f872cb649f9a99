/*
 * common.h - what the fuzz targets share: the libFuzzer entry point, an
 * assertion that survives release builds, the split of one input into the
 * files of a dataset, and a walk over a loaded dataset that checks its
 * invariants and drives the analysis code on it.
 *
 * Each target is built twice: with libFuzzer (clang, COOPGRAPH_FUZZ), and
 * with replay.c as its main in the ordinary test build, where ctest runs it
 * on the seed corpus and on every regression input in tests/fixtures/fuzz/.
 */
#ifndef COOPGRAPH_FUZZ_COMMON_H
#define COOPGRAPH_FUZZ_COMMON_H

#include <coopgraph/dataset.h>

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts with a message when cond is false: libFuzzer and ctest see a crash. */
#define FUZZ_CHECK(cond) ((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))
_Noreturn void fuzz_fail(const char *file, int line, const char *what);

/* Where one input is cut into files: a line holding only a form feed. */
#define FUZZ_FILE_SEPARATOR "\f\n"

/*
 * Cuts data[0..size) at each FUZZ_FILE_SEPARATOR into at most max parts
 * (the last part keeps any further separators). Returns how many parts.
 */
size_t fuzz_split(const char *data, size_t size, cg_file *parts, size_t max);

/* Small limits, so that no input can make a target use much memory. */
cg_load_options fuzz_load_options(void);

/*
 * Checks what the dataset API promises (indices in range, lookups that find
 * what they should, the incidence lists, the date sort) and builds the
 * partnership graph and a few queries on a view chosen by flags.
 */
void fuzz_exercise_dataset(const cg_dataset *ds, unsigned flags);

#endif
