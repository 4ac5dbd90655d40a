# Fails when a coding problem ships code that no test runs.
#
#   cmake -DCONTENT_DIR=<repo>/content -DTESTS_DIR=<repo>/tests/coding -P check_every_problem_tested.cmake
#
# For every content/questions/coding/*.md with code, other than the pattern pages
# (pattern-*.md, whose blocks are templates):
#   - a solution in each of C++, Python and Java, and content/examples/<id>.json, whose cases
#     coding.examples.<language>.<id> runs in each language;
#   - the solution must not define main() or put `using namespace std;` at file scope
#     (lines starting in column 0), because tests include it as a header.
# tests/coding/<id>.test.cpp and .test.py add deeper checks where a problem has them.
# Test files whose question file is gone are reported too (coding and ood).

cmake_minimum_required(VERSION 3.19)

foreach(required CONTENT_DIR TESTS_DIR)
    if(NOT DEFINED ${required} OR NOT IS_DIRECTORY "${${required}}")
        message(FATAL_ERROR "check_every_problem_tested.cmake: -D${required}=<existing folder> is required")
    endif()
endforeach()

set(fence "```")
set(problems "")
set(checked 0)

file(GLOB questions "${CONTENT_DIR}/questions/coding/*.md")
list(SORT questions)
foreach(question IN LISTS questions)
    get_filename_component(id "${question}" NAME_WE)
    math(EXPR checked "${checked} + 1")

    if(id MATCHES "^pattern-")
        continue()
    endif()
    file(STRINGS "${question}" cpp_fences REGEX "^${fence}cpp[ \t\r]*$")
    file(STRINGS "${question}" py_fences REGEX "^${fence}python[ \t\r]*$")
    file(STRINGS "${question}" java_fences REGEX "^${fence}java[ \t\r]*$")
    if(cpp_fences OR py_fences OR java_fences)
        foreach(language cpp python java)
            if(language STREQUAL "cpp")
                set(found "${cpp_fences}")
            elseif(language STREQUAL "python")
                set(found "${py_fences}")
            else()
                set(found "${java_fences}")
            endif()
            if(NOT found)
                list(APPEND problems "${question}: has no ${fence}${language} solution (every problem is solved in C++, Python and Java)")
            endif()
        endforeach()
        if(NOT EXISTS "${CONTENT_DIR}/examples/${id}.json")
            list(APPEND problems "${question}: has no content/examples/${id}.json for the scratchpad to run")
        endif()
    endif()

    file(STRINGS "${question}" bad_lines REGEX "^(using namespace std|int main[ \t]*\\()")
    if(bad_lines)
        list(APPEND problems "${question}: code must not use `using namespace std` at file scope or define main()")
    endif()
endforeach()

# Orphaned tests: a test whose question was renamed or removed would silently stop running.
file(GLOB tests "${TESTS_DIR}/*.test.cpp" "${TESTS_DIR}/*.test.py" "${TESTS_DIR}/*.test.java")
foreach(test IN LISTS tests)
    get_filename_component(name "${test}" NAME)
    string(REGEX REPLACE "\\.test\\.(cpp|py|java)$" "" id "${name}")
    if(NOT EXISTS "${CONTENT_DIR}/questions/coding/${id}.md"
       AND NOT EXISTS "${CONTENT_DIR}/questions/ood/${id}.md")
        list(APPEND problems "${test}: no question file ${id}.md in questions/coding or questions/ood")
    endif()
endforeach()

if(checked EQUAL 0)
    list(APPEND problems "${CONTENT_DIR}/questions/coding: no question files found")
endif()

if(problems)
    foreach(problem IN LISTS problems)
        message(STATUS "${problem}")
    endforeach()
    list(LENGTH problems count)
    message(FATAL_ERROR "${count} coding question(s) are not fully tested")
endif()
message(STATUS "checked ${checked} coding questions: every solution block has a test")
