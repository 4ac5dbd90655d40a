# The Stories workspace, driven through its widgets.
starloop_add_test(test_storiesworkspace GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storiesworkspace.cpp LIBS starloop_guitestbase)
