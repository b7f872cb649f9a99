/* Compiled alone by ctest: the umbrella header is self-contained. */
#include <coopgraph/coopgraph.h>
int main(void) { return 0; }
