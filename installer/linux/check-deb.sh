#!/usr/bin/env bash
# Checks the built .deb as Debian and the desktops read it: lintian (fails on any error; the warnings it keeps are
# explained in installer/linux/lintian-overrides), desktop-file-validate on the menu entry and
# appstreamcli validate on the AppStream metainfo, both as the package installs them.
# Usage: check-deb.sh target/permit-guide_VERSION-1_ARCH.deb    (.ci/run and the release workflow call it)
set -euo pipefail
deb=$1
[ -f "$deb" ] || { echo "check-deb: no package $deb" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"

echo "check-deb: desktop-file-validate"
desktop-file-validate "$work/usr/share/applications/permit-guide.desktop"
echo "check-deb: appstreamcli validate --no-net"
appstreamcli validate --no-net "$work/usr/share/metainfo/io.permitguide.PermitGuide.metainfo.xml"
echo "check-deb: lintian $(basename "$deb")"
# Root is how CI runs; lintian only warns about it.
status=0
lintian --fail-on error --tag-display-limit 0 "$deb" > "$work/lintian.txt" 2>&1 || status=$?
grep -v -e 'running with root privileges' -e 'future release' "$work/lintian.txt" || true
[ "$status" -eq 0 ] || { echo "check-deb: lintian found errors" >&2; exit "$status"; }
echo "check-deb: OK"
