# The report opened in Debian's headless Chromium (installed by scripts/setup):
# a screenshot is taken and is not blank, and every inline SVG has a non-zero
# size. Fails, not skips, when chromium is missing.
# Included from tests/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/report-browser.cmake)
add_test(NAME report/browser
  COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/report-browser.sh $<TARGET_FILE:coopgraph_cli>
          ${CMAKE_CURRENT_SOURCE_DIR}/fixtures)
# Two chromium runs of at most 120 s each (timeout in the script).
set_tests_properties(report/browser PROPERTIES TIMEOUT 300)
