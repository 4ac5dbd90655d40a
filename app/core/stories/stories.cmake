# Sources of the stories area (repository, coverage, checks).
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    storyrepository storycodec storychecks workedexample)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/story.h)
# Loop planner (stories to rounds, saved in settings) and the Markdown export.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    loopplanner loopplanstore storyexport)
