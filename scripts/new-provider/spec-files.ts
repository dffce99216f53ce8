// specs/<name>/source.yaml and overlay.yaml for a new provider: where its document comes from,
// which operations it has, and an overlay with no corrections yet.
import { posix } from "node:path";
import { stringify } from "yaml";
import { isObject, valueAt } from "../pipeline/json-ref.ts";
import { operationMethods } from "../repo/operation-methods.ts";
import { sha256Of } from "../specs-check/vendored-hashes.ts";
import type { UpstreamTree } from "./upstream-tree.ts";

/** A path item, following a `$ref` into another vendored file of the tree. */
function pathItemOf(tree: UpstreamTree, item: unknown): unknown {
  if (!isObject(item) || typeof item.$ref !== "string") return item;
  const [target = "", fragment = ""] = item.$ref.split("#", 2);
  const file =
    target === ""
      ? tree.root
      : tree.files.find(({ path }) => path === posix.join(posix.dirname(tree.root.path), target));
  return fragment === "" ? file?.parsed : valueAt(file?.parsed, `#${fragment}`);
}

/** Every operation of the root document, as `method /path` in document order (as source.yaml lists them). */
export function documentOperations(tree: UpstreamTree): string[] {
  const paths = (tree.root.parsed as { paths?: unknown }).paths;
  const operations: string[] = [];
  for (const [path, raw] of Object.entries(isObject(paths) ? paths : {})) {
    const item = pathItemOf(tree, raw);
    if (!isObject(item)) continue;
    for (const method of operationMethods) if (isObject(item[method])) operations.push(`${method} ${path}`);
  }
  return operations;
}

export function renderSourceManifest(name: string, tree: UpstreamTree, origin: string): string {
  const entry = `upstream/${tree.root.path}`;
  const upstream = {
    ...(tree.url ? { url: tree.url } : {}),
    file: entry,
    // What the vendored-file test checks the file against (specs-check/vendored-hashes.ts).
    sha256: sha256Of(tree.root.bytes),
    operations: documentOperations(tree),
  };
  const header = [
    `# Where ${name}'s contract comes from (written by \`pnpm new-provider\` from ${origin}).`,
    ...(tree.url
      ? ["# `pnpm specs:check` fetches `url` and diffs it against the vendored file."]
      : ["# Read from a local file: add `url:` where the provider publishes it, so `pnpm specs:check` can diff it."]),
  ];
  const manifest = {
    provider: name,
    package: `@image-sdk/${name}`,
    entry,
    overlay: "overlay.yaml",
    upstream: [upstream],
  };
  return `${header.join("\n")}\n${stringify(manifest, { lineWidth: 0 })}`;
}

export function renderOverlay(name: string): string {
  const overlay = { overlay: "1.0.0", info: { title: `${name} corrections`, version: "1.0.0" }, actions: [] };
  return [
    `# Applied to the bundled ${name} document. No corrections yet: add an action (a JSONPath \`target\`,`,
    "# `update` or `remove: true`, and a `description` with the evidence) for each lint finding that",
    "# redocly.yaml relaxes for this provider, then delete that relaxation.",
    stringify(overlay),
  ].join("\n");
}
