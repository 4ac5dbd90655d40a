# Sources of the coding area (scratchpad attempts, examples, the runner, line diff).
starloop_content_qrc(examples /examples "${PROJECT_SOURCE_DIR}/content/examples/*.json" coding_examples_qrc)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/attempt.h
    ${CMAKE_CURRENT_LIST_DIR}/attemptrepository.h ${CMAKE_CURRENT_LIST_DIR}/attemptrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attemptcodec.h ${CMAKE_CURRENT_LIST_DIR}/attemptcodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codingexamples.h ${CMAKE_CURRENT_LIST_DIR}/codingexamples.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runresult.h ${CMAKE_CURRENT_LIST_DIR}/runresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/toolchain.h ${CMAKE_CURRENT_LIST_DIR}/toolchain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coderunner.h ${CMAKE_CURRENT_LIST_DIR}/coderunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/harness.h ${CMAKE_CURRENT_LIST_DIR}/harness.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runtranscript.h ${CMAKE_CURRENT_LIST_DIR}/runtranscript.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linediff.h ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelsolution.h ${CMAKE_CURRENT_LIST_DIR}/modelsolution.cpp
    ${CMAKE_CURRENT_LIST_DIR}/problemlist.h ${CMAKE_CURRENT_LIST_DIR}/problemlist.cpp
    ${PROJECT_SOURCE_DIR}/resources/harness.qrc
    ${coding_examples_qrc})
