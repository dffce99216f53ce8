import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  ChromiumNotFoundError,
  findChromium,
  InvalidChromePathError,
  type LookupEnvironment,
  notFoundReason,
  requireChromium,
} from "@image-sdk/test-support/chromium-lookup";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// The lookup the browser tests and `npm run setup` share, on a fake home and PATH made of fake
// executables (empty scripts with the execute bit): nothing here depends on this machine's browsers.
let root: string;
let home: string;
let bin: string;

async function fakeExecutable(path: string, executable = true): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, "#!/bin/sh\n");
  await chmod(path, executable ? 0o755 : 0o644);
  return path;
}

function where(env: Record<string, string | undefined> = {}, platform: NodeJS.Platform = "linux"): LookupEnvironment {
  return { env: { PATH: bin, ...env }, platform, home };
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "chromium-lookup-"));
  home = join(root, "home");
  bin = join(root, "bin");
  await mkdir(home);
  await mkdir(bin);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("findChromium", () => {
  it("takes CHROME_PATH before any command on PATH or Playwright browser", async () => {
    const chosen = await fakeExecutable(join(root, "custom", "my-chrome"));
    await fakeExecutable(join(bin, "chromium"));
    await fakeExecutable(join(home, ".cache", "ms-playwright", "chromium-1255", "chrome-linux64", "chrome"));

    expect(findChromium(where({ CHROME_PATH: chosen }))).toEqual({ path: chosen, source: "CHROME_PATH" });
  });

  it("names a CHROME_PATH that is not an executable file instead of looking elsewhere", async () => {
    const notExecutable = await fakeExecutable(join(root, "chrome.txt"), false);
    await fakeExecutable(join(bin, "chromium"));

    for (const path of [notExecutable, join(root, "missing"), root]) {
      expect(() => findChromium(where({ CHROME_PATH: path }))).toThrow(InvalidChromePathError);
      expect(() => findChromium(where({ CHROME_PATH: path }))).toThrow(
        `CHROME_PATH is ${path}, which is not an executable file`,
      );
    }
  });

  it("finds Google Chrome or chromium-browser on PATH, preferring chromium, skipping non-executables", async () => {
    const later = join(root, "later");
    await fakeExecutable(join(bin, "chromium"), false);
    const chrome = await fakeExecutable(join(bin, "google-chrome"));
    const env = { PATH: `${bin}:${later}` };
    expect(findChromium(where(env))).toEqual({ path: chrome, source: "google-chrome on PATH" });

    const browser = await fakeExecutable(join(later, "chromium-browser"));
    expect(findChromium(where(env))).toEqual({ path: browser, source: "chromium-browser on PATH" });

    const chromium = await fakeExecutable(join(later, "chromium"));
    expect(findChromium(where(env))).toEqual({ path: chromium, source: "chromium on PATH" });
  });

  it("finds a macOS application bundle on macOS only", async () => {
    const bundle = await fakeExecutable(
      join(home, "Applications", "Google Chrome.app", "Contents", "MacOS", "Google Chrome"),
    );
    expect(findChromium(where({}, "darwin"))).toEqual({ path: bundle, source: "macOS application bundle" });
    expect(findChromium(where({}, "linux"))).toBeUndefined();
  });

  it("finds Playwright's browsers in its cache, old and new layouts, newest revision first", async () => {
    const cache = join(home, ".cache", "ms-playwright");
    const old = await fakeExecutable(join(cache, "chromium-1100", "chrome-linux", "chrome"));
    expect(findChromium(where())).toEqual({ path: old, source: "Playwright's cache" });

    await mkdir(join(cache, "chromium-1300"));
    const newer = await fakeExecutable(join(cache, "chromium-1255", "chrome-linux64", "chrome"));
    expect(findChromium(where())).toEqual({ path: newer, source: "Playwright's cache" });

    const elsewhere = join(root, "browsers");
    const shell = await fakeExecutable(
      join(elsewhere, "chromium_headless_shell-1255", "chrome-headless-shell-linux64", "chrome-headless-shell"),
    );
    expect(findChromium(where({ PLAYWRIGHT_BROWSERS_PATH: elsewhere }))?.path).toBe(shell);

    const macCache = join(home, "Library", "Caches", "ms-playwright", "chromium-1255", "chrome-mac-arm64");
    const mac = await fakeExecutable(
      join(macCache, "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"),
    );
    expect(findChromium(where({}, "darwin"))?.path).toBe(mac);
  });
});

describe("requireChromium", () => {
  it("says where it looked and what to do when there is no browser", () => {
    const reason = notFoundReason(where());
    expect(reason).toBe(
      "No Chrome or Chromium for the browser tests (tests/browser, tests/docs-site): CHROME_PATH is not set; " +
        "none of chromium, chromium-browser, google-chrome, google-chrome-stable, chrome is on PATH; " +
        `no Playwright browser in ${join(home, ".cache", "ms-playwright")}. ` +
        "Set CHROME_PATH to a Chrome or Chromium executable, or run `npm run setup` where it can install one " +
        "(Playwright's download needs network access to it; Debian's `chromium` package needs root).",
    );
    expect(() => requireChromium(where())).toThrow(ChromiumNotFoundError);
    expect(() => requireChromium(where())).toThrow(reason);
    expect(notFoundReason(where({}, "darwin"))).toContain("no Chrome or Chromium in /Applications or ~/Applications");
  });
});
