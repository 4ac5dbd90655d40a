# Shared by scripts/run, scripts/test and scripts/bench: finding the repo, installing what
# a fresh Debian 12 machine lacks, configuring and building a variant.
set -euo pipefail

STARLOOP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STARLOOP_JOBS=${STARLOOP_JOBS:-2}

starloop_packages_common=(cmake ninja-build g++ pkg-config libsqlite3-dev sqlite3 python3 xvfb xauth
    desktop-file-utils appstream dpkg-dev bubblewrap poppler-utils ccache default-jdk-headless)
starloop_packages_qt6=(qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev)
starloop_packages_qt5=(qtbase5-dev libqt5svg5-dev qttools5-dev qttools5-dev-tools libkf5syntaxhighlighting-dev
    extra-cmake-modules)

# starloop_install PACKAGE... : installs the packages that are not installed yet.
starloop_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
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

# starloop_build QT_MAJOR BUILD_TYPE BUILD_DIR [extra cmake args...]
starloop_build() {
    starloop_use_ccache
    local qt=$1 type=$2 dir=$3
    shift 3
    cmake -S "$STARLOOP_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DQT_MAJOR_VERSION="$qt" "$@" >/dev/null
    cmake --build "$dir" -j "$STARLOOP_JOBS"
}
