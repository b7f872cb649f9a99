# The charts and the timeline against the tables they draw (tests/charts-check.py).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/charts.cmake)
add_test(NAME charts/check
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/charts-check.py $<TARGET_FILE:coopgraph_cli>
          ${PROJECT_SOURCE_DIR})
