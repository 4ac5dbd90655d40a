# Shared by scripts/run, scripts/test and scripts/bench: finding the repo, installing what
# a fresh Debian 12 machine lacks, configuring and building a variant.
set -euo pipefail

STARLOOP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STARLOOP_JOBS=${STARLOOP_JOBS:-2}

starloop_packages_common=(cmake ninja-build g++ pkg-config libsqlite3-dev sqlite3 python3 python3-yaml xvfb xauth
    desktop-file-utils appstream dpkg-dev bubblewrap poppler-utils ccache default-jdk-headless clang-format
    debootstrap nodejs npm)
starloop_packages_qt6=(qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev
    # the rehearsal studio: recording and playback (GStreamer's Opus/Ogg encoders and WAV/FLAC
    # elements), the interviewer's voice (Flite; Qt6TextToSpeech's CMake package needs
    # Qt6QmlIntegration from qt6-declarative-dev)
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio qt6-speech-dev
    qt6-speech-flite-plugin qt6-declarative-dev)
starloop_packages_qt5=(qtbase5-dev libqt5svg5-dev qttools5-dev qttools5-dev-tools libkf5syntaxhighlighting-dev
    extra-cmake-modules)

# starloop_install PACKAGE... : installs the packages that are not installed yet.
starloop_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        # NodeSource's nodejs carries its own npm and conflicts with Debian's: a working npm will do.
        [ "$pkg" = npm ] && command -v npm >/dev/null && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "== Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; return 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ccache, when installed, keeps repeated builds (the Qt 5 and Qt 6 trees, CI after a local run)
# short; CCACHE_BASEDIR makes it match across checkouts in different folders. CMake reads
# CMAKE_CXX_COMPILER_LAUNCHER from the environment for every tree it configures.
starloop_use_ccache() {
    command -v ccache >/dev/null || return 0
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    export CCACHE_BASEDIR=$STARLOOP_ROOT
    export CCACHE_NOHASHDIR=true
    export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-6G}
}

# starloop_build QT_MAJOR BUILD_TYPE BUILD_DIR [extra cmake args...]: warnings are errors.
starloop_build() {
    starloop_use_ccache
    local qt=$1 type=$2 dir=$3
    shift 3
    cmake -S "$STARLOOP_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DQT_MAJOR_VERSION="$qt" \
        -DSTARLOOP_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j "$STARLOOP_JOBS"
}

# starloop_check_format: every C++ file of app/ and tests/ (not the bank's solutions in
# tests/coding) as .clang-format says; lists the files that differ.
starloop_check_format() {
    local formatter files bad=()
    formatter=$(command -v clang-format-14 || command -v clang-format) || { echo "clang-format is missing"; return 1; }
    mapfile -t files < <(cd "$STARLOOP_ROOT" && git ls-files 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | grep -v '^tests/coding/')
    local f
    for f in "${files[@]}"; do
        "$formatter" --dry-run --Werror "$STARLOOP_ROOT/$f" >/dev/null 2>&1 || bad+=("$f")
    done
    if [ ${#bad[@]} -gt 0 ]; then
        echo "not formatted as .clang-format says (run: clang-format -i FILE):"
        printf '   %s\n' "${bad[@]}"
        return 1
    fi
    echo "${#files[@]} files formatted as .clang-format says"
}
