#!/bin/sh
# Writes the AppCDS archive lib/app/permit-guide.jsa from the class list the build trained
# (lib/app/permit-guide.classlist), with the launcher's own class path and options. A JDK 17 archive is only valid
# for the exact jar paths it was dumped with, so the package runs this at install time (postinst) and the build runs
# it for the app image in place. Takes a few seconds, needs no display.
# Usage: make-class-data.sh APP_ROOT [LAUNCHER]   (APP_ROOT holds bin/ and lib/, e.g. /opt/permit-guide)
set -e
root=$1
name=${2:-permit-guide}
app="$root/lib/app"
cfg="$app/$name.cfg"
list="$app/$name.classlist"
archive="$app/$name.jsa"
[ -f "$list" ] || { echo "make-class-data: no class list at $list" >&2; exit 1; }
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd: -)
# The options have no spaces (see installer/jpackage/common.txt), so plain word splitting is safe here.
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e 'SharedArchiveFile' -e 'AOTCache' | sed "s#\$APPDIR#$app#g")
rm -f "$archive"
# shellcheck disable=SC2086
"$root/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$archive" $options -cp "$classpath" >/dev/null
chmod 644 "$archive"
