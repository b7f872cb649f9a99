# Every figure of tests/figures.list drawn and measured at 800 CSS px in
# Debian's headless Chromium (tests/figures.sh, tests/browser/measure-figures.js).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/figures.cmake)
add_test(NAME figures/measure
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/figures.sh $<TARGET_FILE:coopgraph_cli>)
set_tests_properties(figures/measure PROPERTIES TIMEOUT 600)
# The measurer itself, on figures broken on purpose: it must see every fault.
add_test(NAME figures/measurer COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/figures-self.sh)
# The README's network figure is what the program draws (scripts/report redraws it).
add_test(NAME readme/figure
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/readme-figure.sh $<TARGET_FILE:coopgraph_cli> ${PROJECT_SOURCE_DIR})
