# The fuzz targets of tests/fuzz, built one of two ways:
# - with COOPGRAPH_FUZZ (clang; included from the top-level CMakeLists.txt):
#   each target linked with libFuzzer as fuzz_<name>, run by scripts/fuzz;
# - in the ordinary test build (included from tests/CMakeLists.txt): each
#   target with replay.c as its main, and one ctest per target that replays
#   the seed corpus (written by make-seeds.sh when the tests run) and the
#   regression inputs in tests/fixtures/fuzz/<name>/.
include_guard(GLOBAL)

set(FUZZ_DIR ${PROJECT_SOURCE_DIR}/tests/fuzz)
set(FUZZ_TARGETS csv date load render article)
# The DOT reader arrives on another branch; its target switches on with it.
if(EXISTS ${PROJECT_SOURCE_DIR}/engine/data/load_dot.c)
  list(APPEND FUZZ_TARGETS dot)
endif()

if(COOPGRAPH_FUZZ)
  foreach(t ${FUZZ_TARGETS})
    add_executable(fuzz_${t} ${FUZZ_DIR}/fuzz_${t}.c ${FUZZ_DIR}/common.c)
    target_compile_options(fuzz_${t} PRIVATE -fsanitize=fuzzer)
    target_link_options(fuzz_${t} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(fuzz_${t} PRIVATE coopgraph)
    coopgraph_warnings(fuzz_${t})
  endforeach()
  return()
endif()

set(FUZZ_SEEDS ${CMAKE_CURRENT_BINARY_DIR}/fuzz-seeds)
add_test(NAME fuzz/seeds
  COMMAND ${FUZZ_DIR}/make-seeds.sh ${FUZZ_SEEDS} $<TARGET_FILE:coopgraph_cli>)
set_tests_properties(fuzz/seeds PROPERTIES FIXTURES_SETUP fuzz-seeds)
foreach(t ${FUZZ_TARGETS})
  add_executable(fuzz_${t}_replay ${FUZZ_DIR}/fuzz_${t}.c ${FUZZ_DIR}/common.c
                                  ${FUZZ_DIR}/replay.c)
  target_link_libraries(fuzz_${t}_replay PRIVATE coopgraph)
  coopgraph_warnings(fuzz_${t}_replay)
  add_test(NAME fuzz/${t}
    COMMAND fuzz_${t}_replay ${FUZZ_SEEDS}/${t} ${PROJECT_SOURCE_DIR}/tests/fixtures/fuzz/${t})
  set_tests_properties(fuzz/${t} PROPERTIES FIXTURES_REQUIRED fuzz-seeds)
endforeach()
