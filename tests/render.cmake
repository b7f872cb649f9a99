# Drawing checks with outside tools (xmllint, rsvg-convert, Graphviz's dot).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/render.cmake)
add_test(NAME render/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/render-check.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
