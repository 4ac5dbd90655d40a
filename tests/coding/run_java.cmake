# Compiles the first ```java block of a question with its scenario test and runs the test.
#
#   cmake -DINPUT=content/questions/ood/ood-elevator-system.md -DTEST=tests/coding/ood-elevator-system.test.java \
#         -DWORK=build/java/ood-elevator-system -DJAVAC=javac -DJAVA=java -P run_java.cmake
#
# The block becomes WORK/Design.java (it declares no public type), the test WORK/ScenarioTest.java
# (a class ScenarioTest with main); the test fails when javac or the scenario does.

cmake_minimum_required(VERSION 3.19)

foreach(required INPUT TEST WORK JAVAC JAVA)
    if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
        message(FATAL_ERROR "run_java.cmake: -D${required}=... is required")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/classes")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DINPUT=${INPUT}" -DLANG=java "-DOUTPUT=${WORK}/Design.java"
                        -P "${CMAKE_CURRENT_LIST_DIR}/extract_block.cmake"
                RESULT_VARIABLE extracted)
if(NOT extracted EQUAL 0)
    message(FATAL_ERROR "${INPUT}: no ```java block to test")
endif()
configure_file("${TEST}" "${WORK}/ScenarioTest.java" COPYONLY)
execute_process(COMMAND "${JAVAC}" -J-Xmx512m -Xlint:all -d "${WORK}/classes" "${WORK}/Design.java" "${WORK}/ScenarioTest.java"
                RESULT_VARIABLE compiled)
if(NOT compiled EQUAL 0)
    message(FATAL_ERROR "${INPUT}: the Java design or ${TEST} does not compile")
endif()
execute_process(COMMAND "${JAVA}" -Xmx256m -ea -cp "${WORK}/classes" ScenarioTest RESULT_VARIABLE ran)
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "${TEST}: the scenario failed (exit ${ran})")
endif()
