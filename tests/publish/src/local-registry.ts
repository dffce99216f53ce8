import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import { listenOnLoopback } from "@image-sdk/test-support/loopback-server";
import { runServer } from "verdaccio";
import { isolatedEnvironment } from "./isolated-environment.ts";

/** A Verdaccio registry on loopback with its own storage and no uplinks. */
export interface LocalRegistry {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  /** An npm userconfig that points at this registry and holds the publisher's token. */
  userconfig: string;
  publish(tarball: string, manifest: PackageManifest): Promise<void>;
  stop(): Promise<void>;
}

export interface PackageManifest {
  name: string;
  version: string;
  publishConfig?: { registry?: string };
}

const publisher = { name: "publish-tests", password: "local-registry-only" };

/**
 * Starts Verdaccio in this process on 127.0.0.1 and a free port, storing everything under
 * `workDir`. With no uplinks it can only serve what the test publishes to it, so an install from
 * it proves the published packages and their declared dependencies are complete.
 */
export async function startLocalRegistry(workDir: string): Promise<LocalRegistry> {
  await mkdir(workDir, { recursive: true });
  const app = await runServer({
    self_path: join(workDir, "config.yaml"),
    storage: join(workDir, "storage"),
    auth: { htpasswd: { file: join(workDir, "htpasswd"), max_users: 1 } },
    uplinks: {},
    packages: { "**": { access: "$all", publish: "$authenticated", unpublish: "$authenticated" } },
    web: { enable: false },
    max_body_size: "100mb",
    log: { type: "stdout", format: "pretty", level: "error" },
  } as unknown as Parameters<typeof runServer>[0]);
  // Verdaccio's runServer hands back a node:http server that does not listen yet.
  const server = await listenOnLoopback(app);
  const stop = server.close;
  try {
    const { port } = server;
    const url = `${server.origin}/`;
    const token = await createPublisher(url);
    const userconfig = join(workDir, "publisher.npmrc");
    await writeFile(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return {
      url,
      userconfig,
      stop,
      async publish(tarball, manifest) {
        assertLoopback(url);
        // npm would send a package whose manifest names its own registry there, whatever --registry says.
        if (manifest.publishConfig?.registry !== undefined) {
          throw new Error(
            `${manifest.name}@${manifest.version} sets publishConfig.registry (${manifest.publishConfig.registry}); refusing to publish it`,
          );
        }
        await runCommand(
          "npm",
          ["publish", tarball, "--registry", url, "--ignore-scripts", "--access", "public", "--tag", "latest"],
          {
            cwd: workDir,
            env: isolatedEnvironment({ userconfig, cache: join(workDir, "npm-cache") }),
          },
        );
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Throws unless `url` is a loopback address: nothing in the tests may publish anywhere else. */
export function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (hostname !== "127.0.0.1" && hostname !== "[::1]" && hostname !== "localhost") {
    throw new Error(`refusing to publish to ${url}: tests publish only to a registry on loopback`);
  }
}

async function createPublisher(url: string): Promise<string> {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${publisher.name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...publisher, type: "user", roles: [] }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || body.token === undefined) {
    throw new Error(
      `local registry refused to create user ${publisher.name}: HTTP ${response.status} ${JSON.stringify(body)}`,
    );
  }
  return body.token;
}
