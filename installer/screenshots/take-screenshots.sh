#!/usr/bin/env bash
# Takes the screenshots in this folder (the AppStream metainfo and the README show them): the real app window from the
# release build's app image, under Xvfb, with one case (lily.pgcase), in English and in Chinese.
# Usage: bash installer/screenshots/take-screenshots.sh   (after mvn -Prelease -DskipTests package; needs xvfb,
# xdotool and ImageMagick's import)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command="$here/../../target/package/image/permit-guide/lib/permit-guide-command.sh"
[ -x "$command" ] || { echo "take-screenshots: build the app image first (mvn -Prelease -DskipTests package)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() { # LANGUAGE TITLE
    local data="$work/$1"
    mkdir -p "$data/cases"
    echo "{\"language\":\"${1^^}\"}" > "$data/settings.json"
    sed "s/\"title\" : \"[^\"]*\"/\"title\" : \"$2\"/" "$here/lily.pgcase" > "$data/cases/lily.json"
    PERMITGUIDE_DATA="$data" xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
        "$1" >/dev/null 2>&1 & app=$!
        for _ in $(seq 1 120); do w=$(xdotool search --name "Permit Guide" 2>/dev/null | head -1 || true); [ -n "$w" ] && break; sleep 0.5; done
        sleep 6; xdotool windowsize "$w" 1200 780; sleep 2
        for section in 2:guide 3:checklist 4:timeline; do
            xdotool key --window "$w" "ctrl+${section%%:*}"; sleep 4
            import -window "$w" "$2/${section#*:}-$3.png"
        done
        kill $app' _ "$command" "$here" "$1"
}
shoot en "Lily – winter in Germany"
shoot zh "丽梅 · 寒假去德国"
ls -l "$here"/*.png
