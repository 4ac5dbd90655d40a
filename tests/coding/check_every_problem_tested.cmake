# Fails when a coding question ships code that no test runs.
#
#   cmake -DCONTENT_DIR=<repo>/content -DTESTS_DIR=<repo>/tests/coding -P check_every_problem_tested.cmake
#
# For every content/questions/coding/*.md:
#   - a ```cpp block requires tests/coding/<id>.test.cpp, a ```python block requires <id>.test.py;
#   - the solution must not define main() or put `using namespace std;` at file scope
#     (lines starting in column 0), because tests include it as a header.
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

    file(STRINGS "${question}" cpp_fences REGEX "^${fence}cpp[ \t\r]*$")
    file(STRINGS "${question}" py_fences REGEX "^${fence}python[ \t\r]*$")
    if(cpp_fences AND NOT EXISTS "${TESTS_DIR}/${id}.test.cpp")
        list(APPEND problems "${question}: has a ${fence}cpp solution but no tests/coding/${id}.test.cpp")
    endif()
    if(py_fences AND NOT EXISTS "${TESTS_DIR}/${id}.test.py")
        list(APPEND problems "${question}: has a ${fence}python solution but no tests/coding/${id}.test.py")
    endif()

    file(STRINGS "${question}" bad_lines REGEX "^(using namespace std|int main[ \t]*\\()")
    if(bad_lines)
        list(APPEND problems "${question}: code must not use `using namespace std` at file scope or define main()")
    endif()
endforeach()

# Orphaned tests: a test whose question was renamed or removed would silently stop running.
file(GLOB tests "${TESTS_DIR}/*.test.cpp" "${TESTS_DIR}/*.test.py")
foreach(test IN LISTS tests)
    get_filename_component(name "${test}" NAME)
    string(REGEX REPLACE "\\.test\\.(cpp|py)$" "" id "${name}")
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
