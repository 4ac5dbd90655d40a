# Sources of the rehearsal area: the audio analysis (PCM in, speech, pauses, level, waveform),
# spoken STAR timings and their checks, the interviewer's probes, take comparison, and the
# practice log's links to recordings. Qt Core only; the recording itself is in app/media.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    pcmformat wavfile voicedetector waveform audioanalyzer rehearsalmarks spokentimings
    spokenchecks takecomparison probes probesource interviewer recordinglinks)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/rehearsalerrors.h
    ${CMAKE_CURRENT_LIST_DIR}/audioanalysis.h)
