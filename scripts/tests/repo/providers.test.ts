// The repository model: which directories are providers, where each one's files are, and what a
// missing or unknown one says.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listOperations } from "../../repo/operation-methods.ts";
import { findProvider, listProviders, readProviderDocument } from "../../repo/providers.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "image-sdk-repo-model-"));
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function put(relative: string, contents = "{}\n") {
  await mkdir(join(root, relative, ".."), { recursive: true });
  await writeFile(join(root, relative), contents);
}

describe("listProviders", () => {
  it("finds every specs/<name>/ with a source.yaml, in name order, and nothing else", async () => {
    await put("specs/zeta-ai/source.yaml", "entry: openapi.yaml\n");
    await put("specs/acme/source.yaml", "entry: openapi.yaml\n");
    await put("specs/notes/README.md", "no source.yaml: not a provider\n");
    await put("specs/source.yaml", "a file, not a directory\n");
    await put("packages/core/package.json");
    expect(listProviders(root).map((provider) => provider.name)).toEqual(["acme", "zeta-ai"]);
  });

  it("gives each provider its derived names and the paths of its files", async () => {
    await put("specs/zeta-ai/source.yaml", "entry: openapi.yaml\n");
    const [provider] = listProviders(root);
    expect(provider).toEqual({
      name: "zeta-ai",
      names: expect.objectContaining({ packageName: "@image-sdk/zeta-ai", factory: "createZetaAiClient" }),
      paths: {
        specDir: join(root, "specs/zeta-ai"),
        source: join(root, "specs/zeta-ai/source.yaml"),
        packageDir: join(root, "packages/zeta-ai"),
        document: join(root, "packages/zeta-ai/openapi.json"),
        generatedDir: join(root, "packages/zeta-ai/src/generated"),
      },
    });
  });
});

describe("findProvider", () => {
  it("names the known providers when the name is not one", async () => {
    await put("specs/acme/source.yaml", "entry: openapi.yaml\n");
    await put("specs/zeta-ai/source.yaml", "entry: openapi.yaml\n");
    expect(findProvider("acme", root).name).toBe("acme");
    expect(() => findProvider("core", root)).toThrow('"core" is not a provider (specs/*/source.yaml): acme, zeta-ai');
  });
});

describe("readProviderDocument", () => {
  it("reads the bundled document, and says to build when it is missing", async () => {
    await put("specs/acme/source.yaml", "entry: openapi.yaml\n");
    const provider = findProvider("acme", root);
    await expect(readProviderDocument(provider)).rejects.toThrow(
      "specs/acme/source.yaml declares a provider, but packages/acme/openapi.json is missing: run the build",
    );
    await put("packages/acme/openapi.json", '{ "openapi": "3.1.0", "paths": {} }');
    expect(await readProviderDocument(provider)).toEqual({ openapi: "3.1.0", paths: {} });
  });
});

describe("listOperations", () => {
  it("lists each path's operations in document order, skipping keys that are not methods", () => {
    const document = {
      paths: {
        "/b": { parameters: [], post: {}, get: {}, summary: "not an operation" },
        "/a": { delete: {}, trace: {} },
      },
    };
    expect(listOperations(document)).toEqual([
      { method: "get", path: "/b" },
      { method: "post", path: "/b" },
      { method: "delete", path: "/a" },
      { method: "trace", path: "/a" },
    ]);
    expect(listOperations({})).toEqual([]);
  });
});
