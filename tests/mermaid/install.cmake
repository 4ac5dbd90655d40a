# The mermaid.install test (a fixture of test_mermaidsyntax): copies package.json,
# package-lock.json and check-mermaid.mjs into the build folder and runs `npm ci` there when the
# lock file changed since the last install. Never fails: without node or npm, or offline, it says
# why, and test_mermaidsyntax skips with the same reason.
#
#   cmake -DSOURCE=<repo>/tests/mermaid -DWORK=<build>/tests/core/mermaid -P install.cmake
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${SOURCE}/package.json" "${SOURCE}/package-lock.json" "${SOURCE}/check-mermaid.mjs"
     DESTINATION "${WORK}")
find_program(NODE node)
find_program(NPM npm)
if(NOT NODE OR NOT NPM)
    file(WRITE "${WORK}/unavailable.txt" "node or npm is not installed (Debian: apt-get install nodejs npm)")
    message("mermaid.install: node or npm is not installed; test_mermaidsyntax will be skipped")
    return()
endif()
file(SHA256 "${SOURCE}/package-lock.json" lock)
set(stamp "${WORK}/node_modules/.starloop-lock-sha256")
if(EXISTS "${stamp}" AND EXISTS "${WORK}/node_modules/mermaid/package.json")
    file(READ "${stamp}" installed)
    if(installed STREQUAL lock)
        file(REMOVE "${WORK}/unavailable.txt")
        message("mermaid.install: up to date")
        return()
    endif()
endif()
execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
                WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE failed OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(failed)
    file(WRITE "${WORK}/unavailable.txt" "npm ci failed (${failed}): ${out}")
    message("mermaid.install: npm ci failed (${failed}); test_mermaidsyntax will be skipped:\n${out}")
    return()
endif()
file(WRITE "${stamp}" "${lock}")
file(REMOVE "${WORK}/unavailable.txt")
message("mermaid.install: installed mermaid and jsdom into ${WORK}")
