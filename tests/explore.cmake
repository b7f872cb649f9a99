# Included from tests/CMakeLists.txt.
# The explorer of the report's page: find, focus, years, filters, pan and
# zoom, keyboard, axe-core, no console error or request; screenshots are
# kept in the build directory (tests/explore-artefacts).
add_test(NAME browser/explore
  COMMAND node ${CMAKE_CURRENT_SOURCE_DIR}/browser/explore.js $<TARGET_FILE:coopgraph_cli>
          ${PROJECT_SOURCE_DIR}/graphs/space-cooperation ${CMAKE_CURRENT_BINARY_DIR}/explore-artefacts)
set_tests_properties(browser/explore PROPERTIES TIMEOUT 300)
