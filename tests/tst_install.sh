#!/usr/bin/env bash
# Install and package checks, run by CTest (tests/CMakeLists.txt):
#   tst_install.sh install BUILD_DIR SOURCE_DIR APP_ID   cmake --install into a temporary prefix
#   tst_install.sh deb     BUILD_DIR SOURCE_DIR APP_ID   cpack -G DEB, then dpkg-deb -x
# Both check the installed tree: the files, the validators (appstreamcli: no error, warning or
# info; pedantic notes are allowed), and `earmark --list` run from it; `install` also starts the
# installed earmark on a virtual X server and checks its window's class and icon.
# CMAKE_COMMAND and CPACK_COMMAND name the tools (default: cmake, cpack). Each run works in its
# own temporary directory, so the two can run in parallel with the rest of the suite.
set -euo pipefail

mode=${1:?mode: install or deb}
build=${2:?build directory}
source=${3:?source directory}
app_id=${4:?application id}
cmake=${CMAKE_COMMAND:-cmake}
cpack=${CPACK_COMMAND:-cpack}
expected_episodes=21

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "PASS: $*"; }
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (scripts/lib/common.sh installs it)" >&2; exit 1; }
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/earmark-tst_$mode.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

count_files() { # DIR PATTERN
    local files
    shopt -s nullglob
    # shellcheck disable=SC2206 # the pattern is meant to glob
    files=("$1"/$2)
    shopt -u nullglob
    echo "${#files[@]}"
}

# check_tree ROOT: ROOT is an installed prefix (ROOT/bin/earmark, ROOT/share/...).
check_tree() {
    local root=$1 share=$1/share
    local f
    for f in "bin/earmark" "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$app_id.svg" "share/earmark/catalog/ai-training.json"; do
        if [ -f "$root/$f" ]; then pass "installed $f"; else fail "not installed: $f"; fi
    done
    [ -x "$root/bin/earmark" ] || fail "bin/earmark is not executable"

    # Whatever audio and transcripts the sources hold are installed beside the catalog, one of
    # each for every bundled episode.
    local want got kind dir pattern
    for kind in "audio *.opus" "transcripts *.vtt"; do
        read -r dir pattern <<<"$kind"
        want=$(count_files "$source/resources/$dir" "$pattern")
        got=$(count_files "$share/earmark/$dir" "$pattern")
        if [ "$want" -eq "$got" ] && [ "$got" -eq "$expected_episodes" ]; then
            pass "$got $dir file(s) installed"
        else
            fail "$dir: $got installed, $want in the sources, $expected_episodes expected"
        fi
    done

    # The validators, on the installed copies.
    local out
    if out=$(desktop-file-validate "$share/applications/$app_id.desktop" 2>&1) && ! grep -q . <<<"$out"; then
        pass "desktop-file-validate"
    else
        fail "desktop-file-validate: $out"
    fi
    if out=$(appstreamcli validate --no-net --no-color "$share/metainfo/$app_id.metainfo.xml" 2>&1) \
        && ! grep -qE '^[EWI]: ' <<<"$out"; then
        pass "appstreamcli validate --no-net"
    else
        fail "appstreamcli validate: $out"
    fi

    # One name everywhere: the .desktop file's icon, the metainfo id and its launchable.
    grep -qx "Icon=$app_id" "$share/applications/$app_id.desktop" || fail ".desktop Icon= is not $app_id"
    grep -qx "Exec=earmark" "$share/applications/$app_id.desktop" || fail ".desktop Exec= is not earmark"
    grep -q "<id>$app_id</id>" "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo id is not $app_id"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
        "$share/metainfo/$app_id.metainfo.xml" || fail "metainfo launchable is not $app_id.desktop"

    # The installed binary runs without a display and lists the bundled episodes.
    local lines status=0
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/bin/earmark" --list 2>"$tmp/list.err") || status=$?
    lines=$(grep -c . <<<"$out" || true)
    if [ "$status" -eq 0 ] && [ "$lines" -eq "$expected_episodes" ]; then
        pass "installed earmark --list printed $lines episodes"
    else
        fail "installed earmark --list: exit $status, $lines line(s), expected $expected_episodes; stderr: $(cat "$tmp/list.err")"
    fi
}

# check_window ROOT: the installed earmark, started on a virtual X server, names its window the
# way the .desktop file expects (StartupWMClass) and sets the app icon as the window icon.
check_window() {
    local root=$1
    local desktop=$root/share/applications/$app_id.desktop
    need xvfb-run
    need xdotool
    need xprop
    cat >"$tmp/window.sh" <<'SCRIPT'
#!/usr/bin/env bash
# Inside xvfb-run: earmark BINARY DATA_DIR; prints its window's properties.
QT_QPA_PLATFORM=xcb "$1" --data-dir "$2" >/dev/null 2>&1 &
pid=$!
win=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -n 1)
[ -n "$win" ] && xprop -id "$win" WM_CLASS _NET_WM_ICON | grep -oE '^WM_CLASS.*|Icon \([0-9]+ x [0-9]+\)'
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
true
SCRIPT
    local props wm_class
    props=$(xvfb-run -a -s "-screen 0 1024x768x24" bash "$tmp/window.sh" "$root/bin/earmark" "$tmp/data" 2>/dev/null || true)
    wm_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
    if grep -qx "WM_CLASS(STRING) = \"$wm_class\", .*" <<<"$props"; then
        pass "window WM_CLASS matches StartupWMClass=$wm_class"
    else
        fail "window WM_CLASS does not match StartupWMClass=$wm_class: ${props:-no window}"
    fi
    if grep -q '^Icon (' <<<"$props"; then
        pass "window icon set: $(grep '^Icon (' <<<"$props" | tr '\n' ' ')"
    else
        fail "no window icon (_NET_WM_ICON): ${props:-no window}"
    fi
}

case $mode in
install)
    need desktop-file-validate
    need appstreamcli
    "$cmake" --install "$build" --prefix "$tmp/prefix" >"$tmp/install.log" 2>&1 \
        || { cat "$tmp/install.log" >&2; fail "cmake --install"; exit 1; }
    check_tree "$tmp/prefix"
    check_window "$tmp/prefix"
    ;;
deb)
    need dpkg-deb
    need desktop-file-validate
    need appstreamcli
    (cd "$build" && "$cpack" -G DEB -B "$tmp/out" --config "$build/CPackConfig.cmake") >"$tmp/cpack.log" 2>&1 \
        || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; exit 1; }
    debs=("$tmp"/out/*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { fail "expected one .deb in $tmp/out"; exit 1; }
    deb=${debs[0]}
    pass "built $(basename "$deb")"

    [ "$(dpkg-deb -f "$deb" Package)" = earmark ] || fail "Package is not earmark"
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "Depends: $depends"
    for pkg in libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 gstreamer1.0-plugins-base \
        gstreamer1.0-plugins-good gstreamer1.0-libav libgstreamer-plugins-bad1.0-0; do
        if grep -qE "(^|, )$pkg( |,|$)" <<<"$depends"; then pass "Depends on $pkg"; else fail "Depends lacks $pkg"; fi
    done

    dpkg-deb -x "$deb" "$tmp/root"
    check_tree "$tmp/root/usr"
    ;;
*)
    echo "usage: $0 install|deb BUILD_DIR SOURCE_DIR APP_ID" >&2
    exit 2
    ;;
esac

if [ "$failures" -ne 0 ]; then
    echo "tst_$mode: $failures check(s) failed" >&2
    exit 1
fi
echo "tst_$mode: all checks passed"
