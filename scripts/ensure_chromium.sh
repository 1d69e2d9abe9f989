#!/usr/bin/env bash
# Headless Chromium for the map tests (Debian package "chromium"; Playwright drives it
# through executable_path, it never downloads a browser of its own).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ]; }; then
  echo "Installing Debian's chromium for the browser tests..."
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
  exit 0
fi
echo "Chromium is not installed and cannot be installed here (need apt-get as root)." >&2
echo "Install Debian's 'chromium' package, or set GEOINCIDENTS_CHROMIUM to a Chromium binary." >&2
[ "${CI:-}" = "true" ] && exit 1
exit 0
