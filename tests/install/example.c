/*
 * example.c - a small program using the installed libcoopgraph: loads a
 * dataset, builds the partnership graph and prints the entity with the most
 * partners. Built by tests/install/check.sh against `pkg-config coopgraph`.
 */
#include <coopgraph/coopgraph.h>

#include <stdio.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: example DATASET_DIR\n");
    return 2;
  }
  cg_diags *diags = cg_diags_new(0);
  cg_dataset *ds = NULL;
  cg_view *view = NULL;
  cg_pgraph *graph = NULL;
  cg_centrality_result cent;
  cg_filter filter;
  int status = 1;
  if (!diags || cg_dataset_load_dir(&ds, argv[1], NULL, diags) != CG_OK) {
    fprintf(stderr, "example: cannot load %s\n", argv[1]);
    goto done;
  }
  cg_filter_init(&filter);
  if (cg_view_new(&view, ds, &filter) || cg_pgraph_new(&graph, view) ||
      cg_centrality(&cent, graph, CG_MEASURE_PARTNERS))
    goto done;
  size_t best = 0;
  for (size_t i = 1; i < cent.n; i++)
    if (cent.values[0][i] > cent.values[0][best])
      best = i;
  printf("%zu entities, %zu agreements; most partners: %s (%.0f)\n", cg_dataset_nentities(ds),
         cg_dataset_nagreements(ds), cg_dataset_entity(ds, (size_t)cent.entity[best])->id,
         cent.values[0][best]);
  cg_centrality_result_free(&cent);
  status = 0;
done:
  cg_pgraph_free(graph);
  cg_view_free(view);
  cg_dataset_free(ds);
  cg_diags_free(diags);
  return status;
}
