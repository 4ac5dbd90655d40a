# Packaging tests (packaging/): the desktop entry and the AppStream metainfo validate, the files
# agree with each other and with the code, `cmake --install` puts them where desktops look, and
# CPack's .deb builds, unpacks and runs. Included from tests/CMakeLists.txt.
#
# The validators come from Debian's desktop-file-utils and appstream, dpkg-shlibdeps from dpkg-dev;
# scripts/test installs them. Where one is missing, the tests that need it are not registered and
# configure says so.
#
#   ctest -L packaging            all of them
#   ctest -L packaging -LE slow   all but packaging.deb (a separate Release build: minutes)

set(_pkg_dir ${PROJECT_SOURCE_DIR}/packaging)
set(_pkg_app_id io.github.starloop.Starloop)
set(_pkg_check ${_pkg_dir}/tests/check_packaging.sh)

find_program(STARLOOP_BASH bash)
find_program(STARLOOP_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(STARLOOP_APPSTREAMCLI appstreamcli)
find_program(STARLOOP_DPKG_DEB dpkg-deb)
find_program(STARLOOP_DPKG_SHLIBDEPS dpkg-shlibdeps)

if(STARLOOP_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging.desktop
             COMMAND ${STARLOOP_DESKTOP_FILE_VALIDATE} ${_pkg_dir}/${_pkg_app_id}.desktop)
    # It exits 0 on warnings; a warning is a defect here too (hints are not).
    set_tests_properties(packaging.desktop PROPERTIES LABELS packaging FAIL_REGULAR_EXPRESSION "error:;warning:")
else()
    message(STATUS "Starloop: desktop-file-validate not found (package desktop-file-utils): "
                   "packaging.desktop is not registered")
endif()

if(STARLOOP_APPSTREAMCLI)
    # Plain validation: --pedantic also passes, but always notes the capital letter of the
    # mandated id; packaging.static runs the pedantic validation and allows exactly that notice.
    add_test(NAME packaging.metainfo
             COMMAND ${STARLOOP_APPSTREAMCLI} validate --no-net ${_pkg_dir}/${_pkg_app_id}.metainfo.xml)
    set_tests_properties(packaging.metainfo PROPERTIES LABELS packaging)
else()
    message(STATUS "Starloop: appstreamcli not found (package appstream): packaging.metainfo is not registered")
endif()

if(STARLOOP_BASH AND STARLOOP_DESKTOP_FILE_VALIDATE AND STARLOOP_APPSTREAMCLI)
    add_test(NAME packaging.static
             COMMAND ${STARLOOP_BASH} ${_pkg_check} static ${PROJECT_SOURCE_DIR} ${PROJECT_VERSION})
    add_test(NAME packaging.install
             COMMAND ${STARLOOP_BASH} ${_pkg_check} install ${CMAKE_BINARY_DIR}
                     ${CMAKE_CURRENT_BINARY_DIR}/packaging-install)
    set_tests_properties(packaging.static packaging.install PROPERTIES
        LABELS packaging ENVIRONMENT "CMAKE=${CMAKE_COMMAND}" TIMEOUT 120)
else()
    message(STATUS "Starloop: bash, desktop-file-validate or appstreamcli missing: "
                   "packaging.static and packaging.install are not registered")
endif()

# The .deb is the Qt 6 product: built from the Qt 6 tree only.
if(NOT QT_MAJOR_VERSION STREQUAL "6")
    message(STATUS "Starloop: packaging.deb is registered in the Qt 6 build only")
elseif(STARLOOP_BASH AND STARLOOP_DPKG_DEB AND STARLOOP_DPKG_SHLIBDEPS)
    add_test(NAME packaging.deb
             COMMAND ${STARLOOP_BASH} ${_pkg_check} deb ${PROJECT_SOURCE_DIR}
                     ${CMAKE_CURRENT_BINARY_DIR}/packaging-deb ${PROJECT_VERSION})
    set_tests_properties(packaging.deb PROPERTIES
        LABELS "packaging;slow"
        TIMEOUT 1800
        ENVIRONMENT "CMAKE=${CMAKE_COMMAND};CPACK=${CMAKE_CPACK_COMMAND};CMAKE_GENERATOR=${CMAKE_GENERATOR};QT_MAJOR_VERSION=6;QT_QPA_PLATFORM=offscreen")
else()
    message(STATUS "Starloop: dpkg-deb or dpkg-shlibdeps not found (package dpkg-dev): "
                   "packaging.deb is not registered")
endif()

# The Flatpak manifest, as far as it can be checked offline (packaging/tests/check_flatpak.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
    add_test(NAME packaging.flatpak COMMAND ${Python3_EXECUTABLE} ${_pkg_dir}/tests/check_flatpak.py ${PROJECT_SOURCE_DIR})
    set_tests_properties(packaging.flatpak PROPERTIES LABELS packaging SKIP_RETURN_CODE 77)
endif()
