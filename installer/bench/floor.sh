#!/usr/bin/env bash
# A lower bound for the main view (docs/responsiveness.md, "The main view's floor"): the first frame of a window
# that shows the main view's kind of content, built in code by installer/bench/ContentFloor.java and started with
# the release build's runtime, class path, options and class data, against the app's own main view. RUNS interleaved
# starts of each; prints Markdown table rows with medians and the ratio to the bare window (one label, no theme).
#
#   bash installer/bench/floor.sh [RUNS] [APP_IMAGE]      (needs the release build's app image and xvfb)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-9}
floor="$PWD/target/bench/floor"
# shellcheck source=installer/bench/app-image.sh
source installer/bench/app-image.sh
bench_compile floor "${2:-$PWD/target/package/image/permit-guide}" installer/bench/ContentFloor.java "$floor"
mkdir -p "$floor/data/cases"

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1

# Milliseconds from the start to the reported frame (the app: its main view's, with the Details section).
frame_ms() {
    local what=$1 start out key=first-frame-epoch-ms
    start=$(date +%s%3N)
    if [ "$what" = app ]; then
        key=main-view-epoch-ms
        rm -rf "$floor/data/cases" && mkdir -p "$floor/data/cases"
        cp installer/bench/sample-case.json "$floor/data/cases/sample.json"
        out=$(PERMITGUIDE_STARTUP_PROBE=exit PERMITGUIDE_DATA="$floor/data" timeout 60 \
            "$image/lib/permit-guide-command.sh" 2>/dev/null || true)
    else
        out=$(FLOOR_CONTENT="$what" timeout 60 "$image/lib/runtime/bin/java" "${options[@]}" \
            -cp "$classpath:$floor/classes" bench.ContentFloor 2>/dev/null || true)
    fi
    sed -n "s/.*$key=\([0-9]*\).*/\1/p" <<<"$out" | head -1 | awk -v s="$start" '{print $1 - s}'
}

last() { tr ' ' '\n' <<<"$1" | grep . | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
kinds=(label theme chrome form app)
declare -A times
for ((i = 1; i <= runs; i++)); do
    for kind in "${kinds[@]}"; do
        times[$kind]+="$(frame_ms "$kind") "
    done
    echo "floor: run $i/$runs: $(for kind in "${kinds[@]}"; do printf '%s %s ' "$kind" "$(last "${times[$kind]}")"; done)" >&2
done
bare=$(tr ' ' '\n' <<<"${times[label]}" | grep . | median)
describe() {
    case $1 in
        label) echo "one label, no theme (the bare window)" ;;
        theme) echo "one label on the app's theme" ;;
        chrome) echo "the theme, menus, a one-line list with three buttons, five tabs (code, no FXML)" ;;
        form) echo "the same with a 19-row form like the Details section's first part (code, no FXML)" ;;
        app) echo "Permit Guide's main view with its Details section (opening view first)" ;;
    esac
}
for kind in "${kinds[@]}"; do
    m=$(tr ' ' '\n' <<<"${times[$kind]}" | grep . | median)
    ratio=$(awk -v a="$m" -v b="$bare" 'BEGIN {printf "%.2fx", a / b}')
    echo "| $(describe "$kind"), median of $runs (ms) | $m | $ratio |"
done
