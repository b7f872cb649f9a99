# What the report and the figures say (tables, ranking, selection, <desc>
# counts), against `centrality`/`partners` CSV and NetworkX on the CSV files.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/content.cmake)
foreach(part report figures)
  add_test(NAME content/${part}
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/content-check.py
            $<TARGET_FILE:coopgraph_cli> ${PROJECT_SOURCE_DIR} ${part})
  set_tests_properties(content/${part} PROPERTIES TIMEOUT 600)
endforeach()
