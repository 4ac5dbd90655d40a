# starloop_set_warnings(target): the warning level every Starloop target builds with.
# STARLOOP_WERROR=ON (scripts/test turns it on for every variant) makes each warning an error,
# so the code stays warning-free on every compiler and Qt the matrix builds with.
option(STARLOOP_WERROR "Treat compiler warnings as errors" OFF)
function(starloop_set_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
        if(STARLOOP_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
