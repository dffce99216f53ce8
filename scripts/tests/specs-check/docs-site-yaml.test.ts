import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../pipeline/provider-spec.ts";
import { renderVendored } from "../../specs-check/docs-site-yaml.ts";
import { extractOperations } from "../../specs-check/extract-operations.ts";
import { readProviderSource } from "../../specs-check/upstream-sources.ts";
import { flamelPublished, freepikPublished } from "./published-documents.ts";

// specs:sync writes a vendored file as `renderVendored(extractOperations(published, operations))`.
// That rule must reproduce the files we vendor byte for byte, or every sync would rewrite them.
const entries = (
  await Promise.all(["flamel", "freepik"].map((provider) => readProviderSource(repoRoot, provider)))
).flatMap((source) =>
  source.upstream.map((entry) => ({ ...entry, provider: source.provider, path: join(source.specDir, entry.file) })),
);

describe.each(entries)("specs/$provider/$file", ({ provider, path, operations }) => {
  it("is its own operations, restricted and rendered as the docs site serves them, byte for byte", async () => {
    const text = await readFile(path, "utf8");
    expect(renderVendored(extractOperations(parse(text) as Record<string, unknown>, operations))).toBe(text);
  });

  it("is what restricting the provider's whole published document to those operations gives", async () => {
    const published = provider === "flamel" ? await flamelPublished(repoRoot) : await freepikPublished(repoRoot);
    const restricted = renderVendored(extractOperations(published, operations));
    expect(restricted).toBe(await readFile(path, "utf8"));
    expect(restricted).not.toContain(provider === "flamel" ? "UserDto" : "text_to_image_request");
  });
});
