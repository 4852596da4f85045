#!/usr/bin/env bash
# Make sure a headless Chromium is installed: tests/test_html_browser.py loads the HTML
# reports in it (and skips, saying why, where it is missing). Debian's package is
# `chromium`; nothing is downloaded outside the package manager.
set -euo pipefail
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing Chromium (Debian package 'chromium') for the HTML report's browser test..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing and apt-get is not available: the browser test will be skipped." >&2
  exit 0
fi
command -v chromium >/dev/null 2>&1
