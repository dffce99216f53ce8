import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";
import { assertLoopback, type LocalRegistry } from "./local-registry.ts";
import type { InstalledPackage, PackedPackage } from "./workspace-packages.ts";

/**
 * Packs an installed registry package's folder as a tarball with tar itself: dozens of `npm pack`
 * processes cost a minute on a busy 2-core machine. `--hard-dereference` writes pnpm's hard-linked
 * store files as plain files (npm's installer would leave hard-link entries empty).
 */
export async function tarInstalledPackage(pkg: InstalledPackage, destination: string): Promise<PackedPackage> {
  const tarball = join(destination, `${pkg.name.replace("@", "").replace("/", "-")}-${pkg.version}.tgz`);
  await runCommand(
    "tar",
    ["-czf", tarball, "--hard-dereference", "--owner=0", "--group=0", "--transform", "s,^\\.,package,", "."],
    { cwd: pkg.path },
  );
  const manifest = JSON.parse(await readFile(join(pkg.path, "package.json"), "utf8")) as PackedPackage["manifest"];
  // Some packages say how their authors publish them (@hono/node-server, under the MCP SDK: their
  // registry, with provenance from CI); the copy uploaded to the local registry is not published
  // that way, so its registry entry drops publishConfig.
  delete manifest.publishConfig;
  return { tarball, manifest };
}

/**
 * Publishes a tarball the way `npm publish` does (one PUT of the packument with the tarball
 * attached), from this process: dozens of npm processes cost a minute on a busy 2-core machine.
 */
export async function uploadToRegistry(registry: LocalRegistry, { tarball, manifest }: PackedPackage): Promise<void> {
  assertLoopback(registry.url);
  if (manifest.publishConfig?.registry !== undefined) {
    throw new Error(
      `${manifest.name} sets publishConfig.registry (${manifest.publishConfig.registry}); refusing to publish it`,
    );
  }
  const data = await readFile(tarball);
  const file = `${manifest.name}-${manifest.version}.tgz`;
  const { name, version } = manifest;
  const body = {
    _id: name,
    name,
    "dist-tags": { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          shasum: createHash("sha1").update(data).digest("hex"),
          integrity: `sha512-${createHash("sha512").update(data).digest("base64")}`,
          tarball: new URL(`${name}/-/${file}`, registry.url).href,
        },
      },
    },
    _attachments: {
      [file]: { content_type: "application/octet-stream", data: data.toString("base64"), length: data.length },
    },
  };
  const response = await fetch(new URL(name.replace("/", "%2f"), registry.url), {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${registry.token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `publishing ${name}@${version} to ${registry.url}: HTTP ${response.status} ${await response.text()}`,
    );
}
