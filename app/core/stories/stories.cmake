# Sources of the stories area (repository, coverage, checks).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/story.h
    ${CMAKE_CURRENT_LIST_DIR}/storyrepository.h ${CMAKE_CURRENT_LIST_DIR}/storyrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storychecks.h ${CMAKE_CURRENT_LIST_DIR}/storychecks.cpp)
