// The published document(s) a new provider is vendored from: one file or a multi-file tree, read
// from disk or fetched from a loopback server, byte for byte, each file kept at its relative place.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOperations } from "../../new-provider/spec-files.ts";
import { readUpstreamTree } from "../../new-provider/upstream-tree.ts";
import { type FixtureServer, startFixtureServer } from "../specs-check/fixture-server.ts";

const multiFile = join(import.meta.dirname, "fixtures/multi-file");
let published: Record<string, string>;
let server: FixtureServer;

beforeAll(async () => {
  published = {};
  for (const file of await readdir(multiFile, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const path = join(file.parentPath, file.name).slice(multiFile.length + 1);
    published[path] = await readFile(join(multiFile, path), "utf8");
  }
  server = await startFixtureServer(
    Object.fromEntries(
      Object.entries(published).map(([path, body]) => [`/api/v1/${path}`, { type: "application/yaml", body }]),
    ),
  );
});
afterAll(() => server.close());

const asText = (files: Array<{ path: string; bytes: Uint8Array }>) =>
  Object.fromEntries(files.map(({ path, bytes }) => [path, new TextDecoder().decode(bytes)]));

describe("readUpstreamTree", () => {
  it("follows $refs from a file to every file of the tree, byte for byte", async () => {
    const tree = await readUpstreamTree(join(multiFile, "openapi.yaml"));
    expect(tree.root.path).toBe("openapi.yaml");
    expect(tree.url).toBeUndefined();
    expect(asText(tree.files)).toEqual(published);
  });

  it("fetches a URL and the files its $refs name relative to it", async () => {
    const url = server.url("/api/v1/openapi.yaml");
    const tree = await readUpstreamTree(url);
    expect(tree.url).toBe(url);
    expect(asText(tree.files)).toEqual(published);
    expect(server.requests.sort()).toEqual(
      Object.keys(published)
        .map((path) => `/api/v1/${path}`)
        .sort(),
    );
  });

  it("keeps a file outside the root's folder at its place relative to the root", async () => {
    const tree = await readUpstreamTree(join(import.meta.dirname, "fixtures/nested/api/openapi.yaml"));
    expect(tree.root.path).toBe("api/openapi.yaml");
    expect(tree.files.map(({ path }) => path)).toEqual(["api/openapi.yaml", "shared/thing.json"]);
  });

  it("derives the operations source.yaml lists, through path items in other files", async () => {
    const tree = await readUpstreamTree(join(multiFile, "openapi.yaml"));
    expect(documentOperations(tree)).toEqual(["get /albums", "post /albums", "get /status"]);
  });

  it("takes $refs in example values and x- extensions as data, and vendors externalValue files", async () => {
    const dir = join(import.meta.dirname, "fixtures/example-data");
    const tree = await readUpstreamTree(join(dir, "openapi.yaml"));
    // Neither ./samples/list-users.sh (an x- extension) nor the SCIM URLs in example values is read.
    expect(tree.files.map((file) => file.path).sort()).toEqual(["examples/users.json", "openapi.yaml"]);
    expect(new TextDecoder().decode(tree.files.find((file) => file.path === "examples/users.json")?.bytes)).toBe(
      await readFile(join(dir, "examples/users.json"), "utf8"),
    );
    expect(tree.reported).toEqual([
      expect.stringMatching(
        /openapi\.yaml#\/paths\/~1users\/get\/responses\/200\/content\/application~1json\/examples\/missing: externalValue \.\/examples\/no-such-file\.json: .*cannot be read \(ENOENT\)$/,
      ),
    ]);
  });
});
