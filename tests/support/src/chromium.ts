// Headless Chromium for the browser tests (tests/browser, tests/docs-site), with the flags this
// kind of machine needs: without the background-networking ones Chromium keeps dialling out.
import { type Browser, chromium } from "playwright-core";
import { requireChromium } from "./chromium-lookup.ts";

/**
 * Headless Chrome or Chromium with a fresh temporary profile (playwright's launch never reuses
 * one): the browser chromium-lookup.ts finds, or its error saying where it looked and what to do.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium().path,
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
