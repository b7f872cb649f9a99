# `import edgelist` on two published data sets (../shared/data), checked
# against an independent Python csv reading of the same files and against
# the centralities Grandjean published with Gephi. Skipped when the shared
# data are absent (a failure when CI is set).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/import.cmake)
add_test(NAME import/real-data
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/import-real.py
          $<TARGET_FILE:coopgraph_cli> ${PROJECT_SOURCE_DIR}/../shared/data)
set_tests_properties(import/real-data PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
