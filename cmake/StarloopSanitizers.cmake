# StarloopSanitizers: opt-in instrumented builds, applied to every target.
#
#   -DSTARLOOP_SANITIZE=ON   AddressSanitizer + UndefinedBehaviorSanitizer (gcc or clang), every
#                            undefined-behaviour report fatal; what scripts/reliability builds in build/asan
#   -DSTARLOOP_FUZZ=ON       clang only: everything is compiled with
#                            -fsanitize=fuzzer-no-link,address,undefined and tests/fuzz builds the
#                            libFuzzer harnesses (linked with -fsanitize=fuzzer); build/fuzz
#
# Include it from the top-level CMakeLists.txt before the first target is created
# (before add_subdirectory(app)): add_compile_options / add_link_options only reach targets
# created after them.
include_guard(GLOBAL)

option(STARLOOP_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(STARLOOP_FUZZ "Build the libFuzzer harnesses in tests/fuzz (clang; instruments everything)" OFF)

if(STARLOOP_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "STARLOOP_FUZZ=ON needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

if(STARLOOP_SANITIZE OR STARLOOP_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "STARLOOP_SANITIZE=ON needs gcc or clang")
    endif()
    set(_starloop_sanitizers address,undefined)
    if(STARLOOP_FUZZ)
        # Coverage instrumentation for libFuzzer in every library; only the harnesses link the
        # fuzzer runtime (tests/fuzz adds -fsanitize=fuzzer to them).
        set(_starloop_sanitizers fuzzer-no-link,${_starloop_sanitizers})
    endif()
    add_compile_options(-fsanitize=${_starloop_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
    message(STATUS "Starloop: instrumented build (-fsanitize=${_starloop_sanitizers})")
endif()
