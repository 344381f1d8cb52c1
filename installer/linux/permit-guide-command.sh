#!/bin/sh
# `permit-guide` on the PATH (/usr/bin/permit-guide links here): the same runtime, class path, options and class-data
# archive as the native launcher in bin/, read from lib/app/permit-guide.cfg, without the native launcher's start-up
# cost. jpackage's Linux launcher asks rpm and dpkg which package owns it, twice per start (`dpkg -S` reads every
# installed package's file list: 0.2-0.5 s each), which is most of a short command such as `packet` or an hourly
# `remind`. The menu entry keeps the native launcher. The options have no spaces (installer/jpackage/common.txt).
set -e
root=$(dirname "$(dirname "$(readlink -f "$0")")")
app="$root/lib/app"
cfg="$app/permit-guide.cfg"
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
options=$(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app#g")
# shellcheck disable=SC2086
exec "$root/lib/runtime/bin/java" $options -cp "$classpath" "$main" "$@"
