#!/usr/bin/env bash
# Set-up for CXone Console on Debian 12: installs the Debian packages the build, the tests and the
# GUI tests need (only the missing ones), builds, and then runs the console or the test suite.
#
#   installer/setup.sh run    build, then open the console on the built-in demo tenant
#   installer/setup.sh test   build with warnings as errors, then run the whole test suite
#   installer/setup.sh build  install what is missing and build
#   installer/setup.sh deps   only install what is missing
# Options: --sanitize (ASan+UBSan build in build-asan/), --build-dir DIR, --jobs N
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
action="${1:-build}"
shift || true
sanitize=0
build_dir=""
jobs="$(nproc 2>/dev/null || echo 2)"
while [ $# -gt 0 ]; do
    case "$1" in
        --sanitize) sanitize=1 ;;
        --build-dir) build_dir="$2"; shift ;;
        --jobs) jobs="$2"; shift ;;
        *) echo "setup.sh: unknown option '$1'" >&2; exit 2 ;;
    esac
    shift
done
case "$action" in run|test|build|deps) ;; *)
    echo "usage: installer/setup.sh run|test|build|deps [--sanitize] [--build-dir DIR] [--jobs N]" >&2
    exit 2 ;;
esac
if [ -z "$build_dir" ]; then
    if [ "$sanitize" = 1 ]; then build_dir="$root/build-asan"; else build_dir="$root/build"; fi
fi

packages=(
    cmake ninja-build g++ pkg-config file dpkg-dev ccache
    qt6-base-dev qt6-base-dev-tools qt6-l10n-tools libgl-dev
    qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libqt6sql6-sqlite
    libphonenumber-dev libprotobuf-dev libpcre2-dev zlib1g-dev libssl-dev
    libcurl4-openssl-dev
    libsimdjson-dev
    qtkeychain-qt6-dev
    xvfb xauth python3-dogtail
)

install_missing() {
    local missing=()
    local status
    for p in "${packages[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
    # One configuration for run, test and build, so that "setup.sh run" after "setup.sh test"
    # rebuilds nothing. ccache (when installed) lets clones in other folders share its cache.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
    export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    # Line tables only (-g1), compressed (-gz): enough for backtraces and sanitizer reports.
    # Full debug info made the two build folders 14.5 GB, most of it in the test executables;
    # -g1 alone still left 6.8 GB (5.6 GB of it the sanitizer build), which filled a small disk.
    local args=(-S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
                "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -gz -DNDEBUG"
                "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -gz -DNDEBUG"
                -DWARNINGS_AS_ERRORS=ON)
    if [ "$sanitize" = 1 ]; then
        # The sanitizer build runs the tests again; benchmarks measure the normal build only.
        args+=(-DSANITIZE=ON -DCXONE_BUILD_BENCHMARKS=OFF)
    else
        args+=(-DSANITIZE=OFF)
    fi
    cmake "${args[@]}" >/dev/null
    cmake --build "$build_dir" -j "$jobs"
}

install_missing
case "$action" in
    deps) ;;
    build) build ;;
    test)
        build
        export QT_QPA_PLATFORM=offscreen
        if [ "$sanitize" = 1 ]; then
            export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
            export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
        fi
        ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 600
        ;;
    run)
        build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found. On a headless machine run the console under a virtual X server:" >&2
            echo "    xvfb-run -a bash installer/setup.sh run" >&2
            exit 1
        fi
        exec "$build_dir/app/console/cxone-console" --demo
        ;;
esac
