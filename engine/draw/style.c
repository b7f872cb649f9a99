/*
 * style.c - the drawing palette and shapes: colours assigned to kinds and
 * types in a stable order (sorted by id), shapes for the usual kinds, and
 * CSS class names made safe.
 */
#include <coopgraph/style.h>

#include <coopgraph/colour.h>

#include <string.h>

/*
 * Paul Tol's "muted" qualitative scheme (colour-blind safe), then the
 * Okabe-Ito colours that it does not already cover, for datasets with many
 * types before the list cycles.
 */
static const char *const PALETTE[] = {
    "#88CCEE", "#CC6677", "#DDCC77", "#117733", "#332288", "#AA4499", "#44AA99", "#999933",
    "#882255", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"};

#define NPALETTE (sizeof PALETTE / sizeof PALETTE[0])

size_t cg_palette_size(void) {
  return NPALETTE;
}

const char *cg_palette_colour(size_t i) {
  return PALETTE[i % NPALETTE];
}

const char *cg_palette_text_colour(const char *rgb) {
  int c[3];
  if (!cg_colour_rgb(rgb, c)) return "black";
  /* Perceived brightness (ITU-R BT.601 weights), 0..255000. */
  return 299 * c[0] + 587 * c[1] + 114 * c[2] >= 128000 ? "black" : "white";
}

/*
 * Edge colours for type groups. Seeded with Okabe and Ito's blue, vermilion
 * and bluish green, then each next colour the one farthest (CIELAB) from
 * those before and from the grey, under normal vision and simulated
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009), among
 * colours with 3:1 contrast on white and on #222222.
 */
static const char *const GROUP_PALETTE[] = {"#0072B2", "#D55E00", "#009E73", "#CC00AA",
                                            "#996633", "#669922", "#BB5555"};
#define NGROUP_PALETTE (sizeof GROUP_PALETTE / sizeof GROUP_PALETTE[0])

size_t cg_group_palette_size(void) {
  return NGROUP_PALETTE;
}

const char *cg_group_palette_colour(size_t i) {
  return i < NGROUP_PALETTE ? GROUP_PALETTE[i] : CG_GROUP_OTHER_COLOUR;
}

/* The palette slot of group g: its rank among the groups without a declared colour. */
static size_t group_slot(const cg_dataset *ds, size_t g) {
  size_t slot = 0;
  for (size_t i = 0; i < g; i++)
    slot += !cg_dataset_group_color(ds, i)[0];
  return slot;
}

const char *cg_group_colour(const cg_dataset *ds, size_t g) {
  const char *c = cg_dataset_group_color(ds, g);
  return c[0] ? c : cg_group_palette_colour(group_slot(ds, g));
}

int cg_group_is_other(const cg_dataset *ds, size_t g) {
  return !cg_dataset_group_color(ds, g)[0] && group_slot(ds, g) >= NGROUP_PALETTE;
}

const char *cg_kind_shape(const char *kind) {
  static const struct {
    const char *kind, *shape;
  } shapes[] = {{"agency", "box"},
                {"nation", "ellipse"},
                {"company", "hexagon"},
                {"organisation", "octagon"}};
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
    if (kind && strcmp(kind, shapes[i].kind) == 0) return shapes[i].shape;
  return "diamond";
}

size_t cg_kind_slot(const cg_dataset *ds, size_t k) {
  const char *id = cg_dataset_kind(ds, k);
  size_t rank = 0;
  for (size_t i = 0; i < cg_dataset_nkinds(ds); i++) {
    int c = strcmp(cg_dataset_kind(ds, i), id);
    rank += c < 0 || (c == 0 && i < k);
  }
  return rank;
}

size_t cg_type_slot(const cg_dataset *ds, size_t t) {
  const char *id = cg_dataset_type(ds, t)->id;
  size_t rank = 0;
  for (size_t i = 0; i < cg_dataset_ntypes(ds); i++) {
    int c = strcmp(cg_dataset_type(ds, i)->id, id);
    rank += c < 0 || (c == 0 && i < t);
  }
  return rank;
}

cg_status cg_css_class(cg_buf *out, const char *prefix, const char *s) {
  cg_buf_puts(out, prefix);
  for (const char *p = s; *p; p++) {
    char c = *p;
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '_' || c == '-';
    cg_buf_putc(out, ok ? c : '_');
  }
  return cg_buf_status(out);
}
