#!/usr/bin/env bash
# Trains the packaged app's class data: starts the app image's own runtime with the launcher's exact class path and
# options under Xvfb, lets the main window show one case, and exits after the first frame
# (io.permitguide.ui.StartupProbe).
#   appcds (JDK 17-23): -XX:DumpLoadedClassList -> lib/app/permit-guide.classlist; make-class-data.sh turns it into
#                       lib/app/permit-guide.jsa (again at install time, because a JDK 17 archive is tied to the
#                       jar paths). Run with -XX:SharedArchiveFile.
#   aot    (JDK 24+):   -XX:AOTCacheOutput -> lib/app/permit-guide.aot (valid after the folder moves). Run with
#                       -XX:AOTCache.
# With a fifth argument `cli`, an AppCDS list also gets the classes of one `packet` command (the heaviest command
# line), so a cold command-line start is quick too. An AOT cache is written by one run, so it holds the window only.
# Usage: train-class-data.sh APP_IMAGE_DIR appcds|aot LAUNCHER_NAME SAMPLE_CASE [cli]
set -euo pipefail
image=$1 mode=$2 name=$3 sample=$4 cli=${5:-}
app="$image/lib/app"
cfg="$app/$name.cfg"
java="$image/lib/runtime/bin/java"
[ -f "$cfg" ] || { echo "train-class-data: no launcher configuration $cfg" >&2; exit 1; }

# The class path must be the launcher's, in the launcher's order, or the JVM rejects the archive at start.
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e 'SharedArchiveFile' -e 'AOTCache' | sed "s#\$APPDIR#$app#g")

case "$mode" in
    appcds) archive="$app/$name.classlist"; dump=(-XX:DumpLoadedClassList="$archive") ;;
    aot)    archive="$app/$name.aot"; dump=(-XX:AOTCacheOutput="$archive") ;;
    *) echo "train-class-data: unknown mode $mode" >&2; exit 1 ;;
esac
rm -f "$archive"

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
mkdir -p "$data/cases"
cp "$sample" "$data/cases/sample.json"

PERMITGUIDE_STARTUP_PROBE=exit PERMITGUIDE_DATA="$data" \
    timeout 180 xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$java" "${dump[@]}" -Xlog:cds=warning "${options[@]}" -cp "$classpath" "$main" | tee "$data/train.log"
grep -q '^startup-probe:' "$data/train.log" || { echo "train-class-data: the window never showed" >&2; exit 1; }
[ -s "$archive" ] || { echo "train-class-data: no archive written at $archive" >&2; exit 1; }
if [ "$mode" = appcds ] && [ "$cli" = cli ]; then
    PERMITGUIDE_DATA="$data" "$java" -XX:DumpLoadedClassList="$data/cli.classlist" "${options[@]}" -cp "$classpath" "$main" \
        packet "$sample" -o "$data/packet.pdf" >/dev/null
    # One list, window classes first, each class once: the archive is dumped from the union of both runs.
    cat "$archive" "$data/cli.classlist" | awk '!seen[$0]++' > "$data/merged.classlist"
    mv "$data/merged.classlist" "$archive"
fi
if [ "$mode" = appcds ]; then
    sh "$(dirname "$0")/make-class-data.sh" "$image" "$name"
    archive="$app/$name.jsa"
    [ -s "$archive" ] || { echo "train-class-data: no archive written at $archive" >&2; exit 1; }
fi
echo "train-class-data: $(du -h "$archive" | cut -f1) $mode archive at $archive"
