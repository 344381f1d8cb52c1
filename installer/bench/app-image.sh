# Sourced by the bench scripts that run a class of their own inside the release build's app image (sections.sh,
# floor.sh): the same runtime, class path and options as the packaged app.
#   bench_compile NAME APP_IMAGE SOURCE OUT
# checks the image, sets $image, $app, $classpath and the array $options from the image's launcher configuration,
# and compiles SOURCE into OUT/classes (OUT is emptied first).
bench_compile() {
    local name=$1 source=$3 out=$4
    image=$2
    app="$image/lib/app"
    local cfg="$app/permit-guide.cfg"
    [ -f "$cfg" ] || { echo "$name: no app image at $image (mvn -Prelease -DskipTests package)" >&2; exit 1; }
    export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
    classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s#\$APPDIR#$app#g" | paste -sd:)
    mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app#g")
    rm -rf "$out" && mkdir -p "$out/classes"
    "$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$classpath" --module-path "$PWD/target/package/fx" \
        --add-modules javafx.controls "$source"
}
