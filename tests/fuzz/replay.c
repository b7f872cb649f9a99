/*
 * replay.c - a main for a fuzz target without libFuzzer: runs
 * LLVMFuzzerTestOneInput once on every file named on the command line and
 * on every regular file of every directory named (not recursive, in name
 * order, so a failure is reproducible). This is how the ordinary sanitizer
 * build replays the seed corpus and the regression inputs in ctest.
 *
 * Usage: fuzz_TARGET_replay FILE_OR_DIR...; exits 1 when an argument cannot
 * be read or a directory holds nothing (a corpus that silently vanished).
 */
#include "common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return -1;
  }
  size_t cap = 4096, len = 0, n;
  unsigned char *buf = malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) {
      unsigned char *b = realloc(buf, cap *= 2);
      if (!b) free(buf);
      buf = b;
    }
  }
  int err = ferror(f) || !buf;
  fclose(f);
  if (err) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(buf);
    return -1;
  }
  /* A copy of exactly len bytes, so ASan sees any read past the input. */
  unsigned char *exact = malloc(len ? len : 1);
  if (!exact) {
    free(buf);
    return -1;
  }
  memcpy(exact, buf, len);
  free(buf);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of dir; returns how many, or -1 on error. */
static long run_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    perror(dir);
    return -1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.') continue;
    if (n == cap) {
      char **p = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
      if (!p) break;
      names = p;
    }
    size_t len = strlen(dir) + strlen(de->d_name) + 2;
    if ((names[n] = malloc(len)) == NULL) break;
    snprintf(names[n++], len, "%s/%s", dir, de->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, by_name);
  long ran = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
      if (run_file(names[i]) < 0) ran = -1;
      if (ran >= 0) ran++;
    }
    free(names[i]);
  }
  free(names);
  return ran;
}

int main(int argc, char **argv) {
  int status = 0;
  long total = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      perror(argv[i]);
      status = 1;
      continue;
    }
    long ran = S_ISDIR(st.st_mode) ? run_dir(argv[i]) : run_file(argv[i]) == 0 ? 1 : -1;
    if (ran <= 0) {
      fprintf(stderr, "%s: %s\n", argv[i], ran < 0 ? "could not be replayed" : "no inputs");
      status = 1;
    } else {
      total += ran;
    }
  }
  printf("%s: replayed %ld inputs\n", argv[0], total);
  return status;
}
