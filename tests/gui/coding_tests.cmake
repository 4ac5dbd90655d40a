# The coding scratchpad in the Questions workspace, driven through its widgets.
starloop_add_test(test_scratchpad GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_scratchpad.cpp LIBS starloop_guitestbase)
