# Sources of the rehearsal area: the audio analysis (PCM in, speech, pauses, level, waveform),
# spoken STAR timings and their checks, the interviewer's probes, take comparison, and the
# practice log's links to recordings. Qt Core only; the recording itself is in app/media.
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/rehearsalerrors.h
    ${CMAKE_CURRENT_LIST_DIR}/pcmformat.h ${CMAKE_CURRENT_LIST_DIR}/pcmformat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wavfile.h ${CMAKE_CURRENT_LIST_DIR}/wavfile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audioanalysis.h
    ${CMAKE_CURRENT_LIST_DIR}/voicedetector.h ${CMAKE_CURRENT_LIST_DIR}/voicedetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/waveform.h ${CMAKE_CURRENT_LIST_DIR}/waveform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/audioanalyzer.h ${CMAKE_CURRENT_LIST_DIR}/audioanalyzer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rehearsalmarks.h ${CMAKE_CURRENT_LIST_DIR}/rehearsalmarks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/spokentimings.h ${CMAKE_CURRENT_LIST_DIR}/spokentimings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/spokenchecks.h ${CMAKE_CURRENT_LIST_DIR}/spokenchecks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/takecomparison.h ${CMAKE_CURRENT_LIST_DIR}/takecomparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/probes.h ${CMAKE_CURRENT_LIST_DIR}/probes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/probesource.h ${CMAKE_CURRENT_LIST_DIR}/probesource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/interviewer.h ${CMAKE_CURRENT_LIST_DIR}/interviewer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordinglinks.h ${CMAKE_CURRENT_LIST_DIR}/recordinglinks.cpp)
