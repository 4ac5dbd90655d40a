#!/usr/bin/env bash
# Checks Starloop's packaging. Run by the CTest tests of tests/packaging.cmake; by hand:
#
#   check_packaging.sh static  SOURCE_DIR VERSION
#       The files in packaging/ agree with each other and with the code: application id, icon,
#       executable, the release of VERSION in the metainfo, screenshots that exist, a Flatpak
#       manifest on the KDE runtime without network; AppStream's own validator (pedantic) reports
#       nothing but the notices listed below.
#   check_packaging.sh install BUILD_DIR WORK_DIR
#       `cmake --install BUILD_DIR` into WORK_DIR/root puts the desktop entry, the metainfo and the
#       icon where desktops and software centres look, and the installed files validate.
#   check_packaging.sh deb     SOURCE_DIR WORK_DIR VERSION
#       Configures (or reuses) a Release build of SOURCE_DIR in WORK_DIR/build with
#       CMAKE_INSTALL_PREFIX=/usr, builds it, runs `cpack -G DEB`, checks the package's control data
#       (Depends computed by dpkg-shlibdeps) and contents, unpacks it with `dpkg -x` into a scratch
#       root (never `dpkg -i`: the machine is not modified) and runs the unpacked starloop:
#       --version, a headless check, and the window for a few seconds on the offscreen platform.
#
# Environment: CMAKE, CPACK (default: cmake, cpack on PATH), CMAKE_GENERATOR (default Ninja when
# ninja is installed), STARLOOP_JOBS (default 2), QT_MAJOR_VERSION for the deb build (default 6).
# shellcheck disable=SC2015 # "A && pass || fail": pass only echoes, so fail runs only when A fails.
set -euo pipefail

APP_ID=io.github.starloop.Starloop
CMAKE=${CMAKE:-cmake}
CPACK=${CPACK:-cpack}

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
die() {
    echo "FAIL: $*" >&2
    exit 1
}
need() {
    command -v "$1" >/dev/null || die "$1 is not installed (package: $2); scripts/test installs it"
}
finish() {
    if [ "$failures" -ne 0 ]; then
        echo "== $failures check(s) failed" >&2
        exit 1
    fi
    echo "== all checks passed"
}

# expect_grep DESCRIPTION PATTERN FILE: FILE has a line matching the extended regex PATTERN.
expect_grep() {
    if grep -Eq -- "$2" "$3"; then pass "$1"; else fail "$1 (no line matching '$2' in $3)"; fi
}

# AppStream notices that are expected and not a defect:
#  - cid-contains-uppercase-letter: the reverse-DNS id keeps the capital S of "Starloop", as the
#    desktop file name, the icon and QGuiApplication::setDesktopFileName do.
#  - unknown-tag developer / developer-name-tag-deprecated: the metainfo carries both the
#    <developer> element of AppStream 1.0 and the <developer_name> older validators know
#    (Debian 12 has AppStream 0.16).
appstream_allowed='cid-contains-uppercase-letter|unknown-tag developer$|developer-name-tag-deprecated'

check_appstream_strict() {
    local file=$1 out
    out=$(appstreamcli validate --no-net --pedantic "$file" 2>&1) || {
        echo "$out" >&2
        fail "appstreamcli validate $file"
        return
    }
    local unexpected
    unexpected=$(echo "$out" | grep -E '^[EWIP]: ' | grep -Ev -- "$appstream_allowed" || true)
    if [ -n "$unexpected" ]; then
        echo "$out" >&2
        fail "appstreamcli validate --pedantic reports issues in $file: $unexpected"
    else
        pass "appstreamcli validate --pedantic: $file (only the expected notices)"
    fi
}

check_desktop_file() {
    local file=$1 out
    if out=$(desktop-file-validate "$file" 2>&1) && ! echo "$out" | grep -Eq 'error:|warning:'; then
        pass "desktop-file-validate: $file"
    else
        echo "$out" >&2
        fail "desktop-file-validate: $file"
    fi
}

mode_static() {
    local src=$1 version=$2
    local pkg=$src/packaging
    local desktop=$pkg/$APP_ID.desktop metainfo=$pkg/$APP_ID.metainfo.xml manifest=$pkg/$APP_ID.yml
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream

    for f in "$desktop" "$metainfo" "$manifest" "$pkg/CMakeLists.txt" "$src/LICENSE" \
        "$src/resources/icons/starloop.svg"; do
        [ -f "$f" ] || fail "missing $f"
    done
    [ "$failures" -eq 0 ] || finish

    check_desktop_file "$desktop"
    check_appstream_strict "$metainfo"

    # The desktop entry.
    expect_grep "desktop: Exec runs starloop" '^Exec=starloop( |$)' "$desktop"
    expect_grep "desktop: Icon is the application id" "^Icon=$APP_ID\$" "$desktop"
    expect_grep "desktop: not a terminal program" '^Terminal=false$' "$desktop"
    expect_grep "desktop: Education category" '^Categories=(.*;)?Education;' "$desktop"
    expect_grep "desktop: keywords" '^Keywords=.*interview' "$desktop"

    # The metainfo.
    expect_grep "metainfo: id" "<id>$APP_ID</id>" "$metainfo"
    expect_grep "metainfo: launchable is the desktop file" \
        "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo"
    expect_grep "metainfo: provides the starloop binary" '<binary>starloop</binary>' "$metainfo"
    expect_grep "metainfo: project licence MIT" '<project_license>MIT</project_license>' "$metainfo"
    expect_grep "metainfo: metadata licence CC0-1.0" '<metadata_license>CC0-1.0</metadata_license>' "$metainfo"
    expect_grep "metainfo: homepage" '<url type="homepage">https://github.com/starloop/starloop</url>' "$metainfo"
    expect_grep "metainfo: content rating" '<content_rating type="oars-1' "$metainfo"
    expect_grep "metainfo: category Education" '<category>Education</category>' "$metainfo"
    expect_grep "metainfo: category Development" '<category>Development</category>' "$metainfo"
    expect_grep "metainfo: developer name" '<name>[^<]+</name>' "$metainfo"
    expect_grep "metainfo: screenshot caption" '<caption>[^<]+</caption>' "$metainfo"
    expect_grep "metainfo: release $version (the CMake project version)" \
        "<release version=\"$version\" date=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"" "$metainfo"
    local newest
    newest=$(grep -Eo '<release version="[^"]+"' "$metainfo" | head -n 1 | sed -E 's/.*"(.*)"/\1/')
    [ "$newest" = "$version" ] && pass "metainfo: newest release is $version" \
        || fail "metainfo: newest release is '$newest', the project version is $version"
    local shot
    while read -r shot; do
        [ -f "$src/$shot" ] && pass "metainfo: screenshot $shot exists" \
            || fail "metainfo: screenshot $shot is not in the repository"
    done < <(grep -Eo 'packaging/screenshots/[^<"]+' "$metainfo")
    grep -q 'packaging/screenshots/' "$metainfo" || fail "metainfo: no screenshot from packaging/screenshots"

    # The code uses the same application id.
    if grep -rqs "setDesktopFileName(QStringLiteral(\"$APP_ID\"))" "$src/app"; then
        pass "the app calls setDesktopFileName(\"$APP_ID\")"
    else
        fail "no setDesktopFileName(\"$APP_ID\") under app/"
    fi
    grep -q '^<svg' "$src/resources/icons/starloop.svg" && pass "the icon is an SVG" \
        || fail "resources/icons/starloop.svg does not start with <svg"

    # The Flatpak manifest (checked as text: flatpak-builder needs the network).
    expect_grep "flatpak: id" "^id: $APP_ID\$" "$manifest"
    expect_grep "flatpak: KDE runtime" '^runtime: org\.kde\.Platform$' "$manifest"
    expect_grep "flatpak: KDE SDK" '^sdk: org\.kde\.Sdk$' "$manifest"
    expect_grep "flatpak: runtime 6.x (Qt 6, KF6 SyntaxHighlighting)" "^runtime-version: '6\.[0-9]+'\$" "$manifest"
    expect_grep "flatpak: command" '^command: starloop$' "$manifest"
    expect_grep "flatpak: cmake-ninja" 'buildsystem: cmake-ninja' "$manifest"
    expect_grep "flatpak: Qt 6 build" '-DQT_MAJOR_VERSION=6' "$manifest"
    local arg
    for arg in --share=ipc --socket=wayland --socket=fallback-x11 --device=dri; do
        expect_grep "flatpak: finish-arg $arg" "^ *- $arg\$" "$manifest"
    done
    if grep -Eq 'share=network|filesystem=(host|home)' "$manifest"; then
        fail "flatpak: the manifest grants network or home access; Starloop is offline"
    else
        pass "flatpak: no network, no blanket file-system access"
    fi
    if command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; then
        python3 -c 'import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); assert d["modules"][0]["buildsystem"] == "cmake-ninja"' \
            "$manifest" && pass "flatpak: the manifest is valid YAML" || fail "flatpak: the manifest does not parse as YAML"
    fi
    finish
}

mode_install() {
    local build=$1 work=$2
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    rm -rf "$work/root"
    mkdir -p "$work"
    "$CMAKE" --install "$build" --prefix "$work/root/usr" >"$work/install.log" 2>&1 \
        || { cat "$work/install.log" >&2; die "cmake --install $build failed"; }
    local root=$work/root/usr f
    for f in bin/starloop share/applications/$APP_ID.desktop share/metainfo/$APP_ID.metainfo.xml \
        share/icons/hicolor/scalable/apps/$APP_ID.svg share/doc/starloop/LICENSE; do
        [ -f "$root/$f" ] && pass "installed $f" || fail "cmake --install did not install $f"
    done
    [ "$failures" -eq 0 ] || finish
    check_desktop_file "$root/share/applications/$APP_ID.desktop"
    check_appstream_strict "$root/share/metainfo/$APP_ID.metainfo.xml"
    finish
}

mode_deb() {
    local src=$1 work=$2 version=$3
    need dpkg-deb dpkg
    need dpkg-shlibdeps dpkg-dev
    local build=$work/build root=$work/root generator=${CMAKE_GENERATOR:-}
    if [ -z "$generator" ] && command -v ninja >/dev/null; then generator=Ninja; fi
    mkdir -p "$work"

    echo "== configuring a Release build in $build"
    local configure=("$CMAKE" -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release
        -DQT_MAJOR_VERSION="${QT_MAJOR_VERSION:-6}" -DSTARLOOP_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr)
    [ -n "$generator" ] && [ ! -f "$build/CMakeCache.txt" ] && configure+=(-G "$generator")
    "${configure[@]}" >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; die "configure failed"; }
    echo "== building (log: $work/build.log)"
    "$CMAKE" --build "$build" -j "${STARLOOP_JOBS:-2}" >"$work/build.log" 2>&1 \
        || { tail -n 60 "$work/build.log" >&2; die "the Release build failed"; }

    echo "== cpack -G DEB"
    rm -f "$build"/*.deb
    (cd "$build" && "$CPACK" -G DEB) >"$work/cpack.log" 2>&1 \
        || { cat "$work/cpack.log" >&2; die "cpack -G DEB failed"; }
    local debs=("$build"/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || die "expected one .deb in $build, found: ${debs[*]}"
    local deb=${debs[0]}
    echo "== $deb"

    local control
    control=$(dpkg-deb -f "$deb")
    echo "$control"
    field() { echo "$control" | sed -n "s/^$1: //p"; }
    [ "$(field Package)" = starloop ] && pass "Package: starloop" || fail "Package is '$(field Package)'"
    [ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)', not $version"
    [ "$(field Architecture)" = "$(dpkg --print-architecture)" ] && pass "Architecture: $(field Architecture)" \
        || fail "Architecture is '$(field Architecture)'"
    [ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "no Maintainer"
    case "$(field Section)" in education | utils) pass "Section: $(field Section)" ;; *) fail "Section is '$(field Section)'" ;; esac
    [ -n "$(field Description)" ] && pass "has a description" || fail "no Description"
    local depends dep
    depends=$(field Depends)
    for dep in libqt6widgets6 libqt6core6 libqt6svg6 libsqlite3-0 libc6; do
        if [ "${QT_MAJOR_VERSION:-6}" != 6 ] && [[ $dep == libqt6* ]]; then continue; fi
        if echo "$depends" | grep -Eq "(^|[ ,|])$dep( |,|$)"; then
            pass "Depends includes $dep"
        else
            local why=""
            [ "$dep" != libqt6svg6 ] || why=" (its plugins draw the SVG icons; see packaging/CPackProjectConfig.cmake.in)"
            fail "Depends lacks $dep: $depends$why"
        fi
    done
    # Every dependency is satisfied by what is installed here, as on a Debian 12 with the
    # libraries: `apt-get install ./starloop_*.deb` would pull nothing unexpected.
    local group alt satisfied name relation want have unsatisfied=0
    IFS=',' read -ra groups <<<"$depends"
    for group in "${groups[@]}"; do
        satisfied=no
        IFS='|' read -ra alts <<<"$group"
        for alt in "${alts[@]}"; do
            alt=$(echo "$alt" | xargs)
            name=${alt%% *}
            name=${name%%:*}
            have=$(dpkg-query -W -f='${Status} ${Version}\n' "$name" 2>/dev/null | sed -n 's/^install ok installed //p' | head -n 1)
            [ -n "$have" ] || continue
            if [[ $alt =~ \((.+)\ (.+)\) ]]; then
                relation=${BASH_REMATCH[1]}
                want=${BASH_REMATCH[2]}
                dpkg --compare-versions "$have" "$relation" "$want" || continue
            fi
            satisfied=yes
            break
        done
        if [ $satisfied = no ]; then
            fail "dependency not satisfied by the installed packages: $(echo "$group" | xargs)"
            unsatisfied=1
        fi
    done
    [ $unsatisfied -eq 1 ] || pass "every dependency is satisfied by installed packages"

    local contents f
    contents=$(dpkg-deb -c "$deb")
    for f in ./usr/bin/starloop ./usr/share/applications/$APP_ID.desktop ./usr/share/metainfo/$APP_ID.metainfo.xml \
        ./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg; do
        echo "$contents" | grep -q " $f\$" && pass "contains $f" || fail "the .deb lacks $f"
    done

    # The rehearsal studio's audio module, where the build made one (Qt 6 with Multimedia): in
    # the package beside the program (../lib/starloop/ from usr/bin), loading with what the
    # package depends on.
    local module=lib/starloop/libstarloop-audio.so
    if [ -f "$build/$module" ]; then
        echo "$contents" | grep -q " ./usr/$module\$" && pass "contains ./usr/$module" \
            || fail "the .deb lacks ./usr/$module"
    fi

    echo "== dpkg -x into $root"
    rm -rf "$root"
    mkdir -p "$root"
    dpkg -x "$deb" "$root"
    if [ -f "$build/$module" ] && command -v python3 >/dev/null; then
        if out=$(python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1]).starloop_audio_module_v1' \
            "$root/usr/$module" 2>&1); then
            pass "the audio module loads and has its entry point"
        else
            fail "the audio module does not load: $out"
        fi
    fi
    local exe=$root/usr/bin/starloop out status
    [ -x "$exe" ] || die "$exe is not executable"
    export QT_QPA_PLATFORM=offscreen
    out=$("$exe" --version 2>&1) || fail "starloop --version exited $?: $out"
    if [ "$out" = "starloop $version" ]; then
        pass "starloop --version prints '$out'"
    else
        fail "starloop --version printed '$out', expected 'starloop $version'"
    fi
    local home=$work/home
    rm -rf "$home"
    mkdir -p "$home"
    if out=$(HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        "$exe" --database "$home/loop.sqlite" check 2>&1); then
        pass "starloop check on a new database: $(echo "$out" | tail -n 1)"
    else
        echo "$out" >&2
        fail "starloop --database ... check failed"
    fi
    # The window: still running after 5 seconds means it started (timeout's 124).
    status=0
    HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
        timeout 5 "$exe" --database "$home/window.sqlite" >"$work/window.log" 2>&1 || status=$?
    if [ $status -eq 124 ]; then
        pass "the window started and ran for 5 seconds (offscreen)"
    else
        cat "$work/window.log" >&2
        fail "starloop (window) exited with $status within 5 seconds"
    fi
    finish
}

usage() {
    sed -n '2,20p' "$0" >&2
    exit 2
}

[ $# -ge 1 ] || usage
mode=$1
shift
case "$mode" in
static) [ $# -eq 2 ] || usage; mode_static "$@" ;;
install) [ $# -eq 2 ] || usage; mode_install "$@" ;;
deb) [ $# -eq 3 ] || usage; mode_deb "$@" ;;
*) usage ;;
esac
