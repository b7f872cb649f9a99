# Drawing checks with outside tools (xmllint, rsvg-convert, Graphviz's dot).
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/render.cmake)
add_test(NAME render/check
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/render-check.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
# Every text of every figure reads on its page, with --transparent on light
# and dark pages alike (WCAG contrast >= 3:1).
add_test(NAME render/contrast
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/contrast-check.py $<TARGET_FILE:coopgraph_cli>)
