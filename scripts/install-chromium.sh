#!/usr/bin/env bash
# Part of `npm run setup`: makes sure the browser tests (tests/browser, tests/docs-site) have a
# Chrome or Chromium. The lookup is tests/support/src/chromium-lookup.ts, the same one the tests
# use (CHROME_PATH, the usual commands on PATH, the macOS application bundles, Playwright's cache).
# When it finds none, installs one the way this machine allows: Playwright's own download if its
# CDN is reachable, else Debian's `chromium` package as root (or with passwordless sudo). Says
# which it used. Only the browser tests need a browser, so when none can be had this prints why
# and exits 0: the rest of setup goes on, and those tests fail with the same reason.
set -uo pipefail
cd "$(dirname "$0")/.."

lookup=tests/support/src/chromium-lookup.ts
playwright_cli=tests/support/node_modules/playwright-core/cli.js

# Prints "Browser for the browser tests: <path> (<how it was found>)" and succeeds, or fails
# quietly (the reason is printed once, at the end).
report_found() {
  local found
  found=$(node "$lookup" 2>/dev/null) || return $?
  printf 'Browser for the browser tests: %s (%s)\n' "${found%%$'\t'*}" "${found#*$'\t'}"
}

give_up() {
  {
    echo
    echo "setup: WARNING: the browser tests cannot run on this machine."
    node "$lookup" 2>&1 >/dev/null | sed 's/^/  /'
    [ $# -gt 0 ] && printf '  %s\n' "$@"
    echo "  Everything else is set up; \`npm test\` fails in tests/browser and tests/docs-site with the same reason."
    echo
  } >&2
  exit 0
}

report_found && exit 0
# 2: CHROME_PATH names no executable. It would still win over anything installed now.
[ $? -eq 2 ] && give_up

tried=()

echo "No Chrome or Chromium found; trying Playwright's download of Chromium (needs access to its CDN)"
if node "$playwright_cli" install --no-shell --no-progress chromium; then
  report_found && echo "(installed with Playwright's download)" && exit 0
  tried+=("Playwright's download finished, but the lookup does not find its browser.")
else
  tried+=("Playwright's download of Chromium failed (see its error above).")
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  give_up "${tried[@]}" "Debian's chromium package needs root: apt-get install -y --no-install-recommends chromium"
fi
if ! command -v apt-get >/dev/null 2>&1; then
  give_up "${tried[@]}" "apt-get is missing, so Debian's chromium package is not an option here."
fi

echo "Installing Debian's chromium package with apt-get"
export DEBIAN_FRONTEND=noninteractive
# `${a[@]+…}`: an empty array under `set -u` is an error in macOS's bash 3.2.
if ${as_root[@]+"${as_root[@]}"} apt-get update -qq &&
  ${as_root[@]+"${as_root[@]}"} apt-get install -y -qq --no-install-recommends chromium; then
  report_found && echo "(installed Debian's chromium package)" && exit 0
  tried+=("apt-get installed chromium, but the lookup does not find it.")
else
  tried+=("apt-get could not install chromium (see its error above).")
fi
give_up "${tried[@]}"
