# Finds everything Starloop links against. Qt-version differences stay in this file
# and in app/core/compat.h.
if(NOT QT_MAJOR_VERSION STREQUAL "6" AND NOT QT_MAJOR_VERSION STREQUAL "5")
    message(FATAL_ERROR "QT_MAJOR_VERSION must be 6 or 5, not '${QT_MAJOR_VERSION}'")
endif()

set(_qt Qt${QT_MAJOR_VERSION})
find_package(${_qt} REQUIRED COMPONENTS Core Gui Widgets Svg PrintSupport LinguistTools Test)
if(QT_MAJOR_VERSION STREQUAL "5" AND ${_qt}_VERSION VERSION_LESS 5.15)
    message(FATAL_ERROR "Starloop needs Qt 5.15 or Qt 6; found ${${_qt}_VERSION}")
endif()

find_package(SQLite3 REQUIRED)

set(_kf KF${QT_MAJOR_VERSION})
find_package(${_kf}SyntaxHighlighting CONFIG QUIET)
if(TARGET ${_kf}::SyntaxHighlighting)
    set(STARLOOP_HAVE_KSYNTAXHIGHLIGHTING ON)
    set(STARLOOP_KSYNTAXHIGHLIGHTING_TARGET ${_kf}::SyntaxHighlighting)
    message(STATUS "Starloop: code highlighting with ${_kf}SyntaxHighlighting ${${_kf}SyntaxHighlighting_VERSION}")
else()
    set(STARLOOP_HAVE_KSYNTAXHIGHLIGHTING OFF)
    message(STATUS "Starloop: ${_kf}SyntaxHighlighting not found; code blocks will be shown in plain monospace")
endif()

message(STATUS "Starloop: Qt ${${_qt}_VERSION}, SQLite ${SQLite3_VERSION}")
