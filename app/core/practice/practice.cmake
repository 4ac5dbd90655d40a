# Sources of the practice area (timer, scheduler, practice log).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/clock.h
    ${CMAKE_CURRENT_LIST_DIR}/steadyclock.h ${CMAKE_CURRENT_LIST_DIR}/steadyclock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fakeclock.h ${CMAKE_CURRENT_LIST_DIR}/fakeclock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timerplan.h ${CMAKE_CURRENT_LIST_DIR}/timerplan.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timersummary.h ${CMAKE_CURRENT_LIST_DIR}/timersummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/practicetimer.h ${CMAKE_CURRENT_LIST_DIR}/practicetimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fsrs.h ${CMAKE_CURRENT_LIST_DIR}/fsrs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewrepository.h ${CMAKE_CURRENT_LIST_DIR}/reviewrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/practicesession.h
    ${CMAKE_CURRENT_LIST_DIR}/practicelog.h ${CMAKE_CURRENT_LIST_DIR}/practicelog.cpp
    # mock loops, the dashboard's numbers, the user's own timer presets
    ${CMAKE_CURRENT_LIST_DIR}/mockloop.h ${CMAKE_CURRENT_LIST_DIR}/mockloop.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress.h ${CMAKE_CURRENT_LIST_DIR}/progress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/presetstore.h ${CMAKE_CURRENT_LIST_DIR}/presetstore.cpp
)
