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
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $options -cp "$classpath" "$main" "$@"
