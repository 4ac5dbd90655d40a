# Connector routing at 1,000 items: re-routing a dragged node's connectors (included by
# CMakeLists.txt; run by scripts/bench through bench.py, never by CTest).
add_executable(bench_routing ${CMAKE_CURRENT_LIST_DIR}/bench_routing.cpp)
starloop_set_warnings(bench_routing)
target_link_libraries(bench_routing PRIVATE starloop_testsupport starloop_core)
