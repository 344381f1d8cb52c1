#!/usr/bin/env bash
# Package test, as a user meets the app: build the .deb with the release profile, install it with apt, run the
# installed command (and jpackage's native launcher), open the installed GUI the way the menu entry does under Xvfb
# until its window is up (and belongs to the menu entry), close it, remove the package and check that the user's
# data folder is still there.
# Any failure exits non-zero.
# Needs root (apt-get) and network access to the Debian mirror for the package's dependencies.
#   bash installer/ci-package.sh            (.ci/run calls it)
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

step() { echo "ci-package: $*"; }
fail() { echo "ci-package: FAILED: $*" >&2; exit 1; }

step "tools for the check (xvfb, xdotool, xprop)"
apt-get install -y -qq --no-install-recommends xvfb xauth xdotool x11-utils >/dev/null

step "building the .deb (mvn -Prelease)"
mvn -B -ntp -q -Prelease -DskipTests package
deb=$(ls -t target/permit-guide_*.deb | head -1)
[ -f "$deb" ] || fail "no .deb in target/"
size_mb=$(( $(stat -c %s "$deb") / 1048576 ))
step "built $deb ($size_mb MB)"
[ "$size_mb" -le 45 ] || fail ".deb is $size_mb MB, budget 45 MB"

if dpkg -s permit-guide >/dev/null 2>&1; then
    step "removing an earlier install"
    apt-get remove -y -qq permit-guide >/dev/null
fi
step "apt-get install ./$deb"
apt-get install -y -qq "./$deb" >/dev/null
dpkg -s permit-guide | grep -q '^Status: install ok installed' || fail "package not installed"

launcher=/usr/bin/permit-guide
native=/usr/lib/permit-guide/bin/permit-guide
[ -x "$launcher" ] || fail "$launcher missing"
[ -x "$native" ] || fail "$native missing"
entry=/usr/share/applications/permit-guide.desktop
[ -f "$entry" ] || fail "menu entry missing"
menu_exec=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$entry")
[ "$(readlink -f "$menu_exec")" = "$(readlink -f "$launcher")" ] || fail "menu entry starts $menu_exec, not the command $launcher links to"
grep -q '^Name\[zh_CN\]=' "$entry" || fail "menu entry has no Chinese name"
[ -f /usr/share/icons/hicolor/256x256/apps/permit-guide.png ] || fail "icon missing"
[ -f /usr/share/mime/packages/permit-guide.xml ] || fail "case file type missing"
[ -f /usr/share/metainfo/io.permitguide.PermitGuide.metainfo.xml ] || fail "AppStream metainfo missing"
grep -q 'application/json' "$entry" && fail "the menu entry claims application/json"
[ -s /usr/lib/permit-guide/lib/app/permit-guide.jsa ] || [ -s /usr/lib/permit-guide/lib/app/permit-guide.aot ] \
    || fail "no class-data archive in the installed app"
# Every file of the menu, icons, file type and command belongs to the package (dpkg knows it).
for owned in /usr/bin/permit-guide "$entry" /usr/share/mime/packages/permit-guide.xml \
        /usr/share/icons/hicolor/256x256/apps/permit-guide.png /usr/share/doc/permit-guide/copyright; do
    dpkg -S "$owned" >/dev/null 2>&1 || fail "$owned is not a file of the package"
done

step "permit-guide --version"
version=$("$launcher" --version 2>&1) || fail "--version exited non-zero: $version"
echo "  $version"
grep -q '^Permit Guide [0-9]' <<<"$version" || fail "unexpected --version output"
if grep -qi 'warning' <<<"$version"; then fail "the launcher printed a warning: $version"; fi
native_version=$("$native" --version 2>&1) || fail "$native --version exited non-zero: $native_version"
[ "$native_version" = "$version" ] || fail "jpackage's launcher says \"$native_version\", the command \"$version\""

step "permit-guide --help"
help=$("$launcher" --help 2>&1) || fail "--help exited non-zero"
grep -q 'Usage: permit-guide' <<<"$help" || fail "unexpected --help output"

# A real command on a case file, headless: the packet (PDF) of the screenshots' case.
packet_dir=$(mktemp -d)
step "permit-guide packet installer/screenshots/lily.pgcase"
PERMITGUIDE_DATA="$packet_dir/data" "$launcher" packet installer/screenshots/lily.pgcase -o "$packet_dir/packet.pdf" \
    || fail "packet exited non-zero"
[ "$(head -c 5 "$packet_dir/packet.pdf")" = "%PDF-" ] || fail "packet wrote no PDF"
echo "  packet.pdf: $(( $(stat -c %s "$packet_dir/packet.pdf") / 1024 )) KB"
rm -rf "$packet_dir"

# The GUI runs as a user would, with a data folder of its own that must outlive the package.
data=$(mktemp -d)/permit-guide-data
mkdir -p "$data/cases"
cp installer/bench/sample-case.json "$data/cases/sample.json"
step "opening the installed GUI under Xvfb as the menu entry does ($menu_exec)"
gui_log=$(mktemp)
PERMITGUIDE_DATA="$data" PERMITGUIDE_STARTUP_PROBE=print \
    xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
        "$2" >"$1" 2>&1 &
        app=$!
        for _ in $(seq 1 120); do
            if xdotool search --name "Permit Guide" >/dev/null 2>&1; then break; fi
            sleep 0.5
        done
        found=$(xdotool search --name "Permit Guide" 2>/dev/null | head -1 || true)
        # The window opens with the opening view; wait for the main view in it.
        for _ in $(seq 1 60); do grep -q "^startup-probe: main-view" "$1" && break; sleep 0.25; done
        if [ -n "$found" ]; then
            echo "  window \"$(xdotool getwindowname "$found")\" is up; closing it"
            xprop -id "$found" WM_CLASS >"$1.wmclass" 2>&1 || true
            xdotool windowclose "$found" 2>/dev/null || kill "$app"
        else
            kill "$app" 2>/dev/null || true
        fi
        for _ in $(seq 1 40); do kill -0 "$app" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$app" 2>/dev/null || true
        [ -n "$found" ]
    ' _ "$gui_log" "$menu_exec" || { cat "$gui_log" >&2; fail "the installed GUI showed no window"; }
grep '^startup-probe:' "$gui_log" | sed 's/^/  /' || fail "the window never reported its first frame"
grep -q '^startup-probe: main-view' "$gui_log" || fail "the main view never came up in the window"
# The desktop groups the window under the menu entry (its icon and name) only if the two name the same class.
wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
grep -q "\"$wm_class\"" "$gui_log.wmclass" || fail "window class $(cat "$gui_log.wmclass") is not the menu entry's $wm_class"
echo "  window class $wm_class, as the menu entry says"

step "apt-get remove permit-guide"
apt-get remove -y -qq permit-guide >/dev/null
dpkg -s permit-guide 2>/dev/null | grep -q '^Status: install ok installed' && fail "package still installed"
[ ! -e /usr/bin/permit-guide ] || fail "/usr/bin/permit-guide left behind"
[ ! -e /usr/share/applications/permit-guide.desktop ] || fail "menu entry left behind"
[ ! -e /usr/lib/permit-guide ] || fail "/usr/lib/permit-guide left behind: $(find /usr/lib/permit-guide | head -3)"
[ -f "$data/cases/sample.json" ] || fail "the user's data folder did not survive the removal"
step "data folder kept: $data"
rm -rf "$(dirname "$data")" "$gui_log" "$gui_log.wmclass"
step "OK"
