# The Diagrams canvas at 100, 1,000 and 5,000 items: load, full repaint, drag, autosave
# (included by CMakeLists.txt; run by scripts/bench through bench.py, never by CTest).
add_executable(bench_diagrams ${CMAKE_CURRENT_LIST_DIR}/bench_diagrams.cpp)
starloop_set_warnings(bench_diagrams)
target_link_libraries(bench_diagrams PRIVATE starloop_gui starloop_testsupport starloop_core)
