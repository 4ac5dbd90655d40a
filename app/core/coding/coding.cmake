# Sources of the coding area (scratchpad attempts, examples, the runner, line diff).
starloop_content_qrc(examples /examples "${PROJECT_SOURCE_DIR}/content/examples/*.json" coding_examples_qrc)
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    attemptrepository attemptcodec codingexamples runresult toolchain coderunner harness
    runtranscript linediff modelsolution problemlist)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/attempt.h
    ${PROJECT_SOURCE_DIR}/resources/harness.qrc
    ${coding_examples_qrc})
