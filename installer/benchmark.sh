#!/usr/bin/env bash
# Start-up, size and memory benchmark of the packaged app against a bare JavaFX window packaged the same way.
#
#   bash installer/benchmark.sh [RUNS]        (default 9 runs each; needs xvfb, run from anywhere)
#
# Uses the release build in target/ (builds it with `mvn -Prelease -DskipTests package` when missing), packages
# installer/bench/BareWindow.java (one label) with the same jlink options, jpackage app image and trained class
# data, then starts the two alternately under one Xvfb server: the way the menu entry starts the app (the command
# script, installer/linux/permit-guide-command.sh, and the same script for the bare window), and through jpackage's
# native launchers. "First window" is the time from just before the start to the first laid-out frame of the shown
# window, as both apps report it (io.permitguide.ui.StartupProbe); for the app that is its opening view, and the
# table also gives the time to the main view's first frame. The app opens with one case in a fresh data folder.
# Then the sections' walk (installer/bench/sections.sh: first and later visits, largest pulse) and cold command-line
# runs of packet, assess, checklist and timeline. Prints one Markdown table (docs/responsiveness.md keeps the latest).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-9}
target="$root/target"
pkg="$target/package"
image="$pkg/image/permit-guide"
bench="$target/bench"
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jdk="$JAVA_HOME/bin"

log() { echo "benchmark: $*" >&2; }

if [ ! -x "$image/bin/permit-guide" ] || ! ls "$target"/permit-guide_*.deb >/dev/null 2>&1; then
    log "building the release package"
    mvn -B -q -Prelease -DskipTests package >&2
fi
deb=$(ls -t "$target"/permit-guide_*.deb | head -1)
if grep -q 'AOTCache' "$image/lib/app/permit-guide.cfg"; then mode=aot; else mode=appcds; fi
# The build leaves the path-bound AppCDS archive out of the package; make it for the image where it stands.
if [ "$mode" = appcds ] && [ ! -s "$image/lib/app/permit-guide.jsa" ]; then
    sh "$image/lib/make-class-data.sh" "$image"
fi

# --- the bare JavaFX window, packaged like the app -------------------------------------------------------------
bare="$bench/image/bare-window"
# The same VM options as the app (JIT, heap, collector) and class data, so only the app's own work differs;
# packaged again when they change.
vm_options=()
while read -r option; do vm_options+=(--java-options "$option"); done \
    < <(sed -n 's/^java-options=//p' "$image/lib/app/permit-guide.cfg" | grep -e '^-XX:' -e '^-Xm' -e '^-Dfile' \
        | grep -v -e SharedArchiveFile -e AOTCache)
if [ ! -x "$bare/bin/bare-window" ] || [ "$(cat "$bench/vm-options" 2>/dev/null)" != "$mode ${vm_options[*]}" ]; then
    log "packaging the bare JavaFX window"
    rm -rf "$bench" && mkdir -p "$bench/classes" "$bench/input"
    "$jdk/javac" -d "$bench/classes" --module-path "$pkg/fx" --add-modules javafx.controls installer/bench/BareWindow.java
    "$jdk/jar" --create --file "$bench/input/bare-window.jar" -C "$bench/classes" .
    modules=$("$jdk/jdeps" --print-module-deps --ignore-missing-deps --module-path "$pkg/fx" "$bench/input/bare-window.jar")
    "$jdk/jlink" --module-path "$pkg/fx" --add-modules "$modules,jdk.localedata" --include-locales=en,zh \
        --exclude-resources='**.so,**.dll,**.dylib' --strip-debug --no-header-files --no-man-pages --output "$bench/runtime"
    cp "$pkg"/natives/*.so "$bench/runtime/lib/"
    if [ "$mode" = aot ]; then run_option='-XX:AOTCache=$APPDIR/bare-window.aot'; else run_option='-XX:SharedArchiveFile=$APPDIR/bare-window.jsa'; fi
    "$jdk/jpackage" --type app-image --name bare-window --input "$bench/input" --main-jar bare-window.jar \
        --main-class bench.BareWindow --runtime-image "$bench/runtime" --dest "$bench/image" \
        "${vm_options[@]}" --java-options "$run_option"
    cp installer/linux/make-class-data.sh "$bare/lib/"
    bash installer/linux/train-class-data.sh "$bare" "$mode" bare-window installer/bench/sample-case.json >&2
    echo "$mode ${vm_options[*]}" > "$bench/vm-options"
fi

# The bare window starts the way the menu starts the app: the same script, reading the bare window's .cfg.
bare_command="$bare/lib/bare-window-command.sh"
sed 's#permit-guide\.cfg#bare-window.cfg#' installer/linux/permit-guide-command.sh > "$bare_command"
chmod +x "$bare_command"

# --- one Xvfb for all runs ----------------------------------------------------------------------------------------
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
work=$(mktemp -d)
cleanup() { kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

fresh_data() {
    rm -rf "$work/data" && mkdir -p "$work/data/cases"
    cp installer/bench/sample-case.json "$work/data/cases/sample.json"
}

# Prints the milliseconds from launch to the window's first frame and to the main view's (the app opens with its
# opening view, then the main view; the bare window has only the one), from the probe lines.
window_ms() {
    local launcher=$1 start out first main
    fresh_data
    start=$(date +%s%3N)
    out=$(PERMITGUIDE_STARTUP_PROBE=exit PERMITGUIDE_DATA="$work/data" timeout 60 "$launcher" 2>/dev/null | grep '^startup-probe:' || true)
    first=$(sed -n 's/.*first-frame-epoch-ms=\([0-9]*\).*/\1/p' <<<"$out")
    main=$(sed -n 's/.*main-view-epoch-ms=\([0-9]*\).*/\1/p' <<<"$out")
    [ -n "$first" ] || { log "no window from $launcher"; echo "0 0"; return; }
    echo "$((first - start)) $((${main:-$first} - start))"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
minmax() { sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }

# Warm the page cache once for each, then alternate so that background load hits all alike.
window_ms "$image/lib/permit-guide-command.sh" >/dev/null
window_ms "$bare_command" >/dev/null
app_times=() app_main_times=() bare_times=() app_native_times=() bare_native_times=()
for ((i = 1; i <= runs; i++)); do
    read -r first main < <(window_ms "$image/lib/permit-guide-command.sh")
    app_times+=("$first") app_main_times+=("$main")
    bare_times+=("$(window_ms "$bare_command" | cut -d' ' -f1)")
    app_native_times+=("$(window_ms "$image/bin/permit-guide" | cut -d' ' -f1)")
    bare_native_times+=("$(window_ms "$bare/bin/bare-window" | cut -d' ' -f1)")
    log "run $i/$runs: menu's way: app ${app_times[-1]} ms (main view ${app_main_times[-1]} ms), bare ${bare_times[-1]} ms;" \
        "native launchers: app ${app_native_times[-1]} ms, bare ${bare_native_times[-1]} ms"
done

# A cold command-line start to a written packet (issue 6), through the terminal command and the menu's launcher.
packet_ms() {
    local launcher=$1 start end
    fresh_data
    start=$(date +%s%3N)
    PERMITGUIDE_DATA="$work/data" "$launcher" packet installer/bench/sample-case.json -o "$work/packet.pdf" >/dev/null 2>&1 \
        || { log "no packet from $launcher"; echo 0; return; }
    end=$(date +%s%3N)
    echo $((end - start))
}
command_times=() native_times=()
for ((i = 1; i <= runs; i++)); do
    command_times+=("$(packet_ms "$image/lib/permit-guide-command.sh")")
    native_times+=("$(packet_ms "$image/bin/permit-guide")")
done
packet_kb=$(( $(stat -c %s "$work/packet.pdf") / 1024 ))

# The report commands from a cold command line, through the terminal command (issue 20).
report_ms() {
    local command=$1 start end
    fresh_data
    start=$(date +%s%3N)
    PERMITGUIDE_DATA="$work/data" "$image/lib/permit-guide-command.sh" "$command" installer/bench/sample-case.json >/dev/null 2>&1 \
        || { log "no $command output"; echo 0; return; }
    end=$(date +%s%3N)
    echo $((end - start))
}
declare -A report_median
for command in assess checklist timeline; do
    times=()
    for ((i = 1; i <= runs; i++)); do times+=("$(report_ms "$command")"); done
    report_median[$command]=$(printf '%s\n' "${times[@]}" | median)
done

# The sections' walk, under the same Xvfb.
section_rows=$(bash installer/bench/sections.sh "$runs" "$image")

# Resident memory of the open window a few seconds after it showed (the launcher runs the JVM in its own process).
rss_mb() {
    local launcher=$1 pid kb
    fresh_data
    PERMITGUIDE_STARTUP_PROBE=print PERMITGUIDE_DATA="$work/data" "$launcher" >"$work/rss.log" 2>/dev/null &
    pid=$!
    for _ in $(seq 1 120); do grep -q '^startup-probe:' "$work/rss.log" && break; sleep 0.25; done
    sleep 3
    kb=$(ps -o rss= --pid "$pid" --ppid "$pid" | awk '{s+=$1} END {print s}')
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo $((kb / 1024))
}
app_rss=$(rss_mb "$image/lib/permit-guide-command.sh")
bare_rss=$(rss_mb "$bare_command")

app_median=$(printf '%s\n' "${app_times[@]}" | median)
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
ratio=$(awk -v a="$app_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')
app_main_median=$(printf '%s\n' "${app_main_times[@]}" | median)
main_ratio=$(awk -v a="$app_main_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')
app_native_median=$(printf '%s\n' "${app_native_times[@]}" | median)
bare_native_median=$(printf '%s\n' "${bare_native_times[@]}" | median)
native_ratio=$(awk -v a="$app_native_median" -v b="$bare_native_median" 'BEGIN {printf "%.2f", a / b}')
deb_mb=$(awk -v s="$(stat -c %s "$deb")" 'BEGIN {printf "%.1f", s / 1048576}')
image_mb=$(du -sm "$image" | cut -f1)
bare_mb=$(du -sm "$bare" | cut -f1)

cat <<EOF

Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), $("$jdk/java" -version 2>&1 | head -1), class data: $mode, Xvfb software rendering, $runs runs each

| measure | Permit Guide | bare JavaFX window | budget |
|---|---|---|---|
| first window as the menu starts it (command script, both), median (ms) | $app_median | $bare_median | app at most 1.3x bare: **${ratio}x** |
| the same, range (ms) | $(printf '%s\n' "${app_times[@]}" | minmax) | $(printf '%s\n' "${bare_times[@]}" | minmax) | |
| main view in the window (case list, menus, the case's section), menu's way, median (ms) | $app_main_median | $bare_median (its first frame) | at most 1.4x bare: **${main_ratio}x** |
| first window through jpackage's native launchers (both), median (ms) | $app_native_median | $bare_native_median | **${native_ratio}x** |
| RSS of the open window (MB) | $app_rss (one case) | $bare_rss | at most 250 MB |
| .deb (MB) | $deb_mb | | at most 45 MB |
| app image on disk (MB) | $image_mb | $bare_mb | |
| \`packet\` from a cold command line, \`permit-guide\` command, median (ms) | $(printf '%s\n' "${command_times[@]}" | median) | | at most 700 |
| the same through jpackage's native launcher, median (ms) | $(printf '%s\n' "${native_times[@]}" | median) | | |
| \`assess\` from a cold command line, median (ms) | ${report_median[assess]} | | at most 600 |
| \`checklist\` from a cold command line, median (ms) | ${report_median[checklist]} | | at most 600 |
| \`timeline\` from a cold command line, median (ms) | ${report_median[timeline]} | | at most 600 |
| packet PDF (KB) | $packet_kb | | under 300 KB |
$(sed 's/^| \(.*\) | \(.*\) | \(.*\) |$/| \1 | \2 | | \3 |/' <<<"$section_rows")
EOF
