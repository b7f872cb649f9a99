# Checks of `coopgraph report` with outside tools (xmllint, rsvg-convert).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/report.cmake)
add_test(NAME report/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/report-check.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
