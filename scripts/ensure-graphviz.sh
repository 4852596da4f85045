#!/usr/bin/env bash
# Make sure Graphviz's `dot` is installed (needed for SVG/PNG/PDF diagrams and their tests).
set -euo pipefail
if command -v dot >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "Installing Graphviz (Debian package 'graphviz')..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq graphviz >/dev/null
elif command -v brew >/dev/null 2>&1; then
  brew install graphviz
else
  echo "Graphviz's dot is missing: install it (apt-get install graphviz, brew install graphviz," >&2
  echo "or conda install -c conda-forge graphviz) and run this again." >&2
  exit 1
fi
command -v dot >/dev/null 2>&1
