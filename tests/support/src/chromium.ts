// Headless Chromium for the browser tests (tests/browser, tests/docs-site), with the flags this
// kind of machine needs: without the background-networking ones Chromium keeps dialling out.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's chromium, installed by scripts/install-chromium.sh (part of `npm run setup`). */
export const chromiumPath = "/usr/bin/chromium";

/** Headless Chromium with a fresh temporary profile (playwright's launch never reuses one). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}; run \`bash scripts/install-chromium.sh\` (part of \`npm run setup\`)`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
