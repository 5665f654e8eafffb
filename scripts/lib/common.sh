# Shared by scripts/run and scripts/test. The package lists below are the single source of truth
# for what Earmark needs on Debian 12.
# shellcheck shell=bash

# Build and run: compiler, CMake, Qt 6 (base, multimedia, SQLite driver, tools, Linguist),
# the GStreamer plugins that real podcast audio needs (MP3, AAC, Opus, Vorbis, FLAC, WAV),
# GStreamer's headers for the playback engine (GstPlay from plugins-bad, scaletempo in -good), and
# TagLib for the tags of audio files in local folders.
EARMARK_PACKAGES=(
    g++ cmake ninja-build pkgconf
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libgstreamer-plugins-bad1.0-dev
    libtag1-dev
)

# Tests on top: a real X server and D-Bus session for the desktop tests, GStreamer's tools to
# generate short clips in every format, AppStream and desktop-file validators, dpkg for the .deb,
# xprop (x11-utils) to read the window's class and icon.
EARMARK_TEST_PACKAGES=(
    xvfb xauth xdotool dbus dbus-x11 gstreamer1.0-tools appstream desktop-file-utils
    dpkg-dev fakeroot file x11-utils zlib1g-dev
)

# Fuzzing and the sanitizer build (scripts/fuzz, run by scripts/test): clang with libFuzzer.
EARMARK_FUZZ_PACKAGES=(
    clang libfuzzer-14-dev
)

# Regenerating the bundled narrations (resources/audio/make-narrations.sh): Festival with the
# HTS voice it narrates with, the Opus encoder and Python. Not needed to build, run or test.
# (espeak-ng and festvox-kallpc16k only for `make-lessons.py --voice espeak|kal`, to compare.)
EARMARK_NARRATION_PACKAGES=(
    festival festvox-us-slt-hts opus-tools python3
)

earmark_root() {
    cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd
}

# Installs whichever of the given packages are missing; does nothing when all are present.
earmark_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "earmark: installing ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "earmark: need root or sudo to install: ${missing[*]}" >&2
            return 1
        }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds a tree: earmark_build DIR BUILD_TYPE [cmake args...]
earmark_build() {
    local dir=$1 type=$2
    shift 2
    local root
    root=$(earmark_root)
    if [ ! -f "$root/$dir/build.ninja" ]; then
        cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@"
    else
        cmake "$root/$dir" "$@" >/dev/null
    fi
    cmake --build "$root/$dir" --parallel "$(nproc)"
}
