# The Stories workspace, driven through its widgets.
starloop_add_test(test_storiesworkspace GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storiesworkspace.cpp LIBS starloop_guitestbase)
# Question links, the loop plan, rehearsal, export and the README screenshots.
starloop_add_test(test_storiesplanning GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storiesplanning.cpp LIBS starloop_guitestbase)
