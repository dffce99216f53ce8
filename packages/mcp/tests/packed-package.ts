// The package as a downstream team gets it: packed with `pnpm pack` (workspace ranges rewritten,
// only the `files` shipped) and unpacked under node_modules, so its dependencies resolve from this
// package's node_modules as an install would provide them. The tests spawn the packed bin and
// import the packed library, never the sources.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, "..");
const pnpm = join(packageDir, "..", "..", "node_modules", ".bin", "pnpm");

export interface PackedPackage {
  dir: string;
  bin: string;
  remove(): Promise<void>;
}

export async function unpackPackage(): Promise<PackedPackage> {
  const work = await mkdtemp(join(packageDir, "node_modules", ".packed-"));
  await run(pnpm, ["pack", "--pack-destination", work], { cwd: packageDir });
  const tarball = (await readdir(work)).find((file) => file.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball in ${work}`);
  await run("tar", ["-xzf", join(work, tarball)], { cwd: work });
  const dir = join(work, "package");
  return { dir, bin: join(dir, "bin", "image-sdk-mcp.js"), remove: () => rm(work, { recursive: true, force: true }) };
}

/** The environment without any provider credential or base URL, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/_(API_KEY|USERNAME|PASSWORD|BASE_URL)$/.test(entry[0]),
    ),
  );
  return { ...env, ...extra };
}

/** An MCP SDK client connected over stdio to the packed bin run with `args`. */
export async function connect(bin: string, args: string[], env = cleanEnv()) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [bin, ...args], env, stderr: "pipe" });
  const stderr: string[] = [];
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const client = new Client({ name: "image-sdk-mcp-tests", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr, close: () => client.close() };
}
