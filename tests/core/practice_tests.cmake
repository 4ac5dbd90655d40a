# Tests of the practice area (app/core/practice).
starloop_add_test(test_timer SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_timer.cpp)
starloop_add_test(test_fsrs SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fsrs.cpp)
starloop_add_test(test_reviews SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_reviews.cpp)
starloop_add_test(test_practicelog SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_practicelog.cpp)
starloop_add_test(test_mockloop SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mockloop.cpp)
starloop_add_test(test_fsrsoptimizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_fsrsoptimizer.cpp)
starloop_add_test(test_studyplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_studyplanner.cpp)
