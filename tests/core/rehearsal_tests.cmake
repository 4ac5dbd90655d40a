# Tests of the rehearsal area (app/core/rehearsal): audio analysis on generated PCM, WAV files,
# spoken STAR timings and their checks, take comparison, probes, and the recordings' links.
starloop_add_test(test_audioanalyzer SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_audioanalyzer.cpp)
starloop_add_test(test_wavfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_wavfile.cpp)
starloop_add_test(test_spokenchecks SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_spokenchecks.cpp)
starloop_add_test(test_probes SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_probes.cpp)
starloop_add_test(test_recordinglinks SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_recordinglinks.cpp)
