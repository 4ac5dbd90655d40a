# The rehearsal studio's widgets. The waveform and the interviewer need only core (and
# InterviewerVoice, which says when it cannot speak); recording and playback need Qt Multimedia
# (app/media), so without it the rehearse dialog keeps its text-only countdown and says why.
target_link_libraries(starloop_gui PUBLIC starloop_media)
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/waveformview.h ${CMAKE_CURRENT_LIST_DIR}/waveformview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interviewerpanel.h ${CMAKE_CURRENT_LIST_DIR}/interviewerpanel.cpp)
if(STARLOOP_HAVE_MULTIMEDIA)
    target_sources(starloop_gui PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/studiopanel.h ${CMAKE_CURRENT_LIST_DIR}/studiopanel.cpp
        ${CMAKE_CURRENT_LIST_DIR}/playbackview.h ${CMAKE_CURRENT_LIST_DIR}/playbackview.cpp
        ${CMAKE_CURRENT_LIST_DIR}/takecomparisonview.h ${CMAKE_CURRENT_LIST_DIR}/takecomparisonview.cpp)
endif()
