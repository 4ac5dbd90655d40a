# The Stories workspace, driven through its widgets.
starloop_add_test(test_storiesworkspace GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storiesworkspace.cpp LIBS starloop_guitestbase)
# Question links, the loop plan, rehearsal, export and the README screenshots.
starloop_add_test(test_storiesplanning GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_storiesplanning.cpp LIBS starloop_guitestbase)
# The rehearsal studio (recording from a generated WAV file, playback, the interviewer): only
# where Qt Multimedia is built.
if(STARLOOP_HAVE_MULTIMEDIA)
    starloop_add_test(test_rehearsalstudio GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_rehearsalstudio.cpp
        LIBS starloop_guitestbase Qt6::Multimedia)
else()
    message(STATUS "Starloop: test_rehearsalstudio not built (needs Qt 6 Multimedia)")
endif()
