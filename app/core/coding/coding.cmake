# Sources of the coding area (scratchpad attempts, examples, the runner, line diff).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/attempt.h
    ${CMAKE_CURRENT_LIST_DIR}/attemptrepository.h ${CMAKE_CURRENT_LIST_DIR}/attemptrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/codingexamples.h ${CMAKE_CURRENT_LIST_DIR}/codingexamples.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runresult.h ${CMAKE_CURRENT_LIST_DIR}/runresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/toolchain.h ${CMAKE_CURRENT_LIST_DIR}/toolchain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coderunner.h ${CMAKE_CURRENT_LIST_DIR}/coderunner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/linediff.h ${CMAKE_CURRENT_LIST_DIR}/linediff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/modelsolution.h ${CMAKE_CURRENT_LIST_DIR}/modelsolution.cpp
    ${PROJECT_SOURCE_DIR}/resources/examples.qrc)
