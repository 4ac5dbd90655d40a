# The rehearsal studio's widgets. The waveform and the interviewer need only core (and
# InterviewerVoice, which says when it cannot speak); recording and playback need Qt Multimedia,
# reached through app/studio (the audio module, loaded when first used), so without it the
# rehearse dialog keeps its text-only countdown and says why.
target_link_libraries(starloop_gui PUBLIC starloop_studio starloop_speech)
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    waveformview interviewerpanel)
if(STARLOOP_HAVE_MULTIMEDIA)
    starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
        studiopanel playbackview takecomparisonview)
endif()
