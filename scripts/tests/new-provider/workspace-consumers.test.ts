// A new provider joins every package that depends on all providers: as a run-time dependency where
// the providers are run-time dependencies (the MCP server discovers its tools from them), as a
// workspace dev dependency elsewhere (test and bench packages).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addWorkspaceDependency, providerConsumers } from "../../new-provider/workspace-consumers.ts";

let root: string;
const providers = ["@image-sdk/a", "@image-sdk/b"];
const write = async (dir: string, manifest: object) => {
  await mkdir(join(root, dir), { recursive: true });
  await writeFile(join(root, dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
};
const read = async (file: string) => JSON.parse(await readFile(join(root, file), "utf8"));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "workspace-consumers-"));
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n  - tests/*\n");
  await write("packages/a", { name: "@image-sdk/a" });
  await write("packages/b", { name: "@image-sdk/b" });
  await write("packages/server", {
    name: "@image-sdk/server",
    dependencies: { "@image-sdk/a": "workspace:^", "@image-sdk/b": "workspace:^", zod: "1.0.0" },
  });
  await write("tests/suite", {
    name: "suite",
    devDependencies: { "@image-sdk/a": "workspace:*", "@image-sdk/b": "workspace:*" },
  });
  await write("tests/other", { name: "other", devDependencies: { "@image-sdk/a": "workspace:*" } });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("addWorkspaceDependency", () => {
  it("adds to the field and with the range the existing providers use, in name order", async () => {
    const consumers = await providerConsumers(root, providers);
    expect(consumers).toEqual(["packages/server/package.json", "tests/suite/package.json"]);
    for (const file of consumers) await addWorkspaceDependency(root, file, "@image-sdk/c", providers);
    const server = await read("packages/server/package.json");
    expect(Object.entries(server.dependencies)).toEqual([
      ["@image-sdk/a", "workspace:^"],
      ["@image-sdk/b", "workspace:^"],
      ["@image-sdk/c", "workspace:^"],
      ["zod", "1.0.0"],
    ]);
    expect(server.devDependencies).toBeUndefined();
    const suite = await read("tests/suite/package.json");
    expect(suite.devDependencies["@image-sdk/c"]).toBe("workspace:*");
    expect(suite.dependencies).toBeUndefined();
  });
});
