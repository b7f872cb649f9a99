# Pathological and hostile inputs (huge files and fields, 10^6 commas, 10^5
# parties, garbage, NULs, FIFOs, ...), generated at test time: each must end
# with a result or a clear error, never a crash or a hang.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/hostile.cmake)
add_test(NAME hostile/inputs
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/hostile.sh $<TARGET_FILE:coopgraph_cli>)
# Each case has its own 120 s hang guard; the whole takes a few minutes under ASan.
set_tests_properties(hostile/inputs PROPERTIES TIMEOUT 1200)
# No command writes in the dataset directory; failed or interrupted writes leave no file.
add_test(NAME hostile/writes
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/hostile-writes.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
set_tests_properties(hostile/writes PROPERTIES TIMEOUT 600)
