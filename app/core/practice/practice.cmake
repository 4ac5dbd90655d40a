# Sources of the practice area: the timer, reviews and their scheduler, the practice log.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    steadyclock fakeclock timerplan timersummary practicetimer fsrs localdays reviewhistory
    reviewrepository reviewcodec schedulerstore fsrsoptimizer optimizerjob leeches practicelog sessioncodec)
target_sources(starloop_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/clock.h ${CMAKE_CURRENT_LIST_DIR}/fsrsformulas.h
    ${CMAKE_CURRENT_LIST_DIR}/practicesession.h ${CMAKE_CURRENT_LIST_DIR}/studyplan.h)
# Mock loops, the dashboard's numbers, the user's own timer presets.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR} mockloop progress presetstore)
# Studying toward the loop date: the plan, readiness, the retention simulator, the calendar.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    studyplanner readiness studybank studygoalstore studydaystore retentionsimulator plancalendar)
