# Behaviour at scale on generated datasets: automatic sampled betweenness,
# worker processes, and the filtered view of large networks in `svg`.
# Included from tests/CMakeLists.txt.
add_test(NAME scale/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scale-check.sh $<TARGET_FILE:coopgraph_cli>)
