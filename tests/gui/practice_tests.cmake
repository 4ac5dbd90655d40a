# GUI tests of the Practice workspace and the always-visible timer.
starloop_add_test(test_practiceworkspace GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_practiceworkspace.cpp LIBS starloop_guitestbase)
starloop_add_test(test_today GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_today.cpp LIBS starloop_guitestbase)
