# DOT and GV input (-d FILE.dot): `dot --multi` read back gives the same
# answers as the CSV dataset, and Graphviz's own example graphs are read
# (checked against pydot + NetworkX where pydot reads them in full).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/dotin.cmake)
add_test(NAME dotin/roundtrip
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/dotin-roundtrip.sh $<TARGET_FILE:coopgraph_cli>
          ${PROJECT_SOURCE_DIR})
add_test(NAME dotin/graphviz-examples
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/dotin-examples.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/dot/reference)
set_tests_properties(dotin/graphviz-examples PROPERTIES SKIP_RETURN_CODE 77)
