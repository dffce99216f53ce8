// turbo runs tasks in strict environment mode: a variable turbo.json does not name never reaches
// the task. The network settings tools need (CA files, proxies, npm's and pnpm's config) must, or
// an install or fetch started by a task behind a TLS-intercepting proxy waits with no way out.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { runCommand } from "../../repo/run-command.ts";

/** What a task must see, as the machine sets it (values are markers: nothing here is contacted). */
const networkSettings = {
  NODE_EXTRA_CA_CERTS: "/etc/probe/proxy-ca.pem",
  NODE_USE_ENV_PROXY: "1",
  SSL_CERT_FILE: "/etc/probe/bundle.pem",
  SSL_CERT_DIR: "/etc/probe/certs",
  HTTP_PROXY: "http://127.0.0.1:9/",
  HTTPS_PROXY: "http://127.0.0.1:9/",
  NO_PROXY: "127.0.0.1,localhost",
  http_proxy: "http://127.0.0.1:9/",
  https_proxy: "http://127.0.0.1:9/",
  no_proxy: "127.0.0.1,localhost",
  npm_config_cafile: "/etc/probe/proxy-ca.pem",
  npm_config_https_proxy: "http://127.0.0.1:9/",
  npm_config_registry: "http://127.0.0.1:9/",
  NPM_CONFIG_STRICT_SSL: "true",
};

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-turbo-env-"));
  // A one-package workspace whose turbo.json has the repository's global environment settings.
  const { globalPassThroughEnv, globalEnv } = JSON.parse(await readFile(join(repoRoot, "turbo.json"), "utf8"));
  const files: Record<string, unknown> = {
    "package.json": { name: "probe-root", private: true, packageManager: "pnpm@10.34.9" },
    "probe/package.json": { name: "probe", private: true, scripts: { "print-env": "node print-env.js" } },
    "turbo.json": { globalPassThroughEnv, globalEnv, tasks: { "print-env": { cache: false } } },
  };
  await mkdir(join(root, "probe"));
  for (const [path, contents] of Object.entries(files))
    await writeFile(join(root, path), `${JSON.stringify(contents, null, 2)}\n`);
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages:\n  - probe\n");
  await writeFile(
    join(root, "probe/print-env.js"),
    `require("node:fs").writeFileSync("env.json", JSON.stringify(process.env));\n`,
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

it("passes the CA, proxy and npm config variables through to every task", async () => {
  const bin = join(repoRoot, "node_modules", ".bin");
  await runCommand(join(bin, "turbo"), ["run", "print-env", "--env-mode=strict"], {
    cwd: root,
    env: {
      PATH: `${bin}${delimiter}${process.env.PATH}`,
      HOME: process.env.HOME,
      TURBO_TELEMETRY_DISABLED: "1",
      ...networkSettings,
    },
    timeoutMs: 60_000,
  });
  const seen = JSON.parse(await readFile(join(root, "probe/env.json"), "utf8")) as Record<string, string>;
  const passed = Object.fromEntries(Object.keys(networkSettings).map((name) => [name, seen[name]]));
  expect(passed).toEqual(networkSettings);
});
