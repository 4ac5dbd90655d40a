# Sources of the practice area (timer, scheduler, practice log).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clock.h
    ${CMAKE_CURRENT_LIST_DIR}/steadyclock.h ${CMAKE_CURRENT_LIST_DIR}/steadyclock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fakeclock.h ${CMAKE_CURRENT_LIST_DIR}/fakeclock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timerplan.h ${CMAKE_CURRENT_LIST_DIR}/timerplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timersummary.h ${CMAKE_CURRENT_LIST_DIR}/timersummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/practicetimer.h ${CMAKE_CURRENT_LIST_DIR}/practicetimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fsrs.h ${CMAKE_CURRENT_LIST_DIR}/fsrs.cpp ${CMAKE_CURRENT_LIST_DIR}/fsrsformulas.h
    ${CMAKE_CURRENT_LIST_DIR}/localdays.h ${CMAKE_CURRENT_LIST_DIR}/localdays.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewhistory.h ${CMAKE_CURRENT_LIST_DIR}/reviewhistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewrepository.h ${CMAKE_CURRENT_LIST_DIR}/reviewrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewcodec.h ${CMAKE_CURRENT_LIST_DIR}/reviewcodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schedulerstore.h ${CMAKE_CURRENT_LIST_DIR}/schedulerstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fsrsoptimizer.h ${CMAKE_CURRENT_LIST_DIR}/fsrsoptimizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/optimizerjob.h ${CMAKE_CURRENT_LIST_DIR}/optimizerjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leeches.h ${CMAKE_CURRENT_LIST_DIR}/leeches.cpp
    ${CMAKE_CURRENT_LIST_DIR}/practicesession.h
    ${CMAKE_CURRENT_LIST_DIR}/practicelog.h ${CMAKE_CURRENT_LIST_DIR}/practicelog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sessioncodec.h ${CMAKE_CURRENT_LIST_DIR}/sessioncodec.cpp
    # mock loops, the dashboard's numbers, the user's own timer presets
    ${CMAKE_CURRENT_LIST_DIR}/mockloop.h ${CMAKE_CURRENT_LIST_DIR}/mockloop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress.h ${CMAKE_CURRENT_LIST_DIR}/progress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/presetstore.h ${CMAKE_CURRENT_LIST_DIR}/presetstore.cpp
    # studying toward the loop date: the plan, readiness, the retention simulator, the calendar
    ${CMAKE_CURRENT_LIST_DIR}/studyplan.h
    ${CMAKE_CURRENT_LIST_DIR}/studyplanner.h ${CMAKE_CURRENT_LIST_DIR}/studyplanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readiness.h ${CMAKE_CURRENT_LIST_DIR}/readiness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studybank.h ${CMAKE_CURRENT_LIST_DIR}/studybank.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studygoalstore.h ${CMAKE_CURRENT_LIST_DIR}/studygoalstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/studydaystore.h ${CMAKE_CURRENT_LIST_DIR}/studydaystore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/retentionsimulator.h ${CMAKE_CURRENT_LIST_DIR}/retentionsimulator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/plancalendar.h ${CMAKE_CURRENT_LIST_DIR}/plancalendar.cpp
)
