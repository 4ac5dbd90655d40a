# Tests of the stories area: the repository and the story checks.
starloop_add_test(test_storyrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storyrepository.cpp)
starloop_add_test(test_storychecks SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storychecks.cpp)
