# extract and merge from the command line (included from tests/CMakeLists.txt):
# - extract/roundtrip: extract -> accept -> merge -> check -> partners on a
#   copy of the default dataset, and every refusal of merge leaving the
#   dataset byte-identical;
# - extract/fixtures: the press releases of tests/fixtures/extract, written
#   for the purpose, against the rows a reviewer would add (expected.csv):
#   precision and recall of party sets at least 0.8.
add_test(NAME extract/roundtrip
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/extract-roundtrip.sh $<TARGET_FILE:coopgraph_cli>
          ${PROJECT_SOURCE_DIR})
file(GLOB EXTRACT_FIXTURES ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/extract/articles/*)
add_test(NAME extract/fixtures
  COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/scripts/extract-eval
          --program $<TARGET_FILE:coopgraph_cli>
          --reference ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/extract/expected.csv --min 0.8
          ${EXTRACT_FIXTURES})
