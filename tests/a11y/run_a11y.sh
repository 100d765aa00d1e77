#!/usr/bin/env bash
# Runs a11y_check.py in a private D-Bus session with the accessibility bus and a virtual X server.
set -euo pipefail
console="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
unset QT_QPA_PLATFORM
exec dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    launcher=$!
    trap "kill $launcher 2>/dev/null || true" EXIT
    timeout 180 xvfb-run -a /usr/bin/python3 "$0" "$1"
' "$here/a11y_check.py" "$console" 2> >(grep -v "fd limit" >&2)
