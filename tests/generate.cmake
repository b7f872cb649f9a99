# The synthetic dataset generator end to end: what it writes passes `check`,
# feeds the analyses, and is byte-identical for the same seed.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/generate.cmake)
add_test(NAME generate/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/generate-check.sh $<TARGET_FILE:coopgraph_cli>)
