#!/usr/bin/env bash
# Installs Debian's `chromium`, which tests/browser drives through playwright-core. Idempotent: does
# nothing when chromium is already on PATH. Needs root (CI runs as root) or passwordless sudo.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "error: chromium is not installed and installing it needs root; run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: chromium is not installed and apt-get is missing (Debian/Ubuntu only);" >&2
  echo "  install Chromium so that \`chromium\` is on PATH, then re-run" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends chromium
command -v chromium >/dev/null 2>&1 || { echo "error: apt-get finished but chromium is not on PATH" >&2; exit 1; }
