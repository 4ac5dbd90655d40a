# Tests of the stories area: the repository and the story checks.
starloop_add_test(test_storyrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storyrepository.cpp)
starloop_add_test(test_storychecks SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storychecks.cpp)
# The loop planner (with its settings store) and the Markdown export (with question links).
starloop_add_test(test_loopplanner SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_loopplanner.cpp)
starloop_add_test(test_storyexport SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storyexport.cpp)
