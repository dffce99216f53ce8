// The scratch copy's install never waits on the registry: with the registry pointed at a loopback
// server that accepts connections and never answers (what a TLS-intercepting proxy the tools
// cannot reach looks like), it installs offline from the checkout's store and contacts nothing.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { installOffline } from "../../repo/offline-install.ts";
import { createScratchRepo } from "./scratch-repo.ts";

let root: string;
let registry: Server;
let connections = 0;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  ({ root } = await createScratchRepo());
  registry = createServer(() => {}).on("connection", () => connections++);
  await new Promise<void>((resolve) => registry.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`;
  env = { ...process.env, npm_config_registry: url, npm_config_fetch_timeout: "600000" };
});
afterAll(async () => {
  registry?.closeAllConnections();
  registry?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("a scratch copy's install, with the registry unreachable", () => {
  it("fails within seconds, saying what to do, when the store lacks a package", async () => {
    const empty = await mkdtemp(join(tmpdir(), "image-sdk-empty-store-"));
    const started = Date.now();
    try {
      await expect(installOffline(root, { checkout: repoRoot, store: empty, env })).rejects.toThrow(
        `the offline install of ${root} from the store ${empty} failed: it holds only what the checkout installed, so run \`npm run setup\` in ${repoRoot} first`,
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("installs offline from the checkout's store without contacting the registry", async () => {
    await installOffline(root, { checkout: repoRoot, env });
    for (const bin of ["turbo", "vitest", "biome"]) await stat(join(root, "node_modules", ".bin", bin));
    await stat(join(root, "scripts", "node_modules", "yaml", "package.json"));
    expect(connections).toBe(0);
  }, 300_000);
});
