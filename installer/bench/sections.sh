#!/usr/bin/env bash
# The sections' responsiveness, measured by a scripted walk in the packaged app (installer/bench/SectionWalk.java):
# first and later visit of each section, the Guide's result, each screen of the interview and the largest JavaFX pulse
# during the walk (the pulse logger's figures),
# the median over RUNS walks. Prints Markdown table rows (| measure | figure | budget |); installer/benchmark.sh
# puts them into its table.
#
#   bash installer/bench/sections.sh [RUNS] [APP_IMAGE]      (needs the release build's app image and xvfb)
#
# Under an X server already given by $DISPLAY it uses that one, else it starts its own with xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
walk="$PWD/target/bench/walk"
# shellcheck source=installer/bench/app-image.sh
source installer/bench/app-image.sh
bench_compile sections "${2:-$PWD/target/package/image/permit-guide}" installer/bench/SectionWalk.java "$walk"

one_walk() {
    local data log=$1
    data=$(mktemp -d)
    mkdir -p "$data/cases" && cp installer/bench/sample-case.json "$data/cases/sample.json"
    local run=("$image/lib/runtime/bin/java" "${options[@]}" -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0
        -cp "$classpath:$walk/classes" bench.SectionWalk)
    if [ -n "${DISPLAY:-}" ]; then
        PERMITGUIDE_DATA="$data" timeout 180 "${run[@]}" >"$log" 2>&1 || true
    else
        PERMITGUIDE_DATA="$data" timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}" >"$log" 2>&1 || true
    fi
    rm -rf "$data"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

for ((i = 1; i <= runs; i++)); do
    one_walk "$walk/run$i.log"
    grep -q 'walk: section=' "$walk/run$i.log" || { echo "sections: walk $i failed, see $walk/run$i.log" >&2; continue; }
    # The largest pulse between the walk's markers (the pulse logger's "PULSE: n [wait:duration]" lines).
    awk '/walk-start/ {on = 1} /walk-end/ {on = 0} on && /^PULSE:/' "$walk/run$i.log" \
        | sed 's/.*\[[0-9]*ms:\([0-9]*\)ms\].*/\1/' | sort -n | tail -1 > "$walk/run$i.maxpulse"
    echo "sections: walk $i/$runs: $(grep -o 'walk: section=.*' "$walk/run$i.log" | sed 's/walk: //' | paste -sd' '), largest pulse $(cat "$walk/run$i.maxpulse") ms" >&2
done

figure() { cat "$walk"/run*.log 2>/dev/null | sed -n "s/.*walk: section=$1 .*$2=\([0-9]*\).*/\1/p" | median; }
for tab in detailsTab guideTab checklistTab timelineTab packetTab; do
    name=${tab%Tab}; name=${name^}
    if [ "$tab" != detailsTab ]; then
        echo "| first visit of $name (selection to its laid-out frame), median of $runs walks (ms) | $(figure "$tab" first-ms) | at most 250 |"
    fi
    echo "| later visit of $name, median (ms) | $(figure "$tab" later-ms) | at most 50 |"
done
walk_figure() { cat "$walk"/run*.log 2>/dev/null | sed -n "s/.*walk: .*$1=\([0-9]*\).*/\1/p"; }
echo "| the Guide's result (Show the result, press to its laid-out frame), median of $runs walks (ms) | $(walk_figure guide-result-ms | median) | at most 250 |"
echo "| first screen of the interview (Answer the questions one by one), median of $runs walks (ms) | $(walk_figure interview-first-ms | median) | at most 250 |"
echo "| each further screen of the interview (Next; $(walk_figure interview-screens | median) screens), median of the walks' largest (max) (ms) | $(walk_figure interview-largest-ms | median) ($(walk_figure interview-largest-ms | sort -n | tail -1)) | at most 250 |"
echo "| largest pulse during the walk (switching, typing), median of the walks' largest (max) (ms) | $(cat "$walk"/run*.maxpulse 2>/dev/null | median) ($(cat "$walk"/run*.maxpulse 2>/dev/null | sort -n | tail -1)) | at most 100 |"
