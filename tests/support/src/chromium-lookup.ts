// Finds an installed Chrome or Chromium for the browser tests. One lookup for both users: the
// tests launch what it finds (chromium.ts), and `npm run setup` runs this file to decide whether
// it has to install a browser (scripts/install-chromium.sh). No dependency beyond Node, so setup
// can run it before anything is built.
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the lookup looks; the defaults are this process's. Tests pass a fake home and PATH. */
export interface LookupEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

export interface FoundChromium {
  path: string;
  /** Which rule found it, e.g. `CHROME_PATH`, `google-chrome on PATH`, `Playwright's cache`. */
  source: string;
}

/** Command names of Chrome and Chromium builds, in order of preference. */
const commandNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

/** Executables inside a macOS application bundle, relative to an Applications folder. */
const macBundles = [
  "Google Chrome.app/Contents/MacOS/Google Chrome",
  "Chromium.app/Contents/MacOS/Chromium",
  "Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
];

/** Playwright's browser folders (`<prefix><revision>`) and the executable inside, old and new layouts. */
const playwrightLayouts: Array<{ prefix: string; executables: string[] }> = [
  {
    prefix: "chromium-",
    executables: [
      "chrome-linux64/chrome",
      "chrome-linux-arm64/chrome",
      "chrome-linux/chrome",
      "chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
      "chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
      "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    ],
  },
  {
    prefix: "chromium_headless_shell-",
    executables: [
      "chrome-headless-shell-linux64/chrome-headless-shell",
      "chrome-headless-shell-linux-arm64/chrome-headless-shell",
      "chrome-linux/headless_shell",
      "chrome-headless-shell-mac-arm64/chrome-headless-shell",
      "chrome-headless-shell-mac-x64/chrome-headless-shell",
      "chrome-mac/headless_shell",
    ],
  },
];

export class ChromiumNotFoundError extends Error {
  override name = "ChromiumNotFoundError";
}

/** `CHROME_PATH` names no executable: installing another browser would not help, it would still win. */
export class InvalidChromePathError extends ChromiumNotFoundError {
  override name = "InvalidChromePathError";
}

function currentEnvironment(): LookupEnvironment {
  return { env: process.env, platform: process.platform, home: homedir() };
}

/** Playwright's download folder: `PLAYWRIGHT_BROWSERS_PATH`, else its per-platform cache. */
function playwrightCacheDir({ env, platform, home }: LookupEnvironment): string {
  const fromEnv = env.PLAYWRIGHT_BROWSERS_PATH;
  if (fromEnv && fromEnv !== "0") return fromEnv;
  if (platform === "darwin") return join(home, "Library", "Caches", "ms-playwright");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "ms-playwright");
}

/**
 * The first Chrome or Chromium found, in this order: `CHROME_PATH`; a command on PATH
 * ({@link commandNames}); on macOS an application bundle in /Applications or ~/Applications;
 * a browser Playwright downloaded (newest revision first). `CHROME_PATH` set to something that
 * is not an executable file is an error, not a reason to look elsewhere.
 */
export function findChromium(where: LookupEnvironment = currentEnvironment()): FoundChromium | undefined {
  const chromePath = where.env.CHROME_PATH;
  if (chromePath) {
    if (!isExecutableFile(chromePath)) {
      throw new InvalidChromePathError(`CHROME_PATH is ${chromePath}, which is not an executable file`);
    }
    return { path: chromePath, source: "CHROME_PATH" };
  }
  const pathDirs = (where.env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of commandNames) {
    for (const dir of pathDirs) {
      const path = join(dir, name);
      if (isExecutableFile(path)) return { path, source: `${name} on PATH` };
    }
  }
  if (where.platform === "darwin") {
    for (const applications of ["/Applications", join(where.home, "Applications")]) {
      for (const bundle of macBundles) {
        const path = join(applications, bundle);
        if (isExecutableFile(path)) return { path, source: "macOS application bundle" };
      }
    }
  }
  const cache = playwrightCacheDir(where);
  for (const { prefix, executables } of playwrightLayouts) {
    for (const folder of revisionFolders(cache, prefix)) {
      for (const executable of executables) {
        const path = join(cache, folder, executable);
        if (isExecutableFile(path)) return { path, source: "Playwright's cache" };
      }
    }
  }
  return undefined;
}

/** Why no browser was found, and what to do: the same words in `npm run setup` and in the tests. */
export function notFoundReason(where: LookupEnvironment = currentEnvironment()): string {
  const places = [
    "CHROME_PATH is not set",
    `none of ${commandNames.join(", ")} is on PATH`,
    ...(where.platform === "darwin" ? ["no Chrome or Chromium in /Applications or ~/Applications"] : []),
    `no Playwright browser in ${playwrightCacheDir(where)}`,
  ];
  return (
    `No Chrome or Chromium for the browser tests (tests/browser, tests/docs-site): ${places.join("; ")}. ` +
    "Set CHROME_PATH to a Chrome or Chromium executable, or run `npm run setup` where it can install one " +
    "(Playwright's download needs network access to it; Debian's `chromium` package needs root)."
  );
}

/** The browser the tests use, or an error that says where it looked and what to do. */
export function requireChromium(where: LookupEnvironment = currentEnvironment()): FoundChromium {
  const found = findChromium(where);
  if (!found) throw new ChromiumNotFoundError(notFoundReason(where));
  return found;
}

function revisionFolders(cache: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(cache);
  } catch {
    return [];
  }
  const revision = (name: string) => Number(name.slice(prefix.length)) || 0;
  return names.filter((name) => name.startsWith(prefix)).sort((a, b) => revision(b) - revision(a));
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// `node tests/support/src/chromium-lookup.ts` (from scripts/install-chromium.sh): prints
// `<path>\t<source>` and exits 0, or prints the reason and exits 1 (nothing found: install one)
// or 2 (CHROME_PATH is wrong: installing would not help).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const found = requireChromium();
    process.stdout.write(`${found.path}\t${found.source}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = error instanceof InvalidChromePathError ? 2 : 1;
  }
}
