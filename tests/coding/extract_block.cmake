# Writes the first fenced code block of one language from a Markdown file.
#
#   cmake -DINPUT=content/questions/coding/code-lru-cache.md -DLANG=cpp \
#         -DOUTPUT=build/code-lru-cache.hpp -P extract_block.cmake
#
# The block is the lines between a line "```<LANG>" and the next line "```"
# (trailing spaces and CR are tolerated). Fails with "<file>: no ```<LANG> block"
# when the file has none, and with a similar message when the block is not closed.

cmake_minimum_required(VERSION 3.19)

foreach(required INPUT LANG OUTPUT)
    if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
        message(FATAL_ERROR "extract_block.cmake: -D${required}=... is required")
    endif()
endforeach()

if(NOT EXISTS "${INPUT}")
    message(FATAL_ERROR "${INPUT}: file not found")
endif()

file(READ "${INPUT}" text)
string(REPLACE "\r\n" "\n" text "${text}")
# A leading newline lets a fence on the very first line match "\n```lang".
set(text "\n${text}\n")

set(fence "```")
set(opening "\n${fence}${LANG}")

# Find an opening fence that is the whole line (so ```cpp does not match ```cppx).
set(search_from 0)
set(body_start -1)
while(TRUE)
    string(SUBSTRING "${text}" ${search_from} -1 rest)
    string(FIND "${rest}" "${opening}" pos)
    if(pos EQUAL -1)
        break()
    endif()
    math(EXPR after "${search_from} + ${pos} + 1")
    string(SUBSTRING "${text}" ${after} -1 from_fence)
    string(FIND "${from_fence}" "\n" line_end)
    string(SUBSTRING "${from_fence}" 0 ${line_end} fence_line)
    string(STRIP "${fence_line}" fence_line)
    if(fence_line STREQUAL "${fence}${LANG}")
        math(EXPR body_start "${after} + ${line_end} + 1")
        break()
    endif()
    math(EXPR search_from "${after}")
endwhile()

if(body_start EQUAL -1)
    message(FATAL_ERROR "${INPUT}: no ${fence}${LANG} block")
endif()

# The closing fence: the first line after the opening that is exactly ``` (spaces allowed).
string(SUBSTRING "${text}" ${body_start} -1 body)
set(scan_from 0)
set(body_end -1)
while(TRUE)
    string(SUBSTRING "${body}" ${scan_from} -1 rest)
    string(FIND "${rest}" "${fence}" pos)
    if(pos EQUAL -1)
        break()
    endif()
    math(EXPR abs "${scan_from} + ${pos}")
    # Must start a line.
    set(at_line_start FALSE)
    if(abs EQUAL 0)
        set(at_line_start TRUE)
    else()
        math(EXPR prev "${abs} - 1")
        string(SUBSTRING "${body}" ${prev} 1 prev_char)
        if(prev_char STREQUAL "\n")
            set(at_line_start TRUE)
        endif()
    endif()
    if(at_line_start)
        string(SUBSTRING "${body}" ${abs} -1 from_fence)
        string(FIND "${from_fence}" "\n" line_end)
        string(SUBSTRING "${from_fence}" 0 ${line_end} fence_line)
        string(STRIP "${fence_line}" fence_line)
        if(fence_line STREQUAL "${fence}")
            set(body_end ${abs})
            break()
        endif()
    endif()
    math(EXPR scan_from "${abs} + 3")
endwhile()

if(body_end EQUAL -1)
    message(FATAL_ERROR "${INPUT}: the first ${fence}${LANG} block is not closed")
endif()

string(SUBSTRING "${body}" 0 ${body_end} code)
file(WRITE "${OUTPUT}.tmp" "${code}")
# Only touch OUTPUT when the code changed, so editing prose does not force a rebuild.
execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}"
                RESULT_VARIABLE copy_result)
file(REMOVE "${OUTPUT}.tmp")
if(NOT copy_result EQUAL 0)
    message(FATAL_ERROR "${INPUT}: could not write ${OUTPUT}")
endif()
