#!/usr/bin/env bash
# Builds the .deb, unpacks it into a temporary root and runs the packaged cxone-cli from there.
set -euo pipefail
build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
trap 'echo "package test failed at line $LINENO: $BASH_COMMAND" >&2' ERR
(cd "$build_dir" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb="$(ls "$work"/pkg/*.deb | head -n 1)"
[ -f "$deb" ] || { echo "no .deb produced"; exit 1; }
# No 'grep -q' in a pipe: it exits at the first match and, under pipefail, the writer's SIGPIPE
# would fail the test at random.
info="$(dpkg-deb --info "$deb")"
[[ "$info" == *"Package: cxone-console"* ]] || { echo "unexpected package: $info"; exit 1; }
dpkg -x "$deb" "$work/root"
for exe in cxone-console cxone-cli cxone-sim; do
    [ -x "$work/root/usr/bin/$exe" ] || { echo "missing /usr/bin/$exe in the package"; exit 1; }
done
for f in share/applications/cxone-console.desktop \
         share/icons/hicolor/scalable/apps/cxone-console.svg \
         share/metainfo/io.github.cxoneconsole.CxoneConsole.metainfo.xml; do
    [ -s "$work/root/usr/$f" ] || { echo "missing /usr/$f in the package"; exit 1; }
done
grep -q '^Exec=cxone-console' "$work/root/usr/share/applications/cxone-console.desktop"
# The front masks by itself and hands every other command to the runner in libexec.
[ -x "$work/root/usr/libexec/cxone-console/cxone-cli-full" ] \
    || { echo "missing /usr/libexec/cxone-console/cxone-cli-full in the package"; exit 1; }
out="$("$work/root/usr/bin/cxone-cli" --version)"
echo "$out"
[[ "$out" == cxone-cli\ * ]]
masked="$(printf 'SSN 123-45-6789\n' | "$work/root/usr/bin/cxone-cli" --quiet transcripts mask)"
[ "$masked" = "SSN [SSN]" ] || { echo "packaged transcripts mask gave: $masked"; exit 1; }
echo "package ok: $(basename "$deb")"
