# Builds tests/build/translations from an empty folder, three jobs at once, twice, and runs the
# program that loads the packed German catalogue.
#   cmake -DSOURCE=<repo> -DWORK=<dir> -DQT_MAJOR_VERSION=6 -DGENERATOR=Ninja -P fresh_translations.cmake
cmake_minimum_required(VERSION 3.19)
foreach(round 1 2)
    file(REMOVE_RECURSE "${WORK}")
    execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE}/tests/build/translations" -B "${WORK}" -G "${GENERATOR}"
                            "-DSTARLOOP_SOURCE_DIR=${SOURCE}" "-DQT_MAJOR_VERSION=${QT_MAJOR_VERSION}"
                    RESULT_VARIABLE configured OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT configured EQUAL 0)
        message(FATAL_ERROR "configure failed:\n${out}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK}" -j 3
                    RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT built EQUAL 0)
        message(FATAL_ERROR "a fresh parallel build of the translations failed (round ${round}):\n${out}")
    endif()
    execute_process(COMMAND "${WORK}/load_catalogue" RESULT_VARIABLE ran OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT ran EQUAL 0)
        message(FATAL_ERROR "round ${round}: ${out}")
    endif()
endforeach()
message(STATUS "fresh parallel builds of the translations: ${out}")
