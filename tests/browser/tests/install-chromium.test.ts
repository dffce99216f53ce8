import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { notFoundReason } from "@image-sdk/test-support/chromium-lookup";
import { refusedUrl } from "@image-sdk/test-support/loopback-server";
import { afterEach, beforeEach, expect, it } from "vitest";

// scripts/install-chromium.sh (part of `npm run setup`) on a machine made up for the test: a fake
// HOME, and a PATH holding only the few tools the script needs (so this machine's chromium,
// apt-get and sudo are out of sight). Playwright's download is pointed at a closed loopback port:
// no test may need the network.
const run = promisify(execFile);
const repoRoot = join(import.meta.dirname, "..", "..", "..");
const script = join(repoRoot, "scripts", "install-chromium.sh");
const testsDir = join(import.meta.dirname, "..");
const bash = which("bash");

let root: string;
let env: Record<string, string>;

/** A system tool, found on this process's PATH. */
function which(tool: string): string {
  const found = (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, tool))
    .find((path) => existsSync(path));
  if (!found) throw new Error(`${tool} is not on PATH`);
  return found;
}

/** A directory of links to the tools the script runs. */
async function toolsDir(dir: string): Promise<string> {
  await mkdir(dir);
  await symlink(process.execPath, join(dir, "node"));
  for (const tool of ["dirname", "id", "sed"]) await symlink(which(tool), join(dir, tool));
  return dir;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "install-chromium-"));
  await mkdir(join(root, "home"));
  env = {
    PATH: await toolsDir(join(root, "tools")),
    HOME: join(root, "home"),
    PLAYWRIGHT_BROWSERS_PATH: join(root, "playwright"),
    PLAYWRIGHT_DOWNLOAD_HOST: (await refusedUrl()).url,
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

it("says which browser it found and installs nothing", async () => {
  const fake = join(root, "tools", "google-chrome");
  await writeFile(fake, "#!/bin/sh\n");
  await chmod(fake, 0o755);

  const { stdout, stderr } = await run(bash, [script], { env });
  expect(stdout).toBe(`Browser for the browser tests: ${fake} (google-chrome on PATH)\n`);
  expect(stderr).toBe("");
});

it("gives the browser tests' reason when no browser can be found or installed, and lets setup go on", async () => {
  const { stdout, stderr } = await run(bash, [script], { env });
  const reason = notFoundReason({ env, platform: process.platform, home: env.HOME as string });

  expect(stdout).toContain("trying Playwright's download of Chromium");
  expect(stderr).toContain("setup: WARNING: the browser tests cannot run on this machine.");
  expect(stderr).toContain(`  ${reason}\n`);
  expect(stderr).toContain("Playwright's download of Chromium failed");
  expect(stderr).toMatch(/Debian's chromium package needs root|apt-get is missing/);

  // The browser tests, launched in the same environment, stop with the same words.
  const launch = run(
    "node",
    [
      "--input-type=module",
      "-e",
      "await (await import('@image-sdk/test-support/chromium')).launchChromium().catch((error) => { console.error(error.message); process.exit(3); });",
    ],
    { env, cwd: testsDir },
  );
  await expect(launch).rejects.toMatchObject({ code: 3, stderr: `${reason}\n` });
  // Playwright tries its download five times, each in a fresh process: tens of seconds when busy.
}, 180_000);
