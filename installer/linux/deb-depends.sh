#!/usr/bin/env bash
# Prints the Depends field for the app in APP_DIR: the packages that hold the shared libraries its programs and
# libraries link against (ELF NEEDED entries not found in APP_DIR itself), looked up on the building system with
# dpkg -S, plus what JavaFX opens at run time without linking (GTK 3 and what it needs). A package renamed for the
# 64-bit time_t transition (Debian 13, Ubuntu 24.04: libgtk-3-0t64, libasound2t64, ...) is given under both names,
# the new one first, so the same .deb installs on Debian 12, Debian 13 and Ubuntu 24.04.
# Fails when a needed library belongs to no known package: the package would install and then not start.
# Usage: deb-depends.sh APP_DIR
set -euo pipefail
app=$1

# JavaFX loads these with dlopen (glass, prism, fonts), so no NEEDED entry names them.
runtime_only="libgtk-3-0 libxtst6 libfreetype6 libfontconfig1"
# The names a library kept on one system and took on another (Debian 12 -> Debian 13 / Ubuntu 24.04).
t64_renamed="libasound2 libatk1.0-0 libatk-bridge2.0-0 libcups2 libglib2.0-0 libgtk-3-0 libpng16-16 libcurl4 libssl3"
# Where no package on the building system has the library (not installed there), the package that has it on Debian.
declare -A fallback=(
    [libasound.so.2]=libasound2 [libjpeg.so.62]=libjpeg62-turbo [libgif.so.7]=libgif7 [liblcms2.so.2]=liblcms2-2
    [libGL.so.1]=libgl1 [libXxf86vm.so.1]=libxxf86vm1 [libXtst.so.6]=libxtst6 [libXi.so.6]=libxi6
)
# The same library under another package name on a system the package supports, as an alternative.
declare -A alternative=([libjpeg62-turbo]="libjpeg62-turbo | libjpeg62")

sonames=$(find "$app" -type f -name '*.so*' -o -type f -path '*/bin/*' -o -type f -name jspawnhelper -o -type f -name jexec \
    | while read -r file; do
        [ "$(od -An -tx1 -N4 "$file" | tr -d ' ')" = 7f454c46 ] && objdump -p "$file" | sed -n 's/^ *NEEDED *//p'
      done | sort -u)
cache=$(ldconfig -p)
own=$(find "$app" -type f -name '*.so*' -printf '%f\n' | sort -u)

packages=()
for soname in $sonames; do
    grep -qxF "$soname" <<<"$own" && continue
    path=$(awk -v s="$soname" '$1 == s && /x86-64|x86_64|AArch64|aarch64/ {print $NF; exit}' <<<"$cache")
    package=""
    if [ -n "$path" ]; then
        package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | sed -n '1s/:.*//p' || true)
        [ -n "$package" ] || package=$(dpkg -S "$path" 2>/dev/null | sed -n '1s/:.*//p' || true)
    fi
    [ -n "$package" ] || package=${fallback[$soname]:-}
    [ -n "$package" ] || { echo "deb-depends: no package known for $soname" >&2; exit 1; }
    packages+=("${package%t64}")
done
for package in $runtime_only; do packages+=("$package"); done

first=1
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
    if [[ " $t64_renamed " == *" $package "* ]]; then
        entry="${package}t64 | $package"
    else
        entry=${alternative[$package]:-$package}
    fi
    if [ $first = 1 ]; then first=0; else printf ', '; fi
    printf '%s' "$entry"
done
echo
