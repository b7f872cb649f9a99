# `coopgraph export` end to end, every format read back by NetworkX and Python's csv.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/export.cmake)
add_test(NAME export/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/export-check.sh $<TARGET_FILE:coopgraph_cli>
          ${PROJECT_SOURCE_DIR})
