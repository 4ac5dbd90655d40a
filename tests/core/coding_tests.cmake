# Tests of the coding area: line diff, attempts, the runner and the embedded examples; the
# language and section tables.
starloop_add_test(test_linediff SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_linediff.cpp)
starloop_add_test(test_attemptrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_attemptrepository.cpp)
starloop_add_test(test_coderunner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_coderunner.cpp)
starloop_add_test(test_vocabulary SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_vocabulary.cpp)
