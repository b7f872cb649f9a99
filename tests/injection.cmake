# Escaping in every output (table, CSV, JSON, DOT, SVG, HTML report), checked
# with independent parsers against tests/fixtures/hostile/injection.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/injection.cmake)
add_test(NAME hostile/injection
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/injection.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
