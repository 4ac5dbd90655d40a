# Sources of the stories area (repository, coverage, checks).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/story.h
    ${CMAKE_CURRENT_LIST_DIR}/storyrepository.h ${CMAKE_CURRENT_LIST_DIR}/storyrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storycodec.h ${CMAKE_CURRENT_LIST_DIR}/storycodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storychecks.h ${CMAKE_CURRENT_LIST_DIR}/storychecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workedexample.h ${CMAKE_CURRENT_LIST_DIR}/workedexample.cpp)
# Loop planner (stories to rounds, saved in settings) and the Markdown export.
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/loopplanner.h ${CMAKE_CURRENT_LIST_DIR}/loopplanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loopplanstore.h ${CMAKE_CURRENT_LIST_DIR}/loopplanstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storyexport.h ${CMAKE_CURRENT_LIST_DIR}/storyexport.cpp)
