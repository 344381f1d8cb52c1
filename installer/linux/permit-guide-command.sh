#!/bin/sh
# How the installed app starts: the menu entry runs this script, and `permit-guide` on the PATH links to it
# (/usr/bin/permit-guide). The same runtime, class path, options and class-data archive as the native launcher in
# bin/, read from lib/app/permit-guide.cfg, without the native launcher's start-up cost: jpackage's Linux launcher
# asks rpm and dpkg which package owns it, twice per start, and `dpkg -S` reads every installed package's file list
# (0.2 s each with 760 packages, more on a desktop with thousands). The native launcher stays in bin/ and works the
# same. The options have no spaces (installer/jpackage/common.txt).
set -e
root=$(dirname "$(dirname "$(readlink -f "$0")")")
app="$root/lib/app"
cfg="$app/permit-guide.cfg"
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
options=$(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app#g")
# Java takes the encoding of file names from the locale when it starts (no option overrides it); without a UTF-8
# locale, as under cron, a Chinese folder or file name cannot be opened and Chinese prints as "?". C.UTF-8 fixes the
# encoding and exists on every current system; the user's language is passed on as Java's own setting.
locale_now=${LC_ALL:-${LC_CTYPE:-${LANG:-}}}
case "$locale_now" in
    *.[Uu][Tt][Ff]-8* | *.[Uu][Tt][Ff]8*) ;;
    *)
        language=${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}
        case "$language" in
            [a-z][a-z]_[A-Z][A-Z]*) options="$options -Duser.language=${language%%_*} -Duser.country=$(echo "$language" | cut -c4-5)" ;;
        esac
        LC_ALL=C.UTF-8
        export LC_ALL
        ;;
esac
# A command line (anything but no argument or one case file, as io.permitguide.Launcher decides) allocates about
# 100 MB in its second of life: with the heap on transparent huge pages it takes far fewer page faults and ends about
# 0.1 s sooner (docs/responsiveness.md). Only where the kernel offers them (else Java would print a warning), and not
# for the window, which keeps ordinary pages for its resident memory.
opens_window=no
case $# in
    0) opens_window=yes ;;
    1) case "$1" in -*) ;; *.[Jj][Ss][Oo][Nn] | *.[Pp][Gg][Cc][Aa][Ss][Ee]) opens_window=yes ;; esac ;;
esac
huge_pages=$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || true)
case "$opens_window:$huge_pages" in
    no:*\[always\]* | no:*\[madvise\]*) options="$options -XX:+UseTransparentHugePages" ;;
esac
# The window runs on G1, whose collections never stop it for long (a full collection of the Parallel collector took
# 140 ms once a session had grown); a command lives for a second and starts faster on the Parallel collector.
if [ "$opens_window" = no ]; then
    options=$(echo "$options" | sed 's/-XX:+UseG1GC/-XX:+UseParallelGC/')
fi
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $options -cp "$classpath" "$main" "$@"
