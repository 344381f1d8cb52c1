#!/usr/bin/env bash
# Builds the Debian package from jpackage's app image with the standard Debian tools (dpkg-deb), so that every
# installed file belongs to the package: the app in /usr/lib/permit-guide, the command /usr/bin/permit-guide, the
# menu entry, icons, case-file type, AppStream metainfo, manual page, copyright and changelog.
# The release profile in pom.xml calls it after the app image is built and trained.
# Usage: build-deb.sh APP_IMAGE VERSION MAINTAINER OUT_DIR
#   APP_IMAGE   target/package/image/permit-guide (bin/, lib/; lib/app/permit-guide.classlist for AppCDS)
#   VERSION     the app's version (pom.xml); the package is VERSION-1
#   MAINTAINER  "Name <address>" for the control file and the changelog
#   OUT_DIR     where permit-guide_VERSION-1_ARCH.deb is written
set -euo pipefail
image=$1 version=$2 maintainer=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
installer=$(dirname "$here")
name=permit-guide
revision=1
arch=$(dpkg --print-architecture)
stage="$out/deb/$name"
prefix=usr/lib/$name

fail() { echo "build-deb: $*" >&2; exit 1; }
[ -x "$image/bin/$name" ] || fail "no app image at $image"
[ -x "$image/lib/permit-guide-command.sh" ] || fail "no command script in $image/lib (the release profile puts it there)"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/$prefix" "$stage/usr/bin" "$stage/usr/share/doc/$name"
cp -a "$image/bin" "$image/lib" "$stage/$prefix/"
# The AppCDS archive is tied to the jar paths it was dumped with, so postinst makes it where the app is installed.
rm -f "$stage/$prefix/lib/app/$name.jsa"
ln -s "../lib/$name/lib/permit-guide-command.sh" "$stage/usr/bin/$name"

# Desktop integration, in the places the desktop looks; dpkg triggers refresh the caches.
install -D -m 644 "$here/permit-guide.desktop" "$stage/usr/share/applications/$name.desktop"
install -D -m 644 "$here/permit-guide-mime.xml" "$stage/usr/share/mime/packages/$name.xml"
install -D -m 644 "$here/io.permitguide.PermitGuide.metainfo.xml" \
    "$stage/usr/share/metainfo/io.permitguide.PermitGuide.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "$installer/icons/$name-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
install -D -m 644 "$here/permit-guide.1" "$stage/usr/share/man/man1/$name.1"
gzip -9n "$stage/usr/share/man/man1/$name.1"
install -D -m 644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/$name"

# copyright: the machine-readable format, with the licence text the installers show.
{
    cat "$here/copyright.in"
    echo
    echo "License: Expat"
    sed -n '/^Permission is hereby granted/,/^OTHER DEALINGS\|SOFTWARE\.$/p' "$installer/LICENSE.txt" \
        | sed -e 's/^$/./' -e 's/^/ /'
} > "$stage/usr/share/doc/$name/copyright"
# changelog.Debian: one entry per release, from installer/linux/changelog (Debian format, newest first).
sed -e "s/@VERSION@/$version-$revision/" -e "s/@MAINTAINER@/$maintainer/" "$here/changelog" \
    | gzip -9n > "$stage/usr/share/doc/$name/changelog.Debian.gz"

# Owners and modes as Debian wants them: directories and programs 755, everything else (shared libraries too) 644;
# programs and libraries stripped of symbols (the JDK's and JavaFX's come with them).
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
while IFS= read -r -d '' file; do
    [ "$(od -An -tx1 -N4 "$file" | tr -d ' ')" = 7f454c46 ] || continue
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$file"
    case "$file" in *.so) ;; *) chmod 755 "$file" ;; esac
done < <(find "$stage/$prefix" -type f -print0)
chmod 755 "$stage/$prefix/lib/permit-guide-command.sh" "$stage/$prefix/lib/make-class-data.sh"

# Depends: every shared library the package's programs load, as the package that has it on Debian 12, Debian 13 and
# Ubuntu 24.04. Libraries renamed for the 64-bit time_t transition (Debian 13, Ubuntu 24.04) get both names.
depends=$(bash "$here/deb-depends.sh" "$stage/$prefix")
echo "build-deb: Depends: $depends"

# Installed-Size counts the class-data archive that postinst writes: the training left one in the image (the same
# classes, another path), else it is made once here to measure it.
installed_kb=$(du -sk --apparent-size "$stage" | cut -f1)
archive_kb=0
if [ -f "$stage/$prefix/lib/app/$name.classlist" ]; then
    if [ ! -s "$image/lib/app/$name.jsa" ]; then
        sh "$image/lib/make-class-data.sh" "$image" "$name"
    fi
    archive_kb=$(du -k --apparent-size "$image/lib/app/$name.jsa" | cut -f1)
fi
installed_kb=$((installed_kb + archive_kb))

sed -e "s/@VERSION@/$version-$revision/" -e "s/@ARCH@/$arch/" -e "s/@MAINTAINER@/$maintainer/" \
    -e "s/@INSTALLED_SIZE@/$installed_kb/" -e "s/@DEPENDS@/$depends/" "$here/control" > "$stage/DEBIAN/control"
install -m 755 "$here/postinst" "$here/prerm" "$stage/DEBIAN/"
(cd "$stage" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/md5sums" "$stage/DEBIAN/control"

deb="$out/${name}_$version-${revision}_$arch.deb"
rm -f "$deb"
# xz on every core: the default single thread took minutes for this runtime on a busy machine.
dpkg-deb --root-owner-group -Zxz -z6 --threads-max="$(nproc)" --build "$stage" "$deb" >/dev/null 2>&1 \
    || dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb"
echo "build-deb: $deb ($(( $(stat -c %s "$deb") / 1024 )) KiB, installed $((installed_kb / 1024)) MiB with the ${archive_kb} KiB class-data archive)"
